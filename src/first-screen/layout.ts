/**
 * The first screen's markup as a small tree of plain elements and text, so that the build (as HTML, escaped:
 * scripts/first-screen.ts) and the page (as DOM nodes, text set as text: `dom.ts`) draw the same thing. No dataset
 * string is ever markup, an attribute other than `lang`, or a link: nothing in it is interactive (the app's own
 * screen replaces it). Pure.
 */
import type { FirstEntry, FirstScreen } from './model.js';

/** The only elements and attributes the first screen has. */
export type FirstTag = 'div' | 'h1' | 'p' | 'ol' | 'li' | 'span' | 'strong' | 'code';
export type FirstAttribute = 'slot' | 'class' | 'lang' | 'dir';

export interface FirstNode {
  tag: FirstTag;
  attributes: Partial<Record<FirstAttribute, string>>;
  /** Elements, and strings as text. */
  children: (FirstNode | string)[];
}

/** Which of the two lists to show: both (the screen's width chooses), or the one a view in the address opens on. */
export type FirstView = 'timeline' | 'list' | undefined;

/** The slot of `<st-app>` the first screen goes into (src/first-screen/slot.ts). */
export const FIRST_SCREEN_SLOT = 'first-screen';

/** The class public/first-screen.js puts on <html> when the page's first screen is not to be shown. */
export const FIRST_SCREEN_HIDDEN = 'st-no-first-screen';

const node = (tag: FirstTag, attributes: FirstNode['attributes'], ...children: (FirstNode | string)[]): FirstNode => ({
  tag,
  attributes,
  children,
});

function item(entry: FirstEntry, withSummary: boolean): FirstNode {
  const summary = withSummary && entry.summary !== '' ? [node('p', { class: 'fs-summary' }, entry.summary)] : [];
  return node(
    'li',
    {},
    node('span', { class: 'fs-date' }, entry.date),
    ' ',
    node('span', { class: 'fs-title' }, entry.title),
    ...summary,
  );
}

/** How a first screen is drawn: for a view the address opens on, and for a dataset that is not the site's own. */
export interface FirstOptions {
  view?: FirstView;
  /** The address of a dataset that is not the site's own: said first, as the app says it (src/app/app-parts.ts). */
  source?: string;
}

/**
 * The first screen, in `<st-app>`'s `first-screen` slot. The dataset's text is in its own language, the page's own
 * lines in English. With a `view`, only that view's list is drawn, at any width (`fs-always`).
 */
export function firstScreenTree(screen: FirstScreen, { view, source }: FirstOptions = {}): FirstNode {
  const text = { lang: screen.lang, dir: 'auto' };
  const always = view === undefined ? '' : ' fs-always';
  const lists: FirstNode[] = [];
  if (view !== 'list') {
    lists.push(node('ol', { class: `fs-window${always}`, ...text }, ...screen.window.map((e) => item(e, false))));
    if (screen.more > 0) {
      lists.push(node('p', { class: `fs-more${always}` }, `and ${screen.more} more in this period`));
    }
  }
  if (view !== 'timeline') {
    lists.push(node('ol', { class: `fs-list${always}`, ...text }, ...screen.list.map((e) => item(e, true))));
  }
  const notice =
    source === undefined
      ? []
      : [
          node(
            'p',
            { class: 'fs-notice' },
            node('strong', {}, 'Not the curated dataset.'),
            ' This timeline shows a dataset loaded from ',
            node('code', {}, source),
            ", not the project's curated dataset; the project has not reviewed it.",
          ),
        ];
  return node(
    'div',
    { slot: FIRST_SCREEN_SLOT, class: 'st-first-screen' },
    ...notice,
    node('h1', text, screen.title),
    node('p', { class: 'fs-description', ...text }, screen.description),
    node('p', { class: 'fs-status' }, 'Loading the chronology…'),
    ...lists,
  );
}
