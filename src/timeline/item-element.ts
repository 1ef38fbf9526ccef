/**
 * Builds the DOM of one timeline item. vis-timeline inserts string content as HTML,
 * so items are handed over as elements whose data strings are only ever text nodes.
 */
import type { ItemModel, LaneModel } from './items.js';

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

  const details = document.createElement('span');
  details.className = 'st-hidden';
  details.textContent = model.label.slice(model.title.length);

  const count = document.createElement('span');
  count.className = 'st-count';
  count.setAttribute('aria-hidden', 'true');
  count.textContent = model.unsourced ? 'no source' : String(model.sources);

  label.append(marker, title, details, count);
  return label;
}

export function laneElement(lane: LaneModel): HTMLElement {
  const element = document.createElement('span');
  // An unlabelled lane gets no class, so it takes no padding and the label column collapses.
  if (lane.label !== '') element.className = 'st-lane';
  element.textContent = lane.label;
  return element;
}

/**
 * The DOM of one aggregate, inside vis-timeline's `.st-aggregate` item as `.st-label` is inside an event's: its
 * count, named in full for assistive technology ("143 events, week of 21 October 2024, Athens. Zoom in to see
 * them."). `label` comes from `aggregateLabel`; only text nodes and attributes.
 */
export function aggregateElement(id: string, count: number, label: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'st-aggregate-label';
  element.dataset.aggregate = id;
  element.tabIndex = -1;
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', label);
  const number = document.createElement('span');
  number.className = 'st-aggregate-count';
  number.setAttribute('aria-hidden', 'true');
  number.textContent = count.toLocaleString('en-GB');
  element.append(number);
  return element;
}

/** What a tab stop built here stands for: an event or an aggregate. */
export type Stop = { kind: 'event'; id: string } | { kind: 'aggregate'; id: string };

/** The tab stop (an event's label or an aggregate) that `node` is, or is inside of. */
export function stopElement(node: Element): HTMLElement | undefined {
  return node.closest<HTMLElement>('.st-label, .st-aggregate-label') ?? undefined;
}

/** What the tab stop that `node` is, or is inside of, stands for. */
export function stopOf(node: Element): Stop | undefined {
  const stop = stopElement(node);
  const aggregate = stop?.dataset.aggregate;
  if (aggregate !== undefined) return { kind: 'aggregate', id: aggregate };
  const id = stop?.dataset.id;
  return id ? { kind: 'event', id } : undefined;
}
