/**
 * Which events of a window the timeline draws with their titles, in which row of their lane, and which it gathers
 * into "+N more" markers. Pure (no DOM, no vis-timeline): given where the events are, the drawing's size and the
 * width of a title, it returns rows that never overlap, as many of them as fit in the height, so that vis-timeline
 * only has to draw what was planned (see docs/decisions/0017-legible-timeline.md).
 *
 * Greedy by priority: events being shown on purpose (`pinned`), then key events, then by the number of sources,
 * then by date. Each goes to the first row of its lane where its box overlaps nothing placed; rows are then shared
 * out between the lanes by how many titles each next row would show in the window. What finds no room is counted
 * in exactly one marker, where it is: in a row of titles with room for it, else in a slim row at the foot of its lane.
 */
import type { TimeRange } from '../data/time.js';
import { boxOf as box, gather, Row, type Box } from './placement-boxes.js';
import type { Metrics } from './sizes.js';
import type { Placed } from './windowing.js';

/** The weight of being a key event of the dataset: more than any number of sources. */
export const KEY_WEIGHT = 1_000_000;

/** What a key event's title counts for when rows are shared out: more than all the others a row can hold. */
const KEY_GAIN = 4;

export interface PlacementInput {
  /** Candidates: the events in and near the window, with their lanes and weights. */
  items: readonly Placed[];
  /** The window on screen. */
  visible: TimeRange;
  /** Every lane of the drawing, in order. */
  lanes: readonly string[];
  /** Width of the drawing (px). */
  widthPx: number;
  /** Height the lanes may take together (px). */
  heightPx: number;
  metrics: Metrics;
  /** The widest a title is drawn (`labelWidth`). */
  labelPx: number;
  /** The width of one event's title (at most `labelPx`); `labelPx` for all by default. */
  widthOf?: (item: Placed) => number;
  /** Events placed before any other, in this order (the selection, the one with the keyboard's focus). */
  pinned?: readonly (string | undefined)[];
}

/** An event drawn with its title. */
export interface Titled {
  id: string;
  lane: string;
  /** Its row in the lane, from 0 at the top. */
  row: number;
  /** Width of its label (px). */
  widthPx: number;
  /** The room kept for it in its row (px from the window's start): dot or bar, label, and a range's "?" ends. */
  left: number;
  right: number;
  /** A point's label on the left of its dot, where the window's right edge would cut it (placement-boxes.ts). */
  flip?: true;
  /** A range's label moved left (px) to end at the window's right edge. */
  shiftPx?: number;
}

/** "+N more": the events of a lane that found no room near one place, in the lane's last row. */
export interface Marker {
  /** `more:<lane>:<start>:<count>`; event ids never contain ":". */
  id: string;
  lane: string;
  /** Where the marker is drawn (ms): its box, `markerPx` wide at the plan's zoom. */
  start: number;
  end: number;
  /** The events it gathers, in date order. */
  ids: string[];
  /** From the earliest start to the latest end of those events. */
  span: TimeRange;
  /** The title row it is drawn in, where it has room; else (undefined) a row of markers at the foot of the lane. */
  row?: number;
}

export interface Placement {
  titled: Titled[];
  markers: Marker[];
  /** Rows of titles given to each lane (lanes without events: 0). */
  rows: ReadonlyMap<string, number>;
  /** The widest title (px), as given. */
  labelPx: number;
  /** Milliseconds per pixel at the plan's zoom. */
  msPerPx: number;
  /** The latest window start (ms) at which no label of a range has slid out of the room kept for it. */
  safeUntil: number;
}

/**
 * Key events first, then the most sources, then the earliest, then by id: the same order every time. (`place`
 * keeps the order it is given among events of the same weight, start and end: a SpanIndex's, the dataset's.)
 */
export function byPriority(a: Placed, b: Placed): number {
  return (b.weight ?? 0) - (a.weight ?? 0) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);
}

/** Whether items are sorted by start, then end (as a SpanIndex holds them). */
function inStartOrder(items: readonly Placed[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1] as Placed;
    const b = items[i] as Placed;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/** Which events are titled, in which rows, and which are gathered into "+N more" markers. */
export function place(input: PlacementInput): Placement {
  const { visible, metrics: m, labelPx } = input;
  const widthPx = input.widthPx > 0 ? input.widthPx : 1000;
  const msPerPx = Math.max(1e-9, (visible.end - visible.start) / widthPx);
  const px = (time: number) => (time - visible.start) / msPerPx;
  const widthOf = input.widthOf ?? (() => labelPx);
  const maxRows = Math.max(1, Math.floor(input.heightPx / m.rowPx));

  // The window's edges bound the titles: a title never runs past them (placement-boxes.ts).
  const boxOf = (item: Placed): Box => box(item, Math.min(labelPx, widthOf(item)), m, px, widthPx);

  // Sorted by keys laid out in arrays: for 10,000 candidates, object lookups in the comparator cost more than the rest.
  const items = input.items;
  const n = items.length;
  const pinnedAt = new Map<string, number>();
  (input.pinned ?? []).forEach((id, i) => {
    if (id !== undefined && !pinnedAt.has(id)) pinnedAt.set(id, i);
  });
  const pin = new Float64Array(n);
  const weight = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i] as Placed;
    pin[i] = pinnedAt.get(item.id) ?? n;
    weight[i] = item.weight ?? 0;
    order[i] = i;
  }
  order.sort(
    (i, j) => (pin[i] as number) - (pin[j] as number) || (weight[j] as number) - (weight[i] as number) || i - j,
  );
  // `items` usually come in start order (a SpanIndex's): then the position breaks ties as `byPriority` would.
  if (!inStartOrder(items))
    order.sort((i, j) => (pin[i] as number) - (pin[j] as number) || byPriority(items[i] as Placed, items[j] as Placed));

  // First fit in up to `maxRows` rows per lane. Whatever the lane is given later, its first r rows are exactly
  // what a placement with r rows would make: a box never depends on the rows below it.
  const lanes = new Map<string, LaneFit>();
  const rowOf = new Int32Array(n).fill(-1);
  const boxes: Box[] = new Array<Box>(n);
  for (const i of order) {
    const item = items[i] as Placed;
    const box = boxOf(item);
    boxes[i] = box;
    let lane = lanes.get(item.lane);
    if (!lane) {
      lane = { rows: [], gain: [], placed: [], pinnedRows: 0, total: 0 };
      lanes.set(item.lane, lane);
    }
    lane.total++;
    for (let r = 0; r < (box.cut ? 0 : maxRows); r++) {
      const row = (lane.rows[r] ??= new Row());
      const at = row.slot(box.left, box.right, m.gapPx);
      if (at < 0) continue;
      row.insert(at, box.left, box.right);
      rowOf[i] = r;
      lane.placed[r] = (lane.placed[r] ?? 0) + 1;
      // Titles count where they can be read, in the window; a key event's before any number of others.
      const worth = (weight[i] as number) >= KEY_WEIGHT ? KEY_GAIN : 1;
      lane.gain[r] = (lane.gain[r] ?? 0) + (box.right > 0 && box.left < widthPx ? worth : 0);
      if ((pin[i] as number) < n) lane.pinnedRows = Math.max(lane.pinnedRows, r + 1);
      break;
    }
  }

  /** The titles of an allocation of rows, and the markers of what is left, in title rows where they fit. */
  const settle = (rows: ReadonlyMap<string, number>) => {
    const titled: Titled[] = [];
    const dropped = new Map<string, Box[]>();
    let safeUntilPx = Infinity;
    for (const i of order) {
      const box = boxes[i] as Box;
      const row = rowOf[i] as number;
      if (row >= 0 && row < (rows.get(box.item.lane) ?? 0)) {
        const { id, lane } = box.item;
        const { flip, shiftPx } = box;
        titled.push({
          id,
          lane,
          row,
          widthPx: box.widthPx,
          left: box.left,
          right: box.right,
          ...(flip ? { flip } : {}),
          ...(shiftPx === undefined ? {} : { shiftPx }),
        });
        safeUntilPx = Math.min(safeUntilPx, box.safeUntilPx);
      } else {
        const list = dropped.get(box.item.lane) ?? [];
        list.push(box);
        dropped.set(box.item.lane, list);
      }
    }
    const markers: Marker[] = [];
    const markerRow = new Set<string>();
    for (const [lane, list] of dropped) {
      const found = gather(lane, list, m, visible.start, msPerPx, widthPx);
      const titleRows = (lanes.get(lane)?.rows ?? []).slice(0, rows.get(lane) ?? 0).map((row) => row.copy());
      // A marker goes in the lowest title row with room for it where it stands; else in a row of markers below.
      for (const marker of found) {
        const left = (marker.start - visible.start) / msPerPx;
        const right = (marker.end - visible.start) / msPerPx;
        for (let r = titleRows.length - 1; r >= 0; r--) {
          const at = (titleRows[r] as Row).slot(left, right, m.gapPx);
          if (at < 0) continue;
          (titleRows[r] as Row).insert(at, left, right);
          marker.row = r;
          break;
        }
        if (marker.row === undefined) markerRow.add(lane);
        markers.push(marker);
      }
    }
    return { titled, markers, markerRow, safeUntilPx };
  };

  let rows = shareRows(input.lanes, lanes, input.heightPx, m, new Set());
  let settled = settle(rows);
  // Lanes whose markers all found room among their titles need no row of markers: that height can title more.
  const inTitleRows = new Set([...lanes.keys()].filter((lane) => !settled.markerRow.has(lane)));
  const more = shareRows(input.lanes, lanes, input.heightPx, m, inTitleRows);
  if ([...more].some(([lane, r]) => r !== rows.get(lane))) {
    const again = settle(more);
    // Only if those lanes' markers still find room among the titles (more titles, less room), for more titles.
    const fits = ![...again.markerRow].some((lane) => inTitleRows.has(lane));
    if (fits && again.titled.length >= settled.titled.length) {
      rows = more;
      settled = again;
    }
  }
  return {
    titled: settled.titled,
    markers: settled.markers,
    rows,
    labelPx,
    msPerPx,
    safeUntil: visible.start + settled.safeUntilPx * msPerPx,
  };
}

/** What the first fit made of one lane. */
interface LaneFit {
  rows: Row[];
  /** What each row's titles in the window are worth (a key event's more than any number of others), by row. */
  gain: number[];
  /** Events placed, by row (in the window or near it). */
  placed: number[];
  /** Rows the pinned events need. */
  pinnedRows: number;
  /** Candidates in the lane. */
  total: number;
}

/**
 * Shares the height out between the lanes: first what the pinned events need, then a first row to each lane with a
 * title to show in the window, then one row at a time to the lane whose next row shows the most key titles there,
 * then the most titles, while the lanes still fit. A lane's height is its rows, plus
 * the marker row when some of its events are left over, and never less than its name.
 */
function shareRows(
  order: readonly string[],
  lanes: ReadonlyMap<string, LaneFit>,
  heightPx: number,
  m: Metrics,
  markersInTitleRows: ReadonlySet<string>,
): Map<string, number> {
  const heightOf = (id: string, r: number): number => {
    const lane = lanes.get(id);
    if (!lane || lane.total === 0) return m.laneMinPx;
    let placed = 0;
    for (let i = 0; i < r; i++) placed += lane.placed[i] ?? 0;
    const markerRow = placed < lane.total && !(r > 0 && markersInTitleRows.has(id));
    return Math.max(m.laneMinPx, r * m.rowPx + (markerRow ? m.markerRowPx : 0));
  };
  const all = [...new Set([...order, ...lanes.keys()])];
  const rows = new Map(all.map((id) => [id, lanes.get(id)?.pinnedRows ?? 0]));
  let used = all.reduce((sum, id) => sum + heightOf(id, rows.get(id) ?? 0), 0);
  // First a row for every lane with a title to show in the window (every lane speaks before any speaks twice),
  // then row by row to the lane whose next row shows the most titles; on a tie, to the lane with fewer rows.
  for (const firstRows of [true, false]) {
    for (;;) {
      let best: string | undefined;
      let bestGain = 0;
      let bestCost = 0;
      for (const id of all) {
        const lane = lanes.get(id);
        const r = rows.get(id) ?? 0;
        if (!lane || r >= lane.rows.length || (firstRows && r > 0)) continue;
        const gain = lane.gain[r] ?? 0;
        const cost = heightOf(id, r + 1) - heightOf(id, r);
        const better = gain > bestGain || (gain === bestGain && best !== undefined && r < (rows.get(best) ?? 0));
        // A row that costs nothing (the lane is as high as its name anyway) is taken even when the lanes overflow.
        if (gain > 0 && better && (cost <= 0 || used + cost <= heightPx)) {
          best = id;
          bestGain = gain;
          bestCost = cost;
        }
      }
      if (best === undefined) break;
      rows.set(best, (rows.get(best) ?? 0) + 1);
      used += bestCost;
    }
  }
  return rows;
}
