/**
 * The presentation's timeline strip: where each step of a deck sits in time, as positions along one line
 * (fractions from 0 to 1, so the strip can be drawn at any width), with the current step marked. Pure; d3's
 * time scale does the mapping.
 */
import { scaleUtc } from 'd3-scale';
import type { DateSpan } from '../data/dates.js';
import { DAY_MS } from '../data/time.js';

export interface StripMark {
  /** The middle of the date, 0 to 1: where its dot goes. */
  x: number;
  /** Where the date may start and end: the same as `x` for a single day, apart for a range or an approximate month. */
  from: number;
  to: number;
  current: boolean;
  /** The step has been shown already. */
  past: boolean;
}

export interface Strip {
  marks: StripMark[];
  /** The first and last instants on the strip. */
  start: Date;
  end: Date;
}

/**
 * Marks for each span, in the order given. The strip runs from the earliest start to the latest end, with a
 * little room at both ends; `current` is the index of the step on screen.
 */
export function stripMarks(spans: readonly DateSpan[], current: number): Strip | undefined {
  if (spans.length === 0) return undefined;
  const first = Math.min(...spans.map((span) => span.start));
  const last = Math.max(...spans.map((span) => span.end));
  const pad = Math.max((last - first) * 0.02, DAY_MS);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([0, 1])
    .clamp(true);
  const marks = spans.map((span, i) => {
    const middle = x(new Date((span.start + span.end) / 2));
    // A day is a point; longer spans (an approximate month, a range) have an extent.
    const day = span.end - span.start <= DAY_MS;
    return {
      x: middle,
      from: day ? middle : x(new Date(span.start)),
      to: day ? middle : x(new Date(span.end)),
      current: i === current,
      past: i < current,
    };
  });
  return { marks, start: new Date(first), end: new Date(last) };
}
