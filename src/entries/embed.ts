/**
 * embed.js, for pages that embed timelines: sizes every `<iframe data-sourced-timeline>` to the
 * height its content reports. A message counts only when it comes from that iframe's own window.
 * Built on its own as one small classic script (vite.embed.config.ts).
 */
import { clampHeight, isHeightMessage } from '../embed/messages.js';

window.addEventListener('message', (event: MessageEvent) => {
  if (!isHeightMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-sourced-timeline]')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${clampHeight(event.data.height)}px`;
      return;
    }
  }
});
