/**
 * TimelineJS 3 as it ships (dist/js/timeline.js, a classic script defining the global `TL`, and its CSS), served
 * by the benchmark at /tljs/, fed the dataset converted to TimelineJS JSON with default options (no URL hash).
 */
import { toTimelineJs, type TimelineJsData } from '../convert.js';
import { loadBenchDataset, showFailure } from './load-data.js';

declare global {
  interface Window {
    TL?: { Timeline: new (container: HTMLElement, data: TimelineJsData, options?: object) => unknown };
  }
}

const LIBRARY = '/tljs/';

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

try {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `${LIBRARY}css/timeline.css`;
  document.head.append(link);
  const [dataset] = await Promise.all([loadBenchDataset(), addScript(`${LIBRARY}js/timeline.js`)]);
  const container = document.getElementById('timeline');
  if (!container || !window.TL) throw new Error('No #timeline or no TL');
  new window.TL.Timeline(container, toTimelineJs(dataset.events, dataset.title), {
    hash_bookmark: false,
    script_path: new URL(`${LIBRARY}js/`, location.href).href,
  });
} catch (error) {
  showFailure(error);
}
