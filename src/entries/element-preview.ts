/**
 * The page the embed dialog previews the `<sourced-timeline>` snippet in (element.html): the real element on an
 * otherwise empty page, as a site that pastes the snippet shows it, with the attributes the snippet would give it
 * taken from this page's query (`elementPageUrl` in src/embed/snippet.ts): `data` as `src` (else the app's dataset), view, event,
 * as-of day, theme and accent. Only attributes are set, so nothing in the query reaches markup.
 */
import { addressSource } from '../app/state-source.js';
import './sourced-timeline.js';

const ATTRIBUTES = ['view', 'event', 'asof', 'theme', 'accent'] as const;

const query = new URLSearchParams(addressSource().search());
const element = document.createElement('sourced-timeline');
// The app's dataset, as index.html names it, unless the query names another (both relative to this page).
element.setAttribute('src', new URL(query.get('data') || 'data/events.json', document.baseURI).href);
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value) element.setAttribute(name, value);
}
document.body.append(element);
