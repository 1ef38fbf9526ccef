/**
 * Inside an embed: posts the document's height to the parent whenever it changes, so the
 * host script can size the iframe. Works in a sandboxed, cross-origin frame (postMessage
 * needs neither storage nor same-origin access).
 */
import { HEIGHT_MESSAGE, type HeightMessage } from '../embed/messages.js';

/** Starts reporting; returns a function that stops. Does nothing outside a frame. */
export function reportHeight(target: Window | null = window.parent === window ? null : window.parent): () => void {
  if (!target) return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // The height is not a secret and the host's origin is not known in advance: any origin may read it.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}
