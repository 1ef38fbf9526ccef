/**
 * The room an event's title takes in a row of its lane (`Box`), with the window's edges as boundaries: a title never
 * runs past the edge of the drawing. A point near the right edge has its label on the left of its dot; a range's
 * label is slid left to end at the edge; a title that still would be cut (a point just before the window) finds no
 * row, and is gathered into a "+N more" marker, drawn inside the window. Pure; used by `placement.ts`.
 */
import { boundsOf } from '../data/time.js';
import { markerWidth, type Metrics } from './sizes.js';
import type { Marker } from './placement.js';
import type { Placed } from './windowing.js';

/** A candidate's box in a row (px from the window's start) and the point its marker would stand at. */
export interface Box {
  item: Placed;
  left: number;
  right: number;
  anchor: number;
  widthPx: number;
  /** For a range whose label slides with the window's left edge: the window start from which it leaves the box. */
  safeUntilPx: number;
  /** A point's label drawn on the left of its dot (it would run past the right edge). */
  flip?: true;
  /** How far a range's label is moved left of where vis-timeline puts it (px, negative), to end at the right edge. */
  shiftPx?: number;
  /** Its label would be cut by an edge of the window wherever it goes: never titled, gathered. */
  cut?: true;
}

/** Where a title goes: `px` maps a time to pixels from the window's start; `widthPx` is the drawing's width. */
export function boxOf(item: Placed, labelPx: number, m: Metrics, px: (time: number) => number, widthPx: number): Box {
  const content = labelPx + m.padPx;
  if (item.start === item.end) {
    const anchor = px(item.start);
    const box: Box = {
      item,
      anchor,
      widthPx: labelPx,
      left: anchor - m.dotPx / 2,
      right: anchor + m.dotPx / 2 + content,
      safeUntilPx: Infinity,
    };
    // In the window, its label past the right edge: on the left of the dot, if there is room for it there.
    if (anchor < widthPx && box.right > widthPx) {
      const left = anchor - m.dotPx / 2 - content;
      if (left >= 0) return { ...box, left, right: anchor + m.dotPx / 2, flip: true };
      return { ...box, cut: true };
    }
    // Its label starts before the left edge (its dot is outside the window, or half of it): cut.
    if (box.right > 0 && anchor + m.dotPx / 2 < 0) return { ...box, cut: true };
    return box;
  }
  // vis-timeline keeps a range's label in view: at the window's left edge while the range crosses it.
  const start = px(item.start);
  const end = px(item.end);
  const label = Math.min(Math.max(0, start), end);
  const box: Box = {
    item,
    anchor: label,
    widthPx: labelPx,
    left: start - m.tailPx,
    right: Math.max(end + m.tailPx, label + content),
    safeUntilPx: 0,
  };
  box.safeUntilPx = end + content > box.right ? box.right - content : Infinity;
  // Its label would run past the right edge: slid left to end there (still in the window), before the range if
  // need be; it slides no more once the window moves (planned again when it settles).
  if (label < widthPx && label + content > widthPx && end > 0) {
    const shiftPx = widthPx - (label + content);
    if (label + shiftPx < 0) return { ...box, cut: true };
    return {
      ...box,
      left: Math.min(box.left, label + shiftPx),
      right: Math.max(end + m.tailPx, widthPx),
      shiftPx,
      safeUntilPx: Math.max(0, start),
    };
  }
  return box;
}

/** One row of a lane: disjoint boxes in order, with `gap` kept between them. */
export class Row {
  private readonly lefts: number[] = [];
  private readonly rights: number[] = [];

  /** Where a box would go, or -1 when it would come closer than `gap` to one placed. */
  slot(left: number, right: number, gap: number): number {
    const rights = this.rights;
    let low = 0;
    let high = rights.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((rights[mid] as number) + gap > left) high = mid;
      else low = mid + 1;
    }
    return low < this.lefts.length && (this.lefts[low] as number) < right + gap ? -1 : low;
  }

  insert(at: number, left: number, right: number): void {
    this.lefts.splice(at, 0, left);
    this.rights.splice(at, 0, right);
  }

  copy(): Row {
    const row = new Row();
    row.lefts.push(...this.lefts);
    row.rights.push(...this.rights);
    return row;
  }
}

/**
 * The left-over events of one lane, gathered by where they stand: a marker at the first one, holding every event
 * that stands before the end of that marker (and the gap after it), the marker widening as its count gains digits;
 * the next marker at the next event. A marker that an edge of the window would cut is moved inside it (`widthPx`:
 * the drawing's width), joining the one before it when there is no room between them.
 */
export function gather(
  lane: string,
  boxes: Box[],
  m: Metrics,
  origin: number,
  msPerPx: number,
  widthPx = Infinity,
): Marker[] {
  boxes.sort((a, b) => a.anchor - b.anchor || a.item.start - b.item.start);
  const groups: { at: number; width: number; members: Placed[] }[] = [];
  let i = 0;
  while (i < boxes.length) {
    const at = (boxes[i] as Box).anchor;
    const members: Placed[] = [];
    let width = markerWidth(1, m);
    for (;;) {
      while (i < boxes.length && (boxes[i] as Box).anchor < at + width + m.gapPx) {
        members.push((boxes[i] as Box).item);
        i++;
      }
      const wider = markerWidth(members.length, m);
      if (wider === width) break;
      width = wider;
    }
    const group = { at, width, members };
    // Cut by the left edge: moved to start there. Cut by the right edge: moved to end there.
    if (at < 0 && at + width > 0) group.at = 0;
    if (group.at < widthPx && group.at + width > widthPx) group.at = Math.max(0, widthPx - width);
    const previous = groups[groups.length - 1];
    if (previous && previous.at + previous.width + m.gapPx > group.at) {
      // No room between them: one marker for both, where the first stands (moved in again if it grew).
      previous.members.push(...members);
      previous.width = markerWidth(previous.members.length, m);
      if (previous.at < widthPx && previous.at + previous.width > widthPx) {
        previous.at = Math.max(0, widthPx - previous.width);
      }
      continue;
    }
    groups.push(group);
  }
  return groups.map(({ at, width, members }) => {
    members.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
    const start = origin + at * msPerPx;
    return {
      id: `more:${lane}:${Math.round(start)}:${members.length}`,
      lane,
      start,
      end: start + width * msPerPx,
      ids: members.map((item) => item.id),
      span: boundsOf(members) ?? { start, end: start },
    };
  });
}
