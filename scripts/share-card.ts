/**
 * The share card: a 1200x630 PNG made at build time from the dataset (its title, the dates it covers, how many
 * events and sources), and the Open Graph and Twitter card tags that point to it, so that a shared link looks like
 * the story. Made in Node with satori (layout and text to SVG, with the Noto Sans fonts of @fontsource/noto-sans)
 * and resvg-js (SVG to PNG); no browser and no outside service. See docs/decisions/0029-share-card.md.
 *
 * Link previews need an absolute image address: set `SITE_URL=https://example.org/timeline/` when building.
 * Without it the address is relative (most previewers then show no image), and the build says so.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import type { Plugin } from 'vite';
import { formatDateSpan } from '../src/data/dates.js';
import { indexDataset, sourceNoun } from '../src/data/dataset-index.js';
import type { Dataset } from '../src/data/types.js';
import { siteDataset } from './site-dataset.js';
import { groupColors } from '../src/styles/group-colors.js';

export const CARD = { width: 1200, height: 630, file: 'share-card.png' } as const;

/** What the card and the tags say about a dataset. */
export interface CardFacts {
  title: string;
  description: string;
  /** The dates the events cover, in words ("17 – 31 October 2024"). */
  dates: string;
  /** "44 events from 5 articles". */
  counts: string;
  /** The lanes' colours, in order, for the card's edge. */
  colors: string[];
}

/** A description short enough for a preview: at most `max` characters, cut at a word, with an ellipsis. */
export function shortDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The facts of a validated dataset. Dates cover the events of the story itself; background events (well before the
 * period the dataset is about) are left out of the range unless there is nothing else.
 */
export function cardFacts(dataset: Dataset, locale = 'en-GB'): CardFacts {
  const index = indexDataset(dataset);
  const story = index.events.filter((event) => event.background !== true);
  const spans = (story.length > 0 ? story : index.events).flatMap((event) => index.date.get(event.id) ?? []);
  const start = Math.min(...spans.map((span) => span.start));
  const end = Math.max(...spans.map((span) => span.end));
  const precision = end - start > 2 * 365 * 86_400_000 ? 'year' : 'day';
  const dates = formatDateSpan(
    { edtf: '', start, end, precision, interval: start !== end, approximate: false, uncertain: false },
    { locale, style: 'long' },
  );
  const events = dataset.events.length;
  const sources = dataset.articles.length;
  const noun = sourceNoun(index);
  return {
    title: dataset.title,
    description: shortDescription(dataset.description),
    dates,
    counts: `${events} event${events === 1 ? '' : 's'} from ${sources} ${noun}${sources === 1 ? '' : 's'}`,
    colors: [...groupColors(index.groups, new Set()).values()].map((color) => color.light),
  };
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const h = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** One family per subset: satori looks a missing glyph up in the next family of the list, not in a same-named one. */
const fontName = (subset: string) => `Noto Sans ${subset}`;
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'greek'];
const FONT_FILES = SUBSETS.flatMap((subset) => ([400, 700] as const).map((weight) => ({ subset, weight })));

/** The card as satori's element tree. */
function layout(facts: CardFacts): Node {
  const edge = facts.colors.length > 0 ? facts.colors : ['#0b57d0'];
  const page = { display: 'flex', width: '100%', height: '100%', background: '#ffffff', color: '#1b1f24' };
  return h('div', { ...page, fontFamily: SUBSETS.map(fontName).join(', ') }, [
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexShrink: 0, width: 24, height: '100%' },
      edge.map((color) => h('div', { display: 'flex', flexGrow: 1, background: color })),
    ),
    h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '64px 72px', gap: 28 }, [
      h('div', { display: 'flex', fontSize: 30, color: '#4b5563' }, 'Sourced Timeline'),
      h(
        'div',
        { display: 'block', fontSize: 64, fontWeight: 700, lineHeight: 1.15, lineClamp: 3, overflow: 'hidden' },
        facts.title,
      ),
      h('div', { display: 'flex', flexGrow: 1 }),
      h('div', { display: 'flex', fontSize: 40, fontWeight: 700 }, facts.dates),
      h('div', { display: 'flex', fontSize: 34, color: '#4b5563' }, facts.counts),
    ]),
  ]);
}

/** The card as PNG bytes, 1200x630. */
export async function renderCard(facts: CardFacts): Promise<Buffer> {
  const require = createRequire(import.meta.url);
  const fonts = await Promise.all(
    FONT_FILES.map(async ({ subset, weight }) => ({
      name: fontName(subset),
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
    })),
  );
  // satori's element type is React's; this tree has the same shape.
  const svg = await satori(layout(facts) as Parameters<typeof satori>[0], {
    width: CARD.width,
    height: CARD.height,
    fonts,
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD.width } }).render().asPng();
}

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Open Graph and Twitter card tags, for `imageUrl` (absolute when the site's address is known). */
export function cardTags(facts: CardFacts, imageUrl: string, siteUrl: string | undefined): string {
  const alt = `${facts.title}: ${facts.dates}, ${facts.counts}.`;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Sourced Timeline'],
    ['property', 'og:title', facts.title],
    ['property', 'og:description', facts.description],
    ...(siteUrl === undefined ? [] : [['property', 'og:url', siteUrl] as [string, string, string]]),
    ['property', 'og:image', imageUrl],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(CARD.width)],
    ['property', 'og:image:height', String(CARD.height)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', facts.title],
    ['name', 'twitter:description', facts.description],
    ['name', 'twitter:image', imageUrl],
    ['name', 'twitter:image:alt', alt],
  ];
  return tags.map(([key, name, value]) => `<meta ${key}="${name}" content="${attribute(value)}" />`).join('\n    ');
}

/** The build step: reads the dataset, writes the card beside index.html and its tags into it. */
export function shareCard(options: { dataset: string; siteUrl: string | undefined; locale: string }): Plugin {
  let facts: CardFacts | undefined;
  return {
    name: 'sourced-timeline:share-card',
    apply: 'build',
    async buildStart() {
      const dataset = await siteDataset(options.dataset);
      if (!dataset) this.error(`${options.dataset} does not validate: run npm run check-data`);
      facts = cardFacts(dataset, options.locale);
      if (options.siteUrl === undefined) {
        this.warn('SITE_URL is not set: the share card is linked by a relative address, which link previews ignore.');
      }
    },
    async generateBundle() {
      if (facts === undefined) return;
      this.emitFile({ type: 'asset', fileName: CARD.file, source: await renderCard(facts) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (facts === undefined) return html;
        const image = options.siteUrl === undefined ? CARD.file : new URL(CARD.file, options.siteUrl).href;
        return html.replace('</head>', `  ${cardTags(facts, image, options.siteUrl)}\n  </head>`);
      },
    },
  };
}
