/**
 * Builds the DOM of one timeline item. vis-timeline inserts string content as HTML,
 * so items are handed over as elements whose data strings are only ever text nodes.
 */
import type { ItemModel, LaneModel } from './items.js';
import { numberText } from '../i18n/plural.js';
import { msg, str } from '@lit/localize';

export function itemElement(model: ItemModel): HTMLElement {
  const label = document.createElement('span');
  label.className = 'st-label';
  label.dataset.id = model.id;
  label.tabIndex = -1;
  label.setAttribute('role', 'button');
  // The name comes from the content (title, then the rest in hidden text), so it begins with the visible
  // words, as WCAG 2.5.3 (label in name) asks; an aria-label would not contain the visible count.

  const marker = document.createElement('span');
  marker.className = 'st-marker';
  marker.setAttribute('aria-hidden', 'true');

  const title = document.createElement('span');
  title.className = 'st-title';
  title.textContent = model.title;
  title.lang = model.lang;
  title.dir = 'auto';

  const details = document.createElement('span');
  details.className = 'st-hidden';
  details.textContent = model.label.slice(model.title.length);

  const count = document.createElement('span');
  count.className = 'st-count';
  count.setAttribute('aria-hidden', 'true');
  count.textContent = model.unsourced ? 'no source' : String(model.sources);

  // The count before the title, so that a long title clamped to two lines never hides it.
  label.append(marker, count, title, details);
  return label;
}

export function laneElement(lane: LaneModel): HTMLElement {
  const element = document.createElement('span');
  // An unlabelled lane gets no class, so it takes no padding and the label column collapses.
  if (lane.label !== '') element.className = 'st-lane';
  element.textContent = lane.label;
  if (lane.lang) element.lang = lane.lang;
  return element;
}

/**
 * The DOM of one "+N more" marker, inside vis-timeline's `.st-more` item as `.st-label` is inside an event's: a
 * button that opens the list of the events it gathers, named in full for assistive technology ("12 more events,
 * 20 – 22 Oct 2024, Harbour"). `label` comes from `markerLabel`; only text nodes and attributes.
 */
export function moreElement(id: string, count: number, label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'st-more-label';
  element.dataset.more = id;
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-haspopup', 'dialog');
  element.setAttribute('aria-expanded', 'false');
  element.setAttribute('aria-label', label);
  const text = document.createElement('span');
  text.setAttribute('aria-hidden', 'true');
  text.textContent = msg(str`+${numberText(count)} more`);
  element.append(text);
  return element;
}

/** What a tab stop built here stands for: an event, or a "+N more" marker. */
export type Stop = { kind: 'event'; id: string } | { kind: 'more'; id: string };

/** The tab stop (an event's label or a marker) that `node` is, or is inside of. */
export function stopElement(node: Element): HTMLElement | undefined {
  return node.closest<HTMLElement>('.st-label, .st-more-label') ?? undefined;
}

/** What the tab stop that `node` is, or is inside of, stands for. */
export function stopOf(node: Element): Stop | undefined {
  const stop = stopElement(node);
  const more = stop?.dataset.more;
  if (more !== undefined) return { kind: 'more', id: more };
  const id = stop?.dataset.id;
  return id ? { kind: 'event', id } : undefined;
}
