/**
 * What a presentation shows, one event at a time: a deck of slides built from a guided story of the
 * dataset, or from the events the reader has filtered. And the keys a presenter's clicker sends. Pure.
 */
import { indexAsOf, publicationDays } from '../data/as-of.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { Source, Story, TimelineEvent } from '../data/types.js';
import { msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';
import { eventCount } from '../i18n/words.js';

/** A step of the replay "as it unfolded": one publication day, and what it brought. */
export interface SlideDay {
  /** `YYYY-MM-DD`. */
  day: string;
  /** The chronology as known at the end of that day. */
  index: DatasetIndex;
  /** The events first shown that day (the slide's own event first), in date order. */
  arrived: readonly TimelineEvent[];
}

export interface Slide {
  event: TimelineEvent;
  /** The key excerpt shown with the event; none for an event the dataset gives no source for. */
  source: Source | undefined;
  /** For the presenter only. */
  note: string | undefined;
  /** For the class. */
  question: string | undefined;
  /** In the replay "as it unfolded": the day this step shows. */
  day?: SlideDay;
}

export interface Deck {
  /** A story's id, or {@link ALL_EVENTS}. */
  id: string;
  title: string;
  description: string | undefined;
  slides: readonly Slide[];
}

/** The deck of every event shown (after the filters), in date order. */
export const ALL_EVENTS = 'events';

/** A story as slides; steps whose event is missing (an unvalidated dataset) are skipped. */
export function storyDeck(index: DatasetIndex, story: Story): Deck {
  const slides: Slide[] = [];
  for (const step of story.steps) {
    const event = index.event.get(step.event);
    const source = event?.sources[step.source ?? 0] ?? event?.sources[0];
    if (event) slides.push({ event, source, note: step.note, question: step.question });
  }
  return { id: story.id, title: story.title, description: story.description, slides };
}

/** The events as slides, in the order given, each with its first excerpt. */
export function eventsDeck(events: readonly TimelineEvent[], filtered: boolean): Deck {
  const slides = events.map((event) => ({ event, source: event.sources[0], note: undefined, question: undefined }));
  const title = filtered ? msg('The events shown') : msg('All events');
  return { id: ALL_EVENTS, title, description: msg(str`${eventCount(slides.length)} in date order`), slides };
}

/** The replay of the events shown, one step per publication day. */
export const UNFOLDED = 'as-it-unfolded';

/**
 * The events shown "as they unfolded": one step per publication day that brought one of them (up to the day shown,
 * if any), each with the chronology as known by the end of that day. A forecast appears as a forecast, and its
 * outcome on the day it was reported.
 */
export function unfoldedDeck(index: DatasetIndex, events: readonly TimelineEvent[]): Deck {
  const full = index.asOf?.full ?? index;
  const wanted = new Set(events.map((event) => event.id));
  const possibly = index.asOf?.possibly ?? false;
  const slides: Slide[] = [];
  for (const day of publicationDays(full)) {
    if (index.asOf && day > index.asOf.day) break;
    const known = indexAsOf(full, { day, possibly });
    const arrived = known.events.filter((event) => known.asOf?.arrived.has(event.id) && wanted.has(event.id));
    const first = arrived[0];
    if (!first) continue;
    slides.push({
      event: first,
      source: first.sources[0],
      note: undefined,
      question: undefined,
      day: { day, index: known, arrived },
    });
  }
  const days = numberText(slides.length);
  const description = msg(str`${days} publication days, each with what it brought`);
  return { id: UNFOLDED, title: msg('As it unfolded'), description, slides };
}

/** Every deck on offer: the dataset's stories, then the events shown, then their replay day by day. */
export function decks(index: DatasetIndex, events: readonly TimelineEvent[], filtered: boolean): Deck[] {
  const stories = (index.dataset.stories ?? []).map((story) => storyDeck(index, story));
  const unfolded = unfoldedDeck(index, events);
  return [
    ...stories.filter((deck) => deck.slides.length > 0),
    eventsDeck(events, filtered),
    ...(unfolded.slides.length > 0 ? [unfolded] : []),
  ];
}

/** The deck asked for, else the first story, else the events. */
export function chooseDeck(all: readonly Deck[], id: string | undefined): Deck | undefined {
  return all.find((deck) => deck.id === id) ?? all[0];
}

export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'notes';

/** The keys of a keyboard or presenter clicker (clickers send Page Down / Page Up, some arrows or Space). */
export function presentAction(key: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}): PresentAction | undefined {
  if (key.altKey || key.ctrlKey || key.metaKey) return undefined;
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return key.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'n':
    case 'N':
      return 'notes';
    default:
      return undefined;
  }
}

/** The step after an action, kept inside the deck; `undefined` for actions that do not move. */
export function stepAfter(action: PresentAction, step: number, length: number): number | undefined {
  const last = Math.max(0, length - 1);
  const moved: Partial<Record<PresentAction, number>> = { next: step + 1, previous: step - 1, first: 0, last };
  const to = moved[action];
  return to === undefined ? undefined : Math.min(last, Math.max(0, to));
}

/** `7 / 24`: the step counted from one. */
export const progressText = (step: number, length: number): string =>
  `${numberText(Math.min(step + 1, length))} / ${numberText(length)}`;
