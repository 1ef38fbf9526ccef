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
  label.setAttribute('aria-label', model.label);

  const marker = document.createElement('span');
  marker.className = 'st-marker';
  marker.setAttribute('aria-hidden', 'true');

  const title = document.createElement('span');
  title.className = 'st-title';
  title.textContent = model.title;

  const count = document.createElement('span');
  count.className = 'st-count';
  count.setAttribute('aria-hidden', 'true');
  count.textContent = String(model.sources);

  label.append(marker, title, count);
  return label;
}

export function laneElement(lane: LaneModel): HTMLElement {
  const element = document.createElement('span');
  // An unlabelled lane gets no class, so it takes no padding and the label column collapses.
  if (lane.label !== '') element.className = 'st-lane';
  element.textContent = lane.label;
  return element;
}
