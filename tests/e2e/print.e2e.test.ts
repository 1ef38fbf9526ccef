// Printing for real: the built app printed to PDF by Chromium (as `npm run handout` does), the PDF read
// back page by page with pdf.js. What the reader gets on paper is the handout, whole events per page.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDF_OPTIONS, countPages, openHandout } from '../../scripts/print-handout.js';
import { useBuildServer } from '../support/build-server.js';
import type { Dataset } from '../../src/data/types.js';

/** Words on the app's buttons, tabs and fields: none may reach paper. */
const CONTROLS = [
  'Copy link',
  'Embed',
  'Present',
  'Search events',
  'Clear all',
  'Show in article',
  'Fit all',
  'Earlier',
  'Later',
  'Previous',
  'Next',
  'Timeline',
  'Claims',
];

const build = useBuildServer();
/** The dataset as the build serves it. */
let dataset: Dataset;

beforeAll(() => {
  dataset = JSON.parse(readFileSync('dist/data/events.json', 'utf8')) as Dataset;
});

interface Printed {
  /** The text of each page, in order. */
  pages: string[];
  /** Width and height of each page, in points. */
  sizes: [number, number][];
  pageObjects: number;
  errors: string[];
}

/** Opens the app with `query` at 1280x800, prints it to A4 and reads the text of each page. */
async function print(query = ''): Promise<Printed> {
  const page = await build.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  try {
    await openHandout(page, build.url + query);
    const pdf = await page.pdf(PDF_OPTIONS);
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const pages: string[] = [];
    const sizes: [number, number][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      const [, , width = 0, height = 0] = (await document.getPage(number)).view;
      sizes.push([width, height]);
    }
    await document.destroy();
    return { pages, sizes, pageObjects: countPages(pdf), errors };
  } finally {
    await page.close();
  }
}

/**
 * Text without white space, to find a phrase whatever the line breaks: pdf.js gives each line as it was
 * laid out, and a title or quote may wrap anywhere.
 */
const compact = (text: string): string => text.replace(/\s+/g, '');

/** Pages (from 0) whose text holds `phrase`. */
const pagesWith = (printed: Printed, phrase: string): number[] =>
  printed.pages.flatMap((text, number) => (compact(text).includes(compact(phrase)) ? [number] : []));

describe('printing the app', () => {
  let printed: Printed;
  beforeAll(async () => {
    printed = await print();
  }, 60_000);

  it('prints A4 pages, the handout title first', () => {
    expect(printed.errors).toEqual([]);
    expect(printed.pages.length).toBeGreaterThan(1);
    expect(printed.pageObjects).toBe(printed.pages.length);
    // A4 is 595.3 x 841.9 points; Chromium rounds to whole device pixels.
    for (const [width, height] of printed.sizes) {
      expect(Math.abs(width - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(height - 841.9)).toBeLessThan(1.5);
    }
    expect(compact(printed.pages[0]!).startsWith(compact(dataset.title))).toBe(true);
    expect(printed.pages[0]).toContain(`All ${dataset.events.length} events, in date order.`);
  });

  it('prints every event and every article', () => {
    const missing = [...dataset.events, ...dataset.articles]
      .map((item) => item.title)
      .filter((title) => pagesWith(printed, title).length === 0);
    expect(missing).toEqual([]);
    expect(pagesWith(printed, 'Articles').length).toBeGreaterThan(0);
  });

  it('prints no buttons, tabs or fields', () => {
    const text = printed.pages.join('\n');
    const found = CONTROLS.filter((label) => new RegExp(`\\b${label}\\b`).test(text));
    expect(found).toEqual([]);
  });

  it('never splits an event across pages: title, first and last excerpt on one page', () => {
    const split = dataset.events.flatMap((event) => {
      const [page] = pagesWith(printed, event.title);
      const text = compact(printed.pages[page ?? 0] ?? '');
      const from = text.indexOf(compact(event.title));
      // The start of each quote, after the title on the title's page (a quote may recur in another event).
      const starts = [event.sources[0], event.sources.at(-1)].map((s) => compact(s?.quote ?? '').slice(0, 40));
      const together = from >= 0 && starts.every((start) => text.indexOf(start, from) > from);
      return together ? [] : [`${event.id} (title on page ${(page ?? -1) + 1})`];
    });
    expect(split).toEqual([]);
  });

  it('prints only the events the filters in the address leave, and says which filters', async () => {
    const forecasts = await print('?status=expected');
    expect(forecasts.errors).toEqual([]);
    const expected = dataset.events.filter((e) => e.status === 'expected');
    expect(expected.length).toBeGreaterThan(0);
    const printedTitles = dataset.events.filter((e) => pagesWith(forecasts, e.title).length > 0);
    expect(printedTitles.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const text = compact(forecasts.pages.join(''));
    expect(text).toContain(compact(`${expected.length} of ${dataset.events.length} events, in date order.`));
    expect(text).toContain(compact('Filtered by status: Forecast.'));
    // Every article is still listed.
    expect(dataset.articles.filter((a) => !text.includes(compact(a.title)))).toEqual([]);
    expect(forecasts.pages.length).toBeLessThan(printed.pages.length);
  }, 60_000);
});
