/**
 * The address and the HTML a journalist pastes to embed the timeline in an article. Pure.
 *
 * Options are validated strictly: a value that does not fit its pattern is dropped, never written,
 * because the snippet is text that ends up in other sites' pages.
 */
import { msg, str } from '@lit/localize';
import { parseAsOfDay, type AsOfChoice } from '../data/as-of.js';
import { AS_OF_PARAMS, writeAsOf } from '../data/as-of-params.js';
import { FILTER_PARAMS, filtersToParams, type FilterState } from '../data/filters.js';
import { isIntegrity } from './integrity.js';
import { namedLanguage, PSEUDO_RTL } from '../i18n/languages.js';

export type EmbedView = 'timeline' | 'list' | 'claims' | 'sources';
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  /** Pixels (200–3000), or `auto`: the frame starts at `DEFAULT_HEIGHT` and the host script resizes it. */
  height: number | 'auto';
  /** Event to open with; must match `EVENT_ID`. */
  event?: string;
  view?: EmbedView;
  theme?: EmbedTheme;
  /** Accent colour as six hex digits, without `#`. */
  accent?: string;
  /** The dataset's title: the frame's accessible name, and the header's text with `showTitle`. */
  title?: string;
  /** Whether the embed shows `title` in its compact header. */
  showTitle?: boolean;
  filters?: FilterState;
  /**
   * The Subresource Integrity hash (`sha384-…`, from integrity.json) of the script the snippet loads: `embed.js`
   * for a frame, `sourced-timeline.js` for the element. Written with `crossorigin="anonymous"`; dropped unless
   * well-formed.
   */
  integrity?: string;
  /** "As known on": the chronology as it stood at the end of that day. */
  asOf?: AsOfChoice;
  /** The interface language (`lang`); without it, the reader's browser preference. */
  lang?: string;
}

export const EVENT_ID = /^[a-z0-9][a-z0-9_-]{0,79}$/;
export const ACCENT = /^[0-9a-fA-F]{6}$/;
export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 3000;
/** The starting height of an auto-height frame, and the height used when a fixed one is invalid. */
export const DEFAULT_HEIGHT = 600;
/** Longer titles are dropped rather than cut: a cut title could say something else. */
export const MAX_TITLE_LENGTH = 200;

/** No `allow-same-origin`: the embedded app gets an opaque origin and cannot reach the host page. */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/** Copying a link, and presentation mode's full screen for a teacher showing an embedded timeline. */
export const EMBED_ALLOW = 'clipboard-write; fullscreen';
export const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';

const VIEWS: readonly string[] = ['timeline', 'list', 'claims', 'sources'];
const THEMES: readonly string[] = ['light', 'dark', 'auto'];
/** Parameters the embed writes; any of them already in the app's URL is replaced. */
const OWNED = new Set([
  'embed',
  'view',
  'event',
  'from',
  'to',
  'theme',
  'accent',
  'title',
  ...AS_OF_PARAMS,
  ...FILTER_PARAMS,
]);

/** Text made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The height to write, or `undefined` for auto; an invalid number falls back to `DEFAULT_HEIGHT`. */
export function validHeight(height: number | 'auto'): number | undefined {
  if (height === 'auto') return undefined;
  return Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT;
}

/** The title on one line, without control characters; `undefined` when empty or too long. */
function cleanTitle(title: string | undefined): string | undefined {
  const clean = (title ?? '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean === '' || clean.length > MAX_TITLE_LENGTH ? undefined : clean;
}

/**
 * The app's base URL, absolute, over http(s), without query or fragment. A last path segment
 * without a dot is taken as a folder (`…/timeline` → `…/timeline/`), so that the app's
 * relative assets and `embed.js` resolve inside it.
 */
function appBase(appUrl: string): URL {
  let url: URL;
  try {
    url = new URL(appUrl);
  } catch {
    throw new TypeError(`invalid appUrl: ${appUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`invalid appUrl: ${appUrl}`);
  url.hash = '';
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) url.pathname += '/';
  return url;
}

/** The address of `file` (a script, integrity.json) published beside the app at `appUrl`. */
export function besideApp(appUrl: string, file: string): string {
  return new URL(file, appBase(appUrl)).href;
}

/** The valid view, event, theme and accent of `options`, as the app's query parameters and the element's attributes. */
function startingPoint(options: EmbedOptions): Map<string, string> {
  const start = new Map<string, string>();
  if (options.view && VIEWS.includes(options.view)) start.set('view', options.view);
  if (options.event && EVENT_ID.test(options.event)) start.set('event', options.event);
  if (options.asOf && parseAsOfDay(options.asOf.day)) start.set('asof', options.asOf.day);
  if (options.theme && THEMES.includes(options.theme)) start.set('theme', options.theme);
  if (options.accent && ACCENT.test(options.accent)) start.set('accent', options.accent.toLowerCase());
  const lang = namedLanguage(options.lang);
  if (lang && lang !== PSEUDO_RTL) start.set('lang', lang);
  return start;
}

/** The app's address in embed mode (`embed=1`) with the valid options as query parameters. */
export function embedUrl(appUrl: string, options: EmbedOptions): string {
  const url = appBase(appUrl);
  for (const key of [...url.searchParams.keys()]) if (OWNED.has(key)) url.searchParams.delete(key);
  const params = url.searchParams;
  params.set('embed', '1');
  const start = startingPoint(options);
  const view = start.get('view');
  if (view) params.set('view', view);
  if (options.filters) for (const [key, value] of filtersToParams(options.filters)) params.append(key, value);
  const event = start.get('event');
  if (event) params.set('event', event);
  if (options.asOf && parseAsOfDay(options.asOf.day)) writeAsOf(params, options.asOf);
  for (const key of ['theme', 'accent', 'lang']) {
    const value = start.get(key);
    if (value) params.set(key, value);
  }
  const title = cleanTitle(options.title);
  if (options.showTitle && title) params.set('title', title);
  return url.href;
}

/** The page beside the app that shows the real `<sourced-timeline>` (element.html), for the dialog's preview. */
const ELEMENT_PAGE = 'element.html';

/**
 * The page showing what `<sourced-timeline>` shows with these options (for the dialog's preview): element.html beside
 * the app, the element on an otherwise empty page, with the dataset (`data`), view, event, as-of day, theme and
 * accent as its attributes; no embed mode, filters or title, which the element does not take.
 */
export function elementPageUrl(appUrl: string, options: EmbedOptions): string {
  const base = appBase(appUrl);
  const url = new URL(ELEMENT_PAGE, base);
  const data = base.searchParams.get('data');
  if (data) url.searchParams.set('data', data);
  for (const [key, value] of startingPoint(options)) url.searchParams.set(key, value);
  return url.href;
}

/** The attributes that pin a script to the bytes hashed, when `integrity` is a well-formed hash; else none. */
function pinned(integrity: string | undefined): string {
  // The browser checks a hash only on a CORS request: `crossorigin="anonymous"` (no cookies are sent).
  return isIntegrity(integrity) ? ` integrity="${integrity}" crossorigin="anonymous"` : '';
}

/**
 * The HTML to paste: one `<iframe>` line, and for auto height a second line loading the
 * host script (`embed.js` beside the app) that resizes every frame marked `data-sourced-timeline`.
 */
export function embedSnippet(appUrl: string, options: EmbedOptions): string {
  const src = embedUrl(appUrl, options);
  const title = cleanTitle(options.title);
  const height = validHeight(options.height);
  const attributes: [string, string | true][] = [
    ['src', src],
    // In the language of whoever writes the snippet (the embed dialog's interface; English on the command line).
    ['title', title ? msg(str`Timeline: ${title}`) : msg('Timeline')],
    // Full width and no border without a `style` attribute, which a strict host policy refuses
    // (`style-src-attr`): the frame's own presentational attributes, which every browser still maps to CSS.
    ['width', '100%'],
    ['height', String(height ?? DEFAULT_HEIGHT)],
    ['frameborder', '0'],
    ...(height === undefined ? [['data-sourced-timeline', true] as [string, true]] : []),
    ['loading', 'lazy'],
    ['sandbox', EMBED_SANDBOX],
    ['allow', EMBED_ALLOW],
    ['referrerpolicy', EMBED_REFERRER_POLICY],
  ];
  const written = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const iframe = `<iframe ${written.join(' ')}></iframe>`;
  if (height !== undefined) return iframe;
  const script = escapeAttribute(besideApp(appUrl, 'embed.js'));
  return `${iframe}\n<script src="${script}"${pinned(options.integrity)} async></script>`;
}

/**
 * The HTML to paste for `<sourced-timeline>` instead of a frame: the module script beside the app, then the element
 * with the dataset (the app URL's `data`, else the default beside the script), view, event, theme and accent.
 * Height, title and filters are a frame's options: the element is as tall as its content and keeps its own filters.
 */
export function elementSnippet(appUrl: string, options: EmbedOptions): string {
  const base = appBase(appUrl);
  const data = base.searchParams.get('data')?.trim();
  const dataset = data ? new URL(data, base) : undefined;
  if (dataset && dataset.protocol !== 'http:' && dataset.protocol !== 'https:') {
    throw new TypeError(`invalid data: ${data ?? ''}`);
  }
  const attributes = [...(dataset ? [['src', dataset.href]] : []), ...startingPoint(options)];
  const written = attributes.map(([name = '', value = '']) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const script = escapeAttribute(besideApp(appUrl, 'sourced-timeline.js'));
  return (
    `<script type="module" src="${script}"${pinned(options.integrity)}></script>\n` +
    `<sourced-timeline${written}></sourced-timeline>`
  );
}
