/**
 * How an event is sourced, in the words every view shows: "Reported in 3 articles, 1 original source: …", the
 * single-source mark and why, a date that rests on one article, each excerpt's chain of sourcing, and the editor's
 * notes that come from outside the sources. Pure: the views (details, list, claims, handout, presentation) lay it out.
 */
import { sourceNoun, type DatasetIndex } from './dataset-index.js';
import {
  eventSourcing,
  SINGLE_SOURCE_TEXT,
  sourcingCountText,
  sourcingCounts,
  sourcingText,
  type SourcingNames,
} from './sourcing.js';
import type { Source, TimelineEvent } from './types.js';
import { msg, str } from '@lit/localize';

/** A note of the editors' own, from outside the sources, with what it is about. */
export interface EditorNoteView {
  /** "this event", or the actor's or article's name. */
  about: string;
  text: string;
}

export interface EventSourcingView {
  /** "Reported in 3 articles, 1 original source: …"; empty for an event without sources. */
  line: string;
  /** The same without the names: "Reported in 3 articles, 1 original source". */
  count: string;
  /** The same without the verb: "3 articles, 1 original source". */
  counts: string;
  /**
   * Why the event rests on a single source, when it does: one article reports it, or all of its articles go back
   * to one original source. Undefined otherwise.
   */
  single: string | undefined;
  /** Why the date rests on one article, when several report the event and only one gives the date. */
  date: string | undefined;
  /** The editors' notes on the event and its actors, labelled as coming from outside the sources. */
  notes: EditorNoteView[];
}

/** The label every editor's note carries: it does not come from the sources. */
export function editorNoteLabel(index: DatasetIndex): string {
  return sourceNoun(index) === 'article'
    ? msg('Editor’s note, from outside the articles')
    : msg('Editor’s note, from outside the sources');
}

function names(index: DatasetIndex): SourcingNames {
  return { actor: (id) => index.actor.get(id)?.name ?? id, noun: sourceNoun(index) };
}

export function eventSourcingView(index: DatasetIndex, event: TimelineEvent): EventSourcingView {
  const sourcing = eventSourcing(event, index.actor);
  const noun = sourceNoun(index);
  const single = sourcing.singleArticle
    ? SINGLE_SOURCE_TEXT.article(noun)
    : sourcing.singleOrigin
      ? SINGLE_SOURCE_TEXT.origin(noun, sourcing.articles.length)
      : undefined;
  const dateArticle = sourcing.dateArticle === undefined ? undefined : index.article.get(sourcing.dateArticle);
  const notes: EditorNoteView[] = [];
  if (event.editorNote) notes.push({ about: msg('this event'), text: event.editorNote });
  for (const id of event.actors) {
    const actor = index.actor.get(id);
    if (actor?.editorNote) notes.push({ about: actor.name, text: actor.editorNote });
  }
  return {
    line: sourcingText(sourcing, names(index)),
    count: sourcingCountText(sourcing, noun),
    counts: sourcingCounts(sourcing, noun),
    single,
    date: dateArticle ? SINGLE_SOURCE_TEXT.date(noun, `“${dateArticle.title}”`) : undefined,
    notes,
  };
}

/**
 * Whom an excerpt is attributed to, along its chain of sourcing: "Attributed to The Chief, via The Outlet" for
 * `via: ["outlet", "chief"]` (the article cites the outlet, which had it from the chief). Undefined without a chain.
 */
export function viaText(index: DatasetIndex, source: Pick<Source, 'via'>): string | undefined {
  const chain = source.via;
  if (!chain || chain.length === 0) return undefined;
  const { actor } = names(index);
  const [...links] = chain;
  const original = links.pop() ?? '';
  const from = actor(original);
  return [msg(str`Attributed to ${from}`), ...links.reverse().map((id) => msg(str`via ${actor(id)}`))].join(', ');
}
