import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { Timeline, type TimelineOptions } from 'vis-timeline/standalone';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimelineEvent } from '../data/types.js';
import { formatDateSpan } from '../data/dates.js';
import { stEvent } from '../events.js';
import { buttonStyles, focusRing, visuallyHidden } from '../styles/shared-styles.js';
import { itemElement, laneElement } from './item-element.js';
import {
  fullWindow,
  initialWindow,
  inWindow,
  panWindow,
  toItems,
  toLanes,
  type ItemModel,
  type LaneMode,
  type TimeWindow,
  type WindowPreset,
  windowPresets,
} from './items.js';
import { itemStyles } from './timeline-styles.js';
import './st-timeline-legend.js';

interface VisItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  content: string;
}

const DAY = 86_400_000;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The zoomable timeline. Owns one vis-timeline instance: creates it in `firstUpdated`,
 * destroys it on disconnect, and re-dispatches its selection as `st-select`.
 * Keyboard: on the canvas, ←/→ pan and +/− zoom; on an event, ←/→/Home/End move
 * between events and Enter/Space select.
 *
 * @fires st-select - an event was chosen (click, Enter or Space)
 * @fires st-window-change - the visible window changed; detail `{start, end}`
 * @cssprop --st-timeline-height - maximum height of the drawing area
 */
@customElement('st-timeline')
export class StTimeline extends LitElement {
  static override styles = [
    unsafeCSS(visCss),
    itemStyles,
    focusRing,
    buttonStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      .group {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .canvas {
        position: relative;
        border-radius: var(--st-radius);
      }
      .vis-host:not(.drawn) {
        visibility: hidden;
      }
      .canvas:focus-visible {
        outline-offset: 3px;
      }
      .status {
        margin: 0.35rem 0 0;
        font-size: 0.85rem;
        color: var(--st-text-muted);
      }
    `,
  ];

  /** The dataset to draw. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The events to draw, in date order (e.g. those that pass the filters); all of them when unset. */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /** The window to show first, e.g. from a shared link; else the dataset's initial window. */
  @property({ attribute: false }) startWindow: TimeWindow | undefined;

  /** Id of the selected event. */
  @property({ attribute: false }) selectedId: string | undefined;

  /** One lane per party, or a single lane (the default on narrow screens, where lane labels cost too much width). */
  @property({ reflect: true }) lanes: LaneMode = window.matchMedia('(max-width: 40rem)').matches ? 'single' : 'party';

  @state() private visible: TimeWindow | undefined;

  @query('.vis-host') private host!: HTMLElement;
  @query('.canvas') private canvas!: HTMLElement;

  private timeline: Timeline | undefined;

  /** The events drawn: the given ones, else all. */
  private get shown(): readonly TimelineEvent[] {
    return this.events ?? this.index?.events ?? [];
  }
  private resolveReady: () => void = () => undefined;

  /** Resolves once vis-timeline has drawn for the first time and shows its items. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));
  private models = new Map<string, ItemModel>();
  private presets: WindowPreset[] = [];
  /**
   * One element per event, reused on every redraw: vis-timeline replaces an item's content
   * when its outerHTML changes, which would drop focus whenever tabindex or selection change.
   */
  private elements = new Map<string, HTMLElement>();
  /** The event that holds the single tab stop among events. */
  private activeId: string | undefined;

  override render() {
    const presets = this.presets.map(
      (preset) => html`<button type="button" @click=${() => this.showPreset(preset)}>${preset.label}</button>`,
    );
    return html`
      <div class="toolbar">
        <div class="group" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoom(0.5)}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoom(-1)}>−</button>
          <button type="button" @click=${() => this.fitAll()}>Fit all</button>
        </div>
        <div class="group" role="group" aria-label="Move">
          <button type="button" aria-label="Earlier" title="Earlier (←)" @click=${() => this.pan(-0.3)}>
            ← Earlier
          </button>
          <button type="button" aria-label="Later" title="Later (→)" @click=${() => this.pan(0.3)}>Later →</button>
        </div>
        ${presets.length ? html`<div class="group" role="group" aria-label="Jump to">${presets}</div>` : nothing}
        <button
          type="button"
          aria-pressed=${this.lanes === 'party' ? 'true' : 'false'}
          @click=${() => this.toggleLanes()}
        >
          Lanes by party
        </button>
      </div>
      <div
        class="canvas"
        tabindex="0"
        role="region"
        aria-roledescription="timeline"
        aria-label="Timeline"
        aria-describedby="timeline-help timeline-status"
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
        @pointerdown=${this.onPointerdown}
        @click=${this.onClick}
      >
        <div class="vis-host"></div>
      </div>
      <p id="timeline-help" class="visually-hidden">
        Arrow keys move earlier or later, plus and minus zoom. Press Tab to reach the events, then use the arrow keys to
        go from one event to the next and Enter to open one.
      </p>
      <p id="timeline-status" class="status">${this.statusText()}</p>
      <st-timeline-legend .lanes=${this.lanes}></st-timeline-legend>
    `;
  }

  protected override firstUpdated(): void {
    this.createTimeline();
  }

  private createTimeline(): void {
    const options: TimelineOptions = {
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      showCurrentTime: false,
      // Weekly ticks (dated by their Monday) when days are too narrow to label one by one.
      showWeekScale: true,
      format: { minorLabels: { week: 'D MMM', day: 'D', weekday: 'ddd D' }, majorLabels: { week: 'MMMM YYYY' } },
      // Selection is ours (click, Enter, Space); vis-timeline only draws it via setSelection.
      selectable: false,
      zoomable: true,
      moveable: true,
      zoomMin: 2 * DAY,
      zoomMax: 40 * 365 * DAY,
      margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
      // vis-timeline cannot read CSS variables, so the custom property is resolved here.
      maxHeight: getComputedStyle(this).getPropertyValue('--st-timeline-height').trim() || 'min(75vh, 40rem)',
      verticalScroll: true,
      horizontalScroll: false,
      // Data strings never reach vis-timeline as HTML: items and lanes are DOM nodes.
      template: (item?: VisItem) => this.renderItem(item?.id),
      // Known days and short spans stack nearest the axis; month-long fuzzy spans go below them.
      order: (a: VisItem, b: VisItem) => this.stackRank(a) - this.stackRank(b) || a.start.getTime() - b.start.getTime(),
      groupTemplate: (group?: { id: string; content: string }) =>
        laneElement({ id: group?.id ?? '', label: group?.content ?? '', order: 0 }),
      xss: { disabled: false },
      onInitialDrawComplete: () => this.onFirstDraw(),
    };
    // No `start`/`end` here: given them, vis-timeline stays `visibility: hidden` until its range changes
    // (visjs/vis#3616, visjs/vis-timeline#1340), and whether it ever does depends on timing (it did not
    // inside a sandboxed iframe). Without them it fits all, shows itself, and `onFirstDraw` sets our window.
    // Items arrive in `updated`, which runs right after this with every initial property.
    this.drawn = false;
    this.host.classList.remove('drawn');
    this.timeline = new Timeline(this.host, [], options);
    this.timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      if (!this.drawn) return;
      const near = (a: Date, b: Date | undefined) => b !== undefined && Math.abs(a.getTime() - b.getTime()) < 1000;
      if (near(props.start, this.visible?.start) && near(props.end, this.visible?.end)) return;
      this.visible = { start: props.start, end: props.end };
      this.dispatchEvent(new CustomEvent('st-window-change', { detail: this.visible, bubbles: true, composed: true }));
    });
    this.timeline.on('changed', () => this.syncLabels());
  }

  /** Whether vis-timeline has drawn once and shows our window. */
  private drawn = false;

  private onFirstDraw(): void {
    const timeline = this.timeline;
    const window = this.visible;
    if (!timeline) return;
    const shown = () => {
      timeline.off('changed', shown);
      this.drawn = true;
      // Hidden until now, so the fit-all frame before our window is never seen.
      this.host.classList.add('drawn');
      this.resolveReady();
    };
    // Ready once the items of our window are drawn (vis-timeline redraws on the next frame).
    timeline.on('changed', shown);
    if (window) timeline.setWindow(window.start, window.end, { animation: false });
    else timeline.redraw();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index') || changed.has('lanes') || changed.has('events')) {
      const models = this.index ? toItems(this.index, this.lanes, this.shown) : [];
      this.models = new Map(models.map((model) => [model.id, model]));
      this.elements = new Map(models.map((model) => [model.id, itemElement(model)]));
      this.presets = this.index ? windowPresets(this.index) : [];
      if (!this.visible && this.index) {
        this.visible = this.startWindow ?? initialWindow(this.index, toItems(this.index, this.lanes));
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.timeline) return;
    if (changed.has('index') || changed.has('lanes') || changed.has('events')) this.syncData();
    if (changed.has('selectedId')) {
      const id = this.selectedId;
      // Before the first draw, vis-timeline would reset the window over a reveal; wait for it.
      if (id) void this.ready.then(() => this.reveal(id));
      else this.timeline.setSelection([]);
      this.syncLabels();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.clearTimeout(this.destroyTimer);
    // Moved in the document after its timeline was destroyed: draw it again.
    if (this.hasUpdated && !this.timeline) {
      this.createTimeline();
      this.syncData();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const timeline = this.timeline;
    // A scroll event already queued for vis-timeline's panels would run after destroy() and throw
    // (it reads the DOM destroy() has dropped); destroying a moment later lets it run first.
    this.destroyTimer = window.setTimeout(() => {
      timeline?.destroy();
      if (this.timeline === timeline) this.timeline = undefined;
    }, 100);
  }

  private destroyTimer: number | undefined;

  /** Selects the event in the drawing and, if it is out of sight, scrolls it into view keeping the zoom. */
  reveal(id: string): void {
    const model = this.models.get(id);
    const window = this.timeline?.getWindow();
    if (!model || !this.timeline || !window) return;
    this.activeId = id;
    this.timeline.setSelection([id]);
    // vis-timeline draws only what is in view, across time and down the lanes.
    if (!inWindow(model, window) || !this.isInSight(id)) {
      // A short animation: vis-timeline scrolls the lanes to the item only while animating.
      this.timeline.focus(id, { zoom: false, animation: { duration: 120, easingFunction: 'linear' } });
    }
  }

  /** True when the event is drawn wholly inside the visible part of the drawing, lanes scrolled as they are. */
  private isInSight(id: string): boolean {
    const element = this.elements.get(id);
    const panel = this.renderRoot.querySelector('.vis-panel.vis-center');
    if (!element?.isConnected || !panel) return false;
    const item = element.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    return item.top >= view.top && item.bottom <= view.bottom;
  }

  /** Shows a window, e.g. one of the presets. */
  showWindow(window: TimeWindow): void {
    this.timeline?.setWindow(window.start, window.end, { animation: !reducedMotion() });
  }

  /** Shows a preset window and, if it names one, selects its event. */
  showPreset(preset: WindowPreset): void {
    this.showWindow(preset.window);
    if (preset.event !== undefined) this.select(preset.event);
  }

  /** Zooms in (positive) or out (negative) by a fraction of the window. */
  zoom(fraction: number): void {
    if (fraction > 0) this.timeline?.zoomIn(fraction, { animation: !reducedMotion() });
    else this.timeline?.zoomOut(-fraction, { animation: !reducedMotion() });
  }

  /** Pans by a fraction of the window width; negative moves earlier. */
  pan(fraction: number): void {
    const window = this.timeline?.getWindow();
    if (window) this.showWindow(panWindow(window, fraction));
  }

  fitAll(): void {
    const window = fullWindow([...this.models.values()]);
    if (window) this.showWindow(window);
  }

  private toggleLanes(): void {
    this.lanes = this.lanes === 'party' ? 'single' : 'party';
  }

  private syncData(): void {
    const index = this.index;
    const models = [...this.models.values()];
    // Bounds from every event, not just the shown ones, so filtering never strands the window.
    const all = index ? fullWindow(toItems(index, this.lanes)) : undefined;
    if (all) {
      // Keep panning within reach of the data: a year either side of the first and last event.
      const year = 365 * DAY;
      this.timeline?.setOptions({ min: new Date(all.start.getTime() - year), max: new Date(all.end.getTime() + year) });
    }
    const lanes = index ? toLanes(index, this.lanes) : [];
    // Lanes first, so that no item ever points at a lane vis-timeline does not know.
    this.timeline?.setItems([]);
    this.timeline?.setGroups(lanes.map((lane) => ({ id: lane.id, content: lane.label, order: lane.order })));
    this.timeline?.setItems(
      models.map((model): VisItem => ({
        id: model.id,
        group: model.lane,
        start: model.start,
        ...(model.end ? { end: model.end } : {}),
        type: model.type,
        className: model.className,
        content: '',
      })),
    );
    this.timeline?.setSelection(this.selectedId ? [this.selectedId] : []);
  }

  private stackRank(item: VisItem): number {
    const days = item.end ? (item.end.getTime() - item.start.getTime()) / DAY : 0;
    return days > 7 ? 1 : 0;
  }

  private renderItem(id: string | undefined): HTMLElement {
    return (id === undefined ? undefined : this.elements.get(id)) ?? document.createElement('span');
  }

  /** The event labels vis-timeline has drawn (only those in or near the window). */
  private labels(): HTMLElement[] {
    return [...this.elements.values()].filter((element) => element.isConnected);
  }

  /** One tab stop among the drawn events: the active one if drawn, else the first. */
  private syncLabels(): void {
    const labels = this.labels();
    const order = new Map(this.shown.map((event, i) => [event.id, i]));
    labels.sort((a, b) => (order.get(a.dataset.id ?? '') ?? 0) - (order.get(b.dataset.id ?? '') ?? 0));
    const active = labels.find((label) => label.dataset.id === this.activeId) ?? labels[0];
    for (const label of labels) {
      label.tabIndex = label === active ? 0 : -1;
      label.toggleAttribute('aria-current', label.dataset.id === this.selectedId);
    }
    // vis-timeline removes events that leave the window; if the focused one went, keep focus here.
    const lost = this.focusedLabel;
    if (lost && !lost.isConnected && (document.activeElement === document.body || document.activeElement === null)) {
      this.canvas.focus();
    }
    if (lost && !lost.isConnected) this.focusedLabel = undefined;
  }

  /** The event label that has focus, to notice when vis-timeline removes it. */
  private focusedLabel: HTMLElement | undefined;

  private onFocusin(event: FocusEvent): void {
    const label = (event.target as Element).closest<HTMLElement>('.st-label');
    this.focusedLabel = label ?? undefined;
    if (label?.dataset.id) this.activeId = label.dataset.id;
  }

  private select(id: string): void {
    this.activeId = id;
    this.dispatchEvent(stEvent('st-select', { id }));
  }

  private pointerStart: { x: number; y: number } | undefined;

  private onPointerdown(event: PointerEvent): void {
    this.pointerStart = { x: event.clientX, y: event.clientY };
  }

  /** A click on an item (label, dot or range bar) selects it; the end of a drag does not. */
  private onClick(event: MouseEvent): void {
    const start = this.pointerStart;
    this.pointerStart = undefined;
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 5) return;
    const item = (event.target as Element).closest('.vis-item');
    const id = item?.querySelector<HTMLElement>('.st-label')?.dataset.id;
    if (id) this.select(id);
  }

  private async focusEvent(id: string): Promise<void> {
    this.reveal(id);
    const find = () => this.labels().find((label) => label.dataset.id === id);
    let label = find();
    // vis-timeline may scroll the lanes a little later (it settles vertical focus after 100 ms).
    for (let frame = 0; !label && frame < 60; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      label = find();
    }
    if (label) {
      this.syncLabels();
      label.focus();
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const label = (event.target as Element).closest<HTMLElement>('.st-label');
    const id = label?.dataset.id;
    const events = this.shown;
    const position = events.findIndex((e) => e.id === id);
    const step = (to: number) => {
      const target = events[Math.max(0, Math.min(events.length - 1, to))];
      if (target) void this.focusEvent(target.id);
    };
    switch (event.key) {
      case '+':
      case '=':
        this.zoom(0.5);
        break;
      case '-':
      case '_':
        this.zoom(-1);
        break;
      case 'ArrowLeft':
        if (id) step(position - 1);
        else this.pan(-0.2);
        break;
      case 'ArrowRight':
        if (id) step(position + 1);
        else this.pan(0.2);
        break;
      case 'Home':
        if (!id) return;
        step(0);
        break;
      case 'End':
        if (!id) return;
        step(events.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (!id) return;
        this.select(id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private statusText(): string {
    const window = this.visible;
    if (!window || !this.index) return '';
    const shown = [...this.models.values()].filter((model) => inWindow(model, window)).length;
    const range = formatDateSpan({
      edtf: '',
      start: window.start.getTime(),
      end: window.end.getTime(),
      precision: 'day',
      approximate: false,
      uncertain: false,
      interval: true,
    });
    return `Showing ${range}: ${shown} of ${this.models.size} events.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-timeline': StTimeline;
  }
  interface HTMLElementEventMap {
    'st-window-change': CustomEvent<TimeWindow>;
  }
}
