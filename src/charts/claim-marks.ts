/**
 * How a claimed number is drawn, by qualifier, so a mark says what the words say:
 * exact ●; about ◌ (a dot in a dashed ring); at least ●→ and more than ○→ (the arrow points to where the true
 * number may lie, the open dot leaves the value itself out); up to ●, with a bar from zero to the value.
 */
import { create, type Selection } from 'd3-selection';
import type { ClaimQualifier } from '../data/types.js';

/** Where a mark is drawn, whatever its datum: the mark draws from its arguments only. */
type Group<Datum = unknown> = Selection<SVGGElement, Datum, null, undefined>;

const ARROW_END = 26;

/** Horizontal extent of a mark around its value, in px; `zero` is where 0 lies relative to the value (≤ 0). */
export function markExtent(qualifier: ClaimQualifier, zero: number): [number, number] {
  switch (qualifier) {
    case 'about':
      return [-9, 9];
    case 'at-least':
    case 'more-than':
      return [-6, ARROW_END + 1];
    case 'up-to':
      return [Math.min(zero, -6), 6];
    default:
      return [-6, 6];
  }
}

/** Space the widest mark needs right of its value. */
export const MARK_RIGHT = ARROW_END + 2;

/** Draws the mark of a qualifier into `g`, centred on the value at (0, 0), in `currentColor`. */
export function drawMark<Datum>(g: Group<Datum>, qualifier: ClaimQualifier, zero: number): void {
  g.attr('class', `mark ${qualifier}`);
  if (qualifier === 'up-to') {
    g.append('rect')
      .attr('class', 'range')
      .attr('x', zero)
      .attr('y', -2.5)
      .attr('width', -zero)
      .attr('height', 5)
      .attr('fill', 'currentColor')
      .attr('fill-opacity', 0.35);
    g.append('line').attr('x1', zero).attr('x2', zero).attr('y1', -6).attr('y2', 6).attr('stroke', 'currentColor');
  }
  if (qualifier === 'about') {
    g.append('circle')
      .attr('r', 8.5)
      .attr('fill', 'none')
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', '3 2.3');
    g.append('circle').attr('r', 3.5).attr('fill', 'currentColor');
    return;
  }
  const open = qualifier === 'more-than';
  g.append('circle')
    .attr('r', open ? 4.75 : 5.5)
    .attr('fill', open ? 'var(--st-bg)' : 'currentColor')
    .attr('stroke', 'currentColor')
    .attr('stroke-width', open ? 2 : 0);
  if (qualifier === 'at-least' || qualifier === 'more-than') {
    g.append('line')
      .attr('x1', 8)
      .attr('x2', ARROW_END - 5)
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 2);
    g.append('path')
      .attr('d', `M${ARROW_END - 6},-5L${ARROW_END},0L${ARROW_END - 6},5Z`)
      .attr('fill', 'currentColor');
  }
}

/** A small, decorative symbol of a qualifier's mark, for a legend. */
export function qualifierSymbol(qualifier: ClaimQualifier): SVGSVGElement {
  const width = qualifier === 'exact' || qualifier === 'about' ? 22 : 40;
  const svg = create('svg')
    .attr('width', width)
    .attr('height', 20)
    .attr('viewBox', `0 0 ${width} 20`)
    .attr('aria-hidden', 'true')
    .attr('class', 'qualifier-symbol');
  const at = qualifier === 'up-to' ? 33 : 11;
  drawMark(svg.append('g').attr('transform', `translate(${at},10)`), qualifier, qualifier === 'up-to' ? -29 : 0);
  const node = svg.node();
  if (!node) throw new Error('could not create an svg element');
  return node;
}
