/**
 * The lag between the two clocks, drawn: for each titled event in sight, a faint tick where it was first reported
 * (a faint band when the first report's date is a span of days), joined to the event by a dotted line. An SVG over
 * the drawing's centre panel, redrawn whenever vis-timeline redraws (zoom and pan included); it takes no pointer
 * and is hidden from assistive technology, which reads the same dates in the details ("First reported").
 */
import { css } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import { firstReportOf } from '../data/first-report.js';
import { DAY_MS, type TimeRange } from '../data/time.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Where the moment `time` is drawn, across the centre panel, for a window. */
export function xOf(time: number, window: TimeRange, width: number): number {
  return ((time - window.start) / (window.end - window.start)) * width;
}

function shape(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** What the ticks need from the timeline. */
export interface TickSource {
  index(): DatasetIndex | undefined;
  /** The element the drawing is in (the ticks' SVG is its child). */
  canvas(): HTMLElement | undefined;
  /** The window shown now, as vis-timeline has it. */
  window(): TimeRange | undefined;
}

export class FirstReportTicks {
  /** Whether the ticks are drawn. */
  shown = false;
  private svg: SVGSVGElement | undefined;

  constructor(private readonly source: TickSource) {}

  /** Turns the ticks on or off. */
  toggle(shown: boolean): void {
    this.shown = shown;
    this.draw();
  }

  /** Draws the ticks for what is in sight now (nothing when they are off). */
  draw(): void {
    const canvas = this.source.canvas();
    if (!canvas) return;
    if (!this.shown) {
      this.svg?.remove();
      this.svg = undefined;
      return;
    }
    const index = this.source.index();
    const window = this.source.window();
    const center = canvas.querySelector<HTMLElement>('.vis-panel.vis-center');
    if (!index || !window || !center) return;
    const svg = this.svgIn(canvas);
    const box = canvas.getBoundingClientRect();
    const panel = center.getBoundingClientRect();
    Object.assign(svg.style, {
      left: `${panel.left - box.left}px`,
      top: `${panel.top - box.top}px`,
      width: `${panel.width}px`,
      height: `${panel.height}px`,
    });
    const range = window;
    const shapes: SVGElement[] = [];
    for (const label of center.querySelectorAll<HTMLElement>('.st-label[data-id]')) {
      const event = index.event.get(label.dataset.id ?? '');
      const report = event && firstReportOf(index, event);
      const marker = label.querySelector('.st-marker') ?? label;
      if (!report) continue;
      const at = marker.getBoundingClientRect();
      const y = at.top + at.height / 2 - panel.top;
      if (y < 0 || y > panel.height) continue;
      // The band covers the days it may have been; the tick stands in the middle of the last of them.
      const end = report.latest + 1;
      const from = xOf(Number.isFinite(report.earliest) ? report.earliest : end - DAY_MS, range, panel.width);
      const to = xOf(end, range, panel.width);
      const tick = xOf(end - Math.min(DAY_MS, end - report.earliest) / 2, range, panel.width);
      const eventX = at.left + at.width / 2 - panel.left;
      shapes.push(
        shape('line', { class: 'link', x1: eventX, y1: y, x2: tick, y2: y }),
        shape('rect', { class: 'span', x: from, y: y - 4, width: Math.max(1, to - from), height: 8 }),
        shape('line', { class: 'tick', x1: tick, y1: y - 8, x2: tick, y2: y + 8 }),
      );
    }
    svg.replaceChildren(...shapes);
  }

  private svgIn(canvas: HTMLElement): SVGSVGElement {
    if (this.svg?.parentElement !== canvas) {
      this.svg?.remove();
      const svg = document.createElementNS(SVG, 'svg');
      svg.classList.add('first-reports');
      svg.setAttribute('aria-hidden', 'true');
      canvas.append(svg);
      this.svg = svg;
    }
    return this.svg;
  }
}

export const tickStyles = css`
  /* Room around it for the key's heading, a small target, below (WCAG 2.5.8). */
  .first-reports-toggle {
    margin-block: 0.25rem;
  }
  svg.first-reports {
    position: absolute;
    pointer-events: none;
    overflow: hidden;
    z-index: 1;
  }
  .first-reports .link {
    stroke: var(--st-text-muted);
    stroke-width: 1;
    stroke-dasharray: 2 3;
    opacity: 0.55;
  }
  .first-reports .span {
    fill: var(--st-text-muted);
    opacity: 0.18;
  }
  .first-reports .tick {
    stroke: var(--st-text-muted);
    stroke-width: 2;
    opacity: 0.65;
  }
`;
