/**
 * The offline copy: a service worker (made at build time by Workbox, through vite-plugin-pwa, see
 * docs/decisions/0027-offline.md) keeps the app, the curated dataset and its articles, so that after one visit the
 * timeline opens without a network. Only the app's own built page registers it: not the dev server, not an embed
 * (a sandboxed frame has an opaque origin, where service workers do not exist and asking for them throws), not
 * `<sourced-timeline>` on another site's page.
 *
 * The reader is told once that the app is available offline, and when a new version is waiting, with a button to
 * reload into it (the new worker takes over first, so the reload gets the new files).
 */
import '../components/st-offline-notice.js';
import { reloadPage } from './state-source.js';

/** The service worker's container, or undefined where there is none or asking throws (a sandboxed frame). */
function serviceWorkers(): ServiceWorkerContainer | undefined {
  try {
    return 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  } catch {
    return undefined;
  }
}

/** Registers the service worker beside the page (`sw.js`) and shows what it means in a notice. */
export async function registerOffline(): Promise<void> {
  const container = serviceWorkers();
  if (!container) return;
  const { Workbox } = await import('workbox-window');
  const notice = document.createElement('st-offline-notice');
  document.body.append(notice);
  const workbox = new Workbox(new URL('sw.js', document.baseURI).href, { scope: './' });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) notice.state = 'ready';
  });
  workbox.addEventListener('waiting', () => (notice.state = 'update'));
  notice.addEventListener('st-update-request', () => {
    workbox.addEventListener('controlling', () => reloadPage());
    workbox.messageSkipWaiting();
  });
  try {
    await workbox.register();
  } catch {
    // No offline copy (private browsing, a browser setting): the app works as before, online.
    notice.remove();
  }
}
