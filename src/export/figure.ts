/**
 * A chart made ready to leave the page: framed with a title, a subtitle, the sources it draws on and the date it was
 * made, on a white ground, with its styles written into the file in plain colours (the page's theme variables and
 * adopted stylesheets do not travel). Links are removed: their addresses are relative to the app's page.
 *
 * The result is SVG text for a file. It never enters the page: the `<style>` inside it would be an inline style,
 * which the page's security policy refuses, but a file or an image has its own document.
 */
import { create } from 'd3-selection';
import { wrapText } from '../charts/text.js';
import type { GroupColor } from '../styles/group-colors.js';
import { groupClassCss } from '../styles/group-styles.js';

export interface FigureText {
  title: string;
  subtitle: string;
  /** "Sources: …", wrapped to the width. */
  sources: string;
  /** When and where it was made. */
  made: string;
}

/** The light theme's colours (src/styles/theme.css), as plain values. */
const THEME = {
  '--st-font': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  '--st-bg': '#ffffff',
  '--st-surface': '#f4f6f8',
  '--st-text': '#1b1f24',
  '--st-text-muted': '#4b5563',
  '--st-border': '#808a96',
  '--st-border-subtle': '#d5dae0',
  '--st-accent': '#0b57d0',
  '--st-focus': '#0b57d0',
} as const;

const PAD = 24;
const TITLE = 22;
const SUBTITLE = 14;
const SMALL = 12;

/** The stylesheet written into the file: the theme's colours and each group's, then the chart's own rules. */
export function figureCss(colors: ReadonlyMap<string, GroupColor>, chartCss: string): string {
  const theme = Object.entries(THEME)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ');
  const groups = [...colors]
    .filter(([id]) => /^-?[a-z0-9][a-z0-9_-]*$/.test(id))
    .map(([id, color]) => `--st-group-${id}: ${color.light};`)
    .join(' ');
  const text = `.st-figure { font-family: var(--st-font); } .st-figure text { fill: var(--st-text); }
.st-figure .figure-title { font-size: ${TITLE}px; font-weight: 700; }
.st-figure .figure-subtitle { font-size: ${SUBTITLE}px; fill: var(--st-text-muted); }
.st-figure .figure-small { font-size: ${SMALL}px; fill: var(--st-text-muted); }`;
  return `svg { ${theme} ${groups} }\n${groupClassCss(colors)}\n${text}\n${chartCss}`;
}

/** The chart `body` framed with `text`, as the text of an SVG file, and its size in px. */
export function figure(
  body: SVGSVGElement,
  text: FigureText,
  css: string,
): { svg: string; width: number; height: number } {
  const bodyWidth = Number(body.getAttribute('width'));
  const bodyHeight = Number(body.getAttribute('height'));
  const width = Math.max(480, Math.ceil(bodyWidth) + 2 * PAD);
  const inner = width - 2 * PAD;
  const svg = create('svg')
    .attr('class', 'st-figure')
    .attr('role', 'img')
    .attr('aria-label', `${text.title}. ${text.subtitle}`);
  svg.append('title').text(text.title);
  svg.append('desc').text(`${text.subtitle}. ${text.sources} ${text.made}`);
  svg.append('style').text(css);
  const ground = svg.append('rect').attr('width', width).attr('fill', THEME['--st-bg']);
  let y = PAD;
  const lines = (content: string, size: number, cls: string, bold = false) => {
    for (const line of wrapText(content, inner, size, bold)) {
      y += size * 1.3;
      svg.append('text').attr('class', cls).attr('x', PAD).attr('y', y).text(line);
    }
  };
  lines(text.title, TITLE, 'figure-title', true);
  y += 4;
  lines(text.subtitle, SUBTITLE, 'figure-subtitle');
  y += 16;
  const chart = body.cloneNode(true) as SVGSVGElement;
  for (const link of chart.querySelectorAll('a')) link.removeAttribute('href');
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(y));
  svg.node()?.append(chart);
  y += bodyHeight + 16;
  lines(text.sources, SMALL, 'figure-small');
  lines(text.made, SMALL, 'figure-small');
  const height = Math.ceil(y + PAD);
  ground.attr('height', height);
  svg.attr('width', width).attr('height', height).attr('viewBox', `0 0 ${width} ${height}`);
  const node = svg.node();
  if (!node) throw new Error('could not create an svg element');
  return { svg: new XMLSerializer().serializeToString(node), width, height };
}
