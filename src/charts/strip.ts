/**
 * The presentation's timeline strip: where each step of a deck sits in time, as positions along one line
 * (fractions from 0 to 1, so the strip can be drawn at any width), with the current step marked. Pure; d3's
 * time scale does the mapping.
 */
import { scaleUtc } from 'd3';
import type { DateSpan } from '../data/dates.js';

export interface StripMark {
  /** Where the date starts, 0 to 1. */
  x: number;
  /** Where a ranged date ends (equal to `x` for a single day). */
  x2: number;
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

/** A span's midpoint; ranges longer than this are drawn as bars, not dots. */
const midpoint = (span: DateSpan): number => (span.start + span.end) / 2;

/**
 * Marks for each span, in the order given. The strip runs from the earliest start to the latest end, with a
 * little room at both ends; `current` is the index of the step on screen.
 */
export function stripMarks(spans: readonly DateSpan[], current: number): Strip | undefined {
  if (spans.length === 0) return undefined;
  const first = Math.min(...spans.map((span) => span.start));
  const last = Math.max(...spans.map((span) => span.end));
  const pad = Math.max((last - first) * 0.02, 86_400_000);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([0, 1])
    .clamp(true);
  const marks = spans.map((span, i) => {
    // A day is a point; longer spans (an approximate month, a range) show their extent.
    const day = span.end - span.start <= 86_400_000;
    return {
      x: x(new Date(day ? midpoint(span) : span.start)),
      x2: x(new Date(day ? midpoint(span) : span.end)),
      current: i === current,
      past: i < current,
    };
  });
  return { marks, start: new Date(first), end: new Date(last) };
}
