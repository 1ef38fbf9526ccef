/**
 * The messages an embedded timeline sends to the page that embeds it. Namespaced, so a host
 * page can tell them from any other frame's messages. Documented in the README.
 */

/** `{type: 'sourced-timeline:height', height: <CSS pixels>}`: the frame's content height changed. */
export const HEIGHT_MESSAGE = 'sourced-timeline:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** Height of the embedded document's content, in CSS pixels. */
  height: number;
}

/** Heights a host script accepts; anything else is ignored. */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 20_000;

/** True for a well-formed height message (anything may arrive through `message` events). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height);
}

/** The height to apply, clamped to sane bounds. */
export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}
