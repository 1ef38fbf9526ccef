import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';
import type { Dataset } from '../../../src/data/types.js';
import {
  ALL_EVENTS,
  chooseDeck,
  decks,
  eventsDeck,
  presentAction,
  progressText,
  stepAfter,
  storyDeck,
  unfoldedDeck,
  UNFOLDED,
  type PresentAction,
} from '../../../src/present/deck.js';
import { fixtureJson } from '../../support/fixtures.js';
import { indexAsOf } from '../../../src/data/as-of.js';
import { readFileSync } from 'node:fs';

function fixtureIndex(patch: (dataset: Dataset) => void = () => undefined) {
  const result = validateDataset(fixtureJson());
  if (!result.ok) throw new Error('fixture');
  const dataset = structuredClone(result.dataset);
  patch(dataset);
  return indexDataset(dataset);
}

const key = (k: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('presentAction: the keys a clicker or keyboard sends', () => {
  const cases: [ReturnType<typeof key>, PresentAction | undefined][] = [
    [key('ArrowRight'), 'next'],
    [key('ArrowDown'), 'next'],
    [key('PageDown'), 'next'],
    [key(' '), 'next'],
    [key('ArrowLeft'), 'previous'],
    [key('ArrowUp'), 'previous'],
    [key('PageUp'), 'previous'],
    [key(' ', { shiftKey: true }), 'previous'],
    [key('Home'), 'first'],
    [key('End'), 'last'],
    [key('Escape'), 'exit'],
    [key('n'), 'notes'],
    [key('Tab'), undefined],
    [key('Enter'), undefined],
    [key('ArrowRight', { altKey: true }), undefined],
    [key('PageDown', { ctrlKey: true }), undefined],
  ];
  for (const [pressed, action] of cases) {
    const name = `${pressed.shiftKey ? 'Shift+' : ''}${pressed.altKey ? 'Alt+' : ''}${pressed.ctrlKey ? 'Ctrl+' : ''}`;
    it(`${name}${pressed.key === ' ' ? 'Space' : pressed.key} → ${String(action)}`, () => {
      expect(presentAction(pressed)).toBe(action);
    });
  }
});

describe('stepAfter and progressText', () => {
  it('moves within the deck and stops at its ends', () => {
    expect(stepAfter('next', 0, 3)).toBe(1);
    expect(stepAfter('next', 2, 3)).toBe(2);
    expect(stepAfter('previous', 0, 3)).toBe(0);
    expect(stepAfter('previous', 2, 3)).toBe(1);
    expect(stepAfter('first', 2, 3)).toBe(0);
    expect(stepAfter('last', 0, 3)).toBe(2);
    expect(stepAfter('exit', 1, 3)).toBeUndefined();
    expect(stepAfter('notes', 1, 3)).toBeUndefined();
    expect(stepAfter('next', 0, 0)).toBe(0);
  });
  it('counts from one', () => {
    expect(progressText(6, 24)).toBe('7 / 24');
    expect(progressText(0, 1)).toBe('1 / 1');
  });
});

describe('decks', () => {
  it('makes one slide per event shown, with its first excerpt, when there is no story', () => {
    const index = fixtureIndex();
    const deck = eventsDeck(index.events, false);
    expect(deck.id).toBe(ALL_EVENTS);
    expect(deck.slides.map((slide) => slide.event.id)).toEqual(index.events.map((event) => event.id));
    expect(deck.slides.every((slide, i) => slide.source === index.events[i]?.sources[0])).toBe(true);
    expect(eventsDeck(index.events.slice(1), true).title).toBe('The events shown');
    expect(decks(index, index.events, false).map((d) => d.id)).toEqual([ALL_EVENTS, UNFOLDED]);
  });

  it('follows a story step by step, with its chosen excerpt, note and question', () => {
    const index = fixtureIndex((dataset) => {
      const [first, second] = dataset.events;
      if (!first || !second) throw new Error('fixture has fewer than two events');
      dataset.stories = [
        {
          id: 'walk',
          title: 'A walk',
          steps: [
            { event: second.id, note: 'Say this.', question: 'Why?' },
            { event: first.id, source: first.sources.length - 1 },
            { event: 'missing-event' },
          ],
        },
      ];
    });
    const story = index.dataset.stories?.[0];
    if (!story) throw new Error('no story');
    const deck = storyDeck(index, story);
    const [one, two] = index.dataset.events;
    expect(deck.slides.map((slide) => slide.event.id)).toEqual([two?.id, one?.id]);
    expect(deck.slides[0]).toMatchObject({ note: 'Say this.', question: 'Why?', source: two?.sources[0] });
    expect(deck.slides[1]?.source).toBe(one?.sources.at(-1));
    const all = decks(index, index.events, false);
    expect(all.map((d) => d.id)).toEqual(['walk', ALL_EVENTS, UNFOLDED]);
    expect(chooseDeck(all, undefined)?.id).toBe('walk');
    expect(chooseDeck(all, ALL_EVENTS)?.id).toBe(ALL_EVENTS);
    expect(chooseDeck(all, 'nope')?.id).toBe('walk');
  });
});

describe('unfoldedDeck: the events as they unfolded, one step per publication day', () => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error('curated dataset');
  const curated = indexDataset(result.dataset);
  const FORECAST = 'nk-first-units-expected-kursk-2024-10-23';

  it('shows each day what it brought, each event once, on the first day it was reported', () => {
    const deck = unfoldedDeck(curated, curated.events);
    const days = deck.slides.map((slide) => slide.day?.day);
    expect(days).toEqual([...days].sort());
    expect(new Set(days).size).toBe(days.length);
    const arrived = deck.slides.flatMap((slide) => slide.day?.arrived.map((event) => event.id) ?? []);
    expect(new Set(arrived).size).toBe(arrived.length);
    // Every event with a dated source arrives on some day; each slide's event is the first of its day.
    for (const slide of deck.slides) expect(slide.event).toBe(slide.day?.arrived[0]);
    expect(deck.slides[0]?.day?.day).toBe('2024-10-22');
  });

  it('keeps a forecast a forecast until the day its outcome is reported, which that step shows arriving', () => {
    const deck = unfoldedDeck(curated, curated.events);
    const outcome = curated.event.get(FORECAST)?.related.find((r) => r.type === 'outcome')?.event;
    const forecastDay = deck.slides.find((slide) => slide.day?.arrived.some((e) => e.id === FORECAST));
    expect(forecastDay?.day?.index.event.get(FORECAST)?.related.some((r) => r.type === 'outcome')).toBe(false);
    if (outcome === undefined) return;
    const outcomeDay = deck.slides.find((slide) => slide.day?.arrived.some((e) => e.id === outcome));
    expect(outcomeDay?.day?.day && forecastDay?.day?.day && outcomeDay.day.day > forecastDay.day.day).toBe(true);
    expect(outcomeDay?.day?.index.event.get(FORECAST)?.related.some((r) => r.type === 'outcome')).toBe(true);
  });

  it('stops at the day shown, and replays only the events the filters leave', () => {
    const asOf = indexAsOf(curated, { day: '2024-10-25', possibly: false });
    const deck = unfoldedDeck(asOf, asOf.events.slice(0, 3));
    expect(deck.slides.every((slide) => (slide.day?.day ?? '') <= '2024-10-25')).toBe(true);
    const arrived = deck.slides.flatMap((slide) => slide.day?.arrived.map((event) => event.id) ?? []);
    expect(arrived.sort()).toEqual(
      asOf.events
        .slice(0, 3)
        .map((event) => event.id)
        .sort(),
    );
  });
});
