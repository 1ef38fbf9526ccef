/**
 * Numeric claims as small multiples: one row per measure, each on its own linear scale from zero, so the claims
 * about one thing compare at a glance while 2.8 million shells never flatten 3 generals. Each claim is a mark
 * drawn by qualifier (see `claim-marks.ts`) with a label of value, claimant and date; labels that would collide
 * go to lanes of their own. Every mark is a link (`?event=<id>`) that calls `onSelect`.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { ClaimEntry, ClaimGroup } from './claim-groups.js';
import { MARK_RIGHT, drawMark, markExtent } from './claim-marks.js';
import { textWidth, wrapText } from './text.js';
import { chartFrame, frameHeight, frameStyle } from './frame.js';
import { intlLocale } from '../i18n/intl-locale.js';
import { msg } from '@lit/localize';
import { claimCount } from '../i18n/words.js';

export { disagreementList, groupClaims, shortName } from './claim-groups.js';
export type { ClaimEntry, ClaimGroup, DisagreementItem } from './claim-groups.js';

export interface ClaimsOptions {
  /** Width in px; text is drawn at its real size (never under 12 px), so the chart reads on a 375 px phone. */
  width: number;
  /** Called when a mark is clicked or activated with Enter or Space; without it, marks are plain links. */
  onSelect?: (entry: ClaimEntry) => void;
  /** The visible label of a claim (default "about 12,000 · AP · 18 Oct"); " · " is where it may wrap. */
  labelFor?: (entry: ClaimEntry) => string;
  /** Id of the claim shown as selected (`aria-current`). */
  selected?: string | undefined;
}

/** Sizes in px. */
export const CLAIMS_TYPE = { title: 15, label: 13, tick: 12 } as const;
const PAD = 6;
const TITLE_LINE = 20;
const LABEL_LINE = 17;
const LANE_GAP = 12;
const ROW_GAP = 26;
/** Height of a lane beyond its label lines: the mark. */
const LANE_EXTRA = 24;

const STYLE = `${frameStyle('st-claims')}
.st-claims .row-title { font-size: ${CLAIMS_TYPE.title}px; font-weight: 600; }
.st-claims .label { font-size: ${CLAIMS_TYPE.label}px; }
.st-claims .label .value { font-weight: 600; }
.st-claims .tick-label { font-size: ${CLAIMS_TYPE.tick}px; fill: var(--st-text-muted); }
.st-claims .axis { stroke: var(--st-border); }
.st-claims .claim { color: var(--group, var(--st-text)); cursor: pointer; outline: none; }
.st-claims .hit { fill: transparent; }
.st-claims .claim:hover .hit, .st-claims .claim[aria-current='true'] .hit { fill: var(--st-surface); }
.st-claims .claim[aria-current='true'] .hit { stroke: var(--st-accent); stroke-width: 1.5; }
.st-claims .claim:focus-visible .hit { stroke: var(--st-focus, currentColor); stroke-width: 3; }
`;

/**
 * The chart's stylesheet, for the shadow root it is drawn in to adopt: a `<style>` inside the SVG would be an inline
 * style, which the page's security policy refuses (docs/decisions/0011-custom-data-and-csp.md).
 */
export const CLAIMS_STYLE = STYLE;

const defaultLabel = (e: ClaimEntry) => `${e.valueText} · ${e.claimantShort} · ${e.shortDateText}`;

/** Where a claim's label and mark go in its row. */
interface Placed {
  entry: ClaimEntry;
  x: number;
  lines: string[];
  labelX: number;
  extent: [number, number];
  lane: number;
}

/** One measure's row, laid out: where everything in it goes. */
interface Row {
  group: ClaimGroup;
  top: number;
  title: string[];
  /** Top of the lanes, below the title. */
  lanesTop: number;
  /** y of the axis, below the lanes. */
  bottom: number;
  x: ScaleLinear<number, number>;
  ticks: number[];
  placed: Placed[];
  laneTop: number[];
  laneLines: number[];
}

/**
 * The chart: one row per group, stacked; see `ClaimsOptions`. Given the chart it made before (`into`), it updates
 * that one in place, rows keyed by measure and marks by claim (d3 data joins): a mark keeps its element, and so
 * its focus, when the width or the claims shown change.
 */
export function claimsChart(
  groups: readonly ClaimGroup[],
  options: ClaimsOptions,
  into?: SVGSVGElement,
): SVGSVGElement {
  const { width } = options;
  const svg = chartFrame(
    { className: 'st-claims', width, role: 'group', label: msg('Numeric claims, one row per thing counted') },
    into,
  );
  const rows = layoutRows(groups, options);
  const last = rows.at(-1);
  const node = frameHeight(svg, Math.max(0, Math.ceil(last ? last.bottom + 20 : 0)));
  svg
    .selectAll<SVGGElement, Row>('g.row')
    .data(rows, (row) => row.group.measure)
    .join((enter) =>
      enter
        .append<SVGGElement>('g')
        .attr('class', 'row')
        .attr('role', 'group')
        .call((g) => g.append('g').attr('class', 'titles').attr('aria-hidden', 'true'))
        .call((g) =>
          g
            .append('g')
            .attr('class', 'x-axis')
            .attr('aria-hidden', 'true')
            .call((axis) => axis.append('g').attr('class', 'grids'))
            .call((axis) => axis.append('g').attr('class', 'ticks'))
            .call((axis) => axis.append('line').attr('class', 'axis')),
        )
        .call((g) => g.append('g').attr('class', 'claims')),
    )
    // In data order: the order of the rows and marks is the Tab order.
    .order()
    .attr('aria-label', ({ group }) => `${group.title}: ${claimCount(group.claims.length)}`)
    .each(function (this: SVGGElement, row) {
      drawRow(select<SVGGElement, Row>(this), row, options);
    });
  return node;
}

/** Marks the claim `id` as selected in a chart made by `claimsChart` (none: no selection), keeping focus. */
export function selectClaim(svg: SVGSVGElement, id: string | undefined): void {
  select(svg)
    .selectAll<SVGAElement, Placed>('a.claim')
    .attr('aria-current', (p) => (p.entry.claim.id === id ? 'true' : null));
}

/** The rows, top to bottom, each laid out at the chart's width. */
function layoutRows(groups: readonly ClaimGroup[], options: ClaimsOptions): Row[] {
  const { width } = options;
  const rows: Row[] = [];
  let top = 0;
  for (const group of groups) {
    const title = wrapText(group.title, width - PAD, CLAIMS_TYPE.title, true);
    const lanesTop = top + title.length * TITLE_LINE + 8;
    const arrows = group.claims.some((c) => c.claim.qualifier === 'at-least' || c.claim.qualifier === 'more-than');
    const x = scaleLinear()
      .domain([0, Math.max(...group.claims.map((c) => c.claim.value), 1)])
      .range([PAD + 12, width - PAD - (arrows ? MARK_RIGHT : 12)])
      .nice(4);
    const placed = place(group, x, options);
    const laneLines = placed.reduce<number[]>((acc, p) => {
      acc[p.lane] = Math.max(acc[p.lane] ?? 0, p.lines.length);
      return acc;
    }, []);
    const laneHeight = (n: number) => n * LABEL_LINE + LANE_EXTRA;
    const laneTop = laneLines.map(
      (_, i) => lanesTop + laneLines.slice(0, i).reduce((sum, n) => sum + laneHeight(n), 0),
    );
    const bottom = lanesTop + laneLines.reduce((sum, n) => sum + laneHeight(n), 0);
    const ticks = x.ticks(Math.max(2, Math.min(5, Math.floor((width - 2 * PAD) / 90))));
    rows.push({ group, top, title, lanesTop, bottom, x, ticks, placed, laneTop, laneLines });
    top = bottom + 20 + ROW_GAP;
  }
  return rows;
}

/** Width of a label line whose leading `value` (if it starts with it) is set bold. */
function labelWidth(line: string, value: string): number {
  const bold = line.startsWith(value) ? value : '';
  return textWidth(bold, CLAIMS_TYPE.label, true) + textWidth(line.slice(bold.length), CLAIMS_TYPE.label);
}

/** Lines of a label: one if it fits the width, else split after the value, then wrapped. */
function labelLines(label: string, value: string, maxWidth: number): string[] {
  if (labelWidth(label, value) <= maxWidth) return [label];
  const [first = '', ...rest] = label.split(' · ');
  return [first, rest.join(' · ')]
    .filter(Boolean)
    .flatMap((line) => wrapText(line, maxWidth, CLAIMS_TYPE.label, line === first));
}

/**
 * Places each claim's label over its mark, in the lane below every earlier claim it would collide with: claims
 * that crowd together stack top to bottom in order of value (a dodge), the others share the top lane.
 */
function place(group: ClaimGroup, x: (v: number) => number, options: ClaimsOptions): Placed[] {
  const { width } = options;
  const placed: Placed[] = [];
  for (const entry of group.claims) {
    const at = x(entry.claim.value);
    const lines = labelLines((options.labelFor ?? defaultLabel)(entry), entry.valueText, width - 2 * PAD);
    const w = Math.max(...lines.map((line) => labelWidth(line, entry.valueText)));
    let labelX = at - 6;
    if (labelX + w > width - PAD) labelX = at + 6 - w >= PAD ? at + 6 - w : Math.max(PAD, width - PAD - w);
    const [lo, hi] = markExtent(entry.claim.qualifier, x(0) - at);
    const extent: [number, number] = [Math.min(labelX, at + lo), Math.max(labelX + w, at + hi)];
    const collides = (other: Placed) =>
      !(extent[1] + LANE_GAP <= other.extent[0] || other.extent[1] + LANE_GAP <= extent[0]);
    const lane = placed.filter(collides).reduce((next, other) => Math.max(next, other.lane + 1), 0);
    placed.push({ entry, x: at, lines, labelX, extent, lane });
  }
  return placed;
}

/** Draws (or updates) one measure's row. */
function drawRow(row: Selection<SVGGElement, Row, null, undefined>, layout: Row, options: ClaimsOptions): void {
  const { x, ticks, bottom, lanesTop } = layout;
  row
    .select('g.titles')
    .selectAll('text')
    .data(layout.title)
    .join('text')
    .attr('class', 'row-title')
    .attr('x', 0)
    .attr('y', (_, i) => layout.top + 15 + i * TITLE_LINE)
    .text((line) => line);
  const compact = new Intl.NumberFormat(intlLocale(), { notation: 'compact' });
  const axis = row.select<SVGGElement>('g.x-axis');
  axis
    .select('g.grids')
    .selectAll('line.grid')
    .data(ticks)
    .join('line')
    .attr('class', 'grid')
    .attr('x1', (tick) => x(tick))
    .attr('x2', (tick) => x(tick))
    .attr('y1', lanesTop)
    .attr('y2', bottom);
  axis
    .select('g.ticks')
    .selectAll('text.tick-label')
    .data(ticks)
    .join('text')
    .attr('class', 'tick-label')
    .attr('x', (tick) => x(tick))
    .attr('y', bottom + 16)
    .attr('text-anchor', 'middle')
    .text((tick) => compact.format(tick));
  const [x0 = 0, x1 = 0] = x.range();
  axis.select('line.axis').attr('x1', x0).attr('x2', x1).attr('y1', bottom).attr('y2', bottom);
  row
    .select('g.claims')
    .selectAll<SVGAElement, Placed>('a.claim')
    .data(layout.placed, (p) => p.entry.claim.id)
    .join((enter) =>
      enter
        .append<SVGAElement>('a')
        .call((a) => a.append('desc'))
        .call((a) => a.append('rect').attr('class', 'hit').attr('rx', 4))
        .call((a) => a.append('text').attr('class', 'label'))
        .call((a) => a.append('g').attr('class', 'mark')),
    )
    .order()
    .each(function (this: SVGAElement, placed) {
      const lane = placed.lane;
      drawClaim(
        select<SVGAElement, Placed>(this),
        placed,
        layout.laneTop[lane] ?? lanesTop,
        layout.laneLines[lane] ?? 1,
        x(0),
        options,
      );
    });
}

function drawClaim(
  link: Selection<SVGAElement, Placed, null, undefined>,
  placed: Placed,
  top: number,
  lines: number,
  zero: number,
  options: ClaimsOptions,
) {
  const { entry } = placed;
  const { claim } = entry;
  link
    .attr('class', entry.group === undefined ? 'claim' : `claim group-${entry.group}`)
    .attr('href', `?event=${encodeURIComponent(claim.event)}`)
    .attr('aria-current', options.selected === claim.id ? 'true' : null);
  // The visible label names the link (what is seen is what is heard); the full wording is its description.
  link
    .select('desc')
    .text(`${entry.valueText} ${claim.unit}, claimed by ${entry.claimant}, ${entry.dateText}: ${claim.counts}`);
  link
    .select('rect.hit')
    .attr('x', placed.extent[0] - 4)
    .attr('y', top - 2)
    .attr('width', placed.extent[1] - placed.extent[0] + 8)
    .attr('height', lines * LABEL_LINE + 22);
  link
    .select('text.label')
    .selectAll('tspan.line')
    .data(placed.lines)
    .join('tspan')
    .attr('class', 'line')
    .attr('x', placed.labelX)
    .attr('y', (_, i) => top + 13 + (lines - placed.lines.length + i) * LABEL_LINE)
    .each(function (line) {
      const value = line.startsWith(entry.valueText) ? entry.valueText : '';
      const parts = value
        ? [
            { text: value, className: 'value' },
            { text: line.slice(value.length), className: null },
          ]
        : [{ text: line, className: null }];
      select(this)
        .selectAll('tspan')
        .data(parts)
        .join('tspan')
        .attr('class', (part) => part.className)
        .text((part) => part.text);
    });
  const mark = link
    .select<SVGGElement>('g.mark')
    .attr('transform', `translate(${placed.x},${top + lines * LABEL_LINE + 11})`);
  mark.selectChildren().remove();
  drawMark(mark, claim.qualifier, zero - placed.x);
  const choose = options.onSelect;
  if (!choose) {
    link.on('click', null).on('keydown', null);
    return;
  }
  link.on('click', (event: MouseEvent) => {
    // Let the browser open the link in a new tab or window as asked.
    if (event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    choose(entry);
  });
  link.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose(entry);
  });
}
