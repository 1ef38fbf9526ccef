/**
 * What a presentation shows, one event at a time: a deck of slides built from a guided story of the
 * dataset, or from the events the reader has filtered. And the keys a presenter's clicker sends. Pure.
 */
import type { DatasetIndex } from '../data/dataset-index.js';
import type { Source, Story, TimelineEvent } from '../data/types.js';

export interface Slide {
  event: TimelineEvent;
  /** The key excerpt shown with the event; none for an event the dataset gives no source for. */
  source: Source | undefined;
  /** For the presenter only. */
  note: string | undefined;
  /** For the class. */
  question: string | undefined;
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
  const title = filtered ? 'The events shown' : 'All events';
  return { id: ALL_EVENTS, title, description: `${slides.length} events in date order`, slides };
}

/** Every deck on offer: the dataset's stories, then the events shown. */
export function decks(index: DatasetIndex, events: readonly TimelineEvent[], filtered: boolean): Deck[] {
  const stories = (index.dataset.stories ?? []).map((story) => storyDeck(index, story));
  return [...stories.filter((deck) => deck.slides.length > 0), eventsDeck(events, filtered)];
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
export const progressText = (step: number, length: number): string => `${Math.min(step + 1, length)} / ${length}`;
