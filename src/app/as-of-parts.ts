/**
 * "As known on" in the app: the index every view, the handout and the presentation are given (the whole dataset, or
 * the chronology as it stood at the end of the day in the address), its search, and the control that chooses the
 * day. See docs/decisions/0019-two-clocks-and-as-of.md.
 */
import { css, html, nothing } from 'lit';
import { asOfCounts, dayText, indexAsOf, publicationDays, type AsOfChoice } from '../data/as-of.js';
import { sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import { buildSearchIndex, type EventSearch } from '../data/search.js';
import '../components/st-as-of.js';
import { msg, str } from '@lit/localize';

/** The index the views show: the whole dataset, or what had been reported by the end of the chosen day. */
export function shownIndex(index: DatasetIndex, asOf: AsOfChoice | undefined): DatasetIndex {
  return asOf ? indexAsOf(index, asOf) : index;
}

const searches = new WeakMap<DatasetIndex, EventSearch>();

/**
 * The search over what is shown: as of a day, a word found only in a later article's excerpt finds nothing. Built
 * once per index shown (the as-of indexes are themselves kept for the last few days asked).
 */
export function searchFor(shown: DatasetIndex, search: EventSearch): EventSearch {
  if (!shown.asOf) return search;
  let built = searches.get(shown);
  if (!built) {
    built = buildSearchIndex(shown);
    searches.set(shown, built);
  }
  return built;
}

/**
 * The control: a slider over the publication days and a date field; tells `change` the day asked for. `collapsible`
 * (a phone): one line saying the day shown, which opens the fields.
 */
export function asOfControl(
  shown: DatasetIndex,
  change: (choice: AsOfChoice | undefined) => void,
  collapsible = false,
) {
  const info = shown.asOf;
  const counts = info ? asOfCounts(info) : undefined;
  const possiblyArticles = info ? [...info.articles.values()].filter((state) => state === 'possibly').length : 0;
  return html`<st-as-of
    class=${info ? 'as-of-set' : ''}
    .days=${publicationDays(shown)}
    .choice=${info ? { day: info.day, possibly: info.possibly } : undefined}
    .summary=${counts ? { ...counts, possiblyArticles } : undefined}
    noun=${sourceNoun(shown)}
    ?collapsible=${collapsible}
    @st-as-of-change=${(e: CustomEvent<AsOfChoice | undefined>) => change(e.detail)}
  ></st-as-of>`;
}

function asOfNoteText(day: string, noun: 'article' | 'source'): string {
  return noun === 'article'
    ? msg(str`As known on ${day}: only what the articles published by the end of that day reported.`)
    : msg(str`As known on ${day}: only what the sources published by the end of that day reported.`);
}

/** In an embed, which has no control: a line saying which day the chronology is shown as of. */
export function asOfNote(shown: DatasetIndex) {
  const info = shown.asOf;
  if (!info) return nothing;
  return html`<p class="as-of-note">${asOfNoteText(dayText(info.day), sourceNoun(shown))}</p>`;
}

/** Said when the selected event had not been reported by the end of the day shown. */
export function notYetReported(shown: DatasetIndex, selected: string | undefined) {
  const info = shown.asOf;
  if (!info || selected === undefined || shown.event.has(selected) || !info.full.event.has(selected)) return nothing;
  return html`<p class="as-of-note" role="status">
    ${msg(str`The event chosen had not been reported by the end of ${dayText(info.day)}. Move the day later to see it.`)}
  </p>`;
}

/** The embed's line and the not-yet-reported notice, added to the app's styles. */
export const asOfStyles = css`
  /* Search, filters and the day on one line where there is room: the timeline keeps the height. */
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--st-space-2, 0.5rem) var(--st-space-3, 1rem);
    margin-bottom: var(--st-space-1, 0.25rem);
  }
  .tools > st-filter-bar {
    flex: 1 1 30rem;
    margin-bottom: 0;
  }
  .tools > st-as-of {
    flex: 0 1 auto;
  }
  .as-of-note {
    margin: 0 0 0.5rem;
    padding: 0.35rem 0.6rem;
    font-size: 0.9rem;
    border-inline-start: 4px solid var(--st-accent);
    background: var(--st-surface);
  }
`;
