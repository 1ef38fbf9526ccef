// How an event is sourced: articles, original sources, the single-source marks and their words.
import { describe, expect, it } from 'vitest';
import {
  eventOrigins,
  eventSourcing,
  originKey,
  sharedSingleOrigin,
  sourcingText,
  type SourcingNames,
} from '../../../src/data/sourcing.js';
import type { Actor, Source } from '../../../src/data/types.js';

const actors = new Map<string, Pick<Actor, 'speaksFor'>>([
  ['chief', { speaksFor: 'agency' }],
  ['agency', {}],
  ['outlet', {}],
  ['minister', {}],
]);
const NAMES: Record<string, string> = {
  chief: 'The Chief',
  agency: 'The Agency',
  outlet: 'The Outlet',
  minister: 'The Minister',
};
const names: SourcingNames = { actor: (id) => NAMES[id] ?? id, noun: 'article' };
const event = (sources: Source[], datedBy?: string[]) => ({ sources, ...(datedBy ? { datedBy } : {}) });

describe('originKey(source, actors)', () => {
  it('is the article’s own reporting without a via chain, else the last actor of the chain', () => {
    expect(originKey({ article: 'a1' }, actors)).toBe('article:a1');
    expect(originKey({ article: 'a1', via: ['outlet', 'minister'] }, actors)).toBe('minister');
  });

  it('folds an actor into the one it speaks for', () => {
    expect(originKey({ article: 'a1', via: ['outlet', 'chief'] }, actors)).toBe('agency');
    expect(originKey({ article: 'a1', via: ['unknown'] }, actors)).toBe('unknown');
  });
});

describe('eventSourcing(event, actors)', () => {
  it('a statement repeated by three articles, two of them through an outlet: 3 articles, 1 original source', () => {
    const sourcing = eventSourcing(
      event([
        { article: 'a1', via: ['minister'] },
        { article: 'a2', via: ['outlet', 'minister'] },
        { article: 'a3', via: ['outlet', 'minister'] },
      ]),
      actors,
    );
    expect(sourcing).toEqual({
      articles: ['a1', 'a2', 'a3'],
      origins: [{ key: 'minister', speakers: ['minister'], articles: ['a1', 'a2', 'a3'] }],
      singleArticle: false,
      singleOrigin: true,
      dateArticle: undefined,
    });
    expect(sourcingText(sourcing, names)).toBe('Reported in 3 articles, 1 original source: The Minister');
  });

  it('one article, however many excerpts: a single source', () => {
    const sourcing = eventSourcing(event([{ article: 'a1' }, { article: 'a1', via: ['minister'] }]), actors);
    expect(sourcing.singleArticle).toBe(true);
    expect(sourcing.singleOrigin).toBe(false);
    expect(sourcingText(sourcing, names)).toBe('Reported in 1 article');
  });

  it('articles reporting on their own are independent of each other', () => {
    const sourcing = eventSourcing(event([{ article: 'a1' }, { article: 'a2' }]), actors);
    expect(sourcing.origins.map((o) => o.key)).toEqual(['article:a1', 'article:a2']);
    expect(sourcing.singleOrigin).toBe(false);
    expect(sourcingText(sourcing, names)).toBe('Reported in 2 articles, 2 original sources');
  });

  it('says so when the only original source is an article’s own reporting, or a spokesperson', () => {
    const own = eventSourcing(event([{ article: 'a1' }, { article: 'a1' }, { article: 'a2', via: ['a'] }]), actors);
    expect(own.origins).toHaveLength(2);
    const chief = eventSourcing(
      event([
        { article: 'a1', via: ['chief'] },
        { article: 'a2', via: ['agency'] },
      ]),
      actors,
    );
    expect(sourcingText(chief, names)).toBe(
      'Reported in 2 articles, 1 original source: The Agency and The Chief, who speaks for it',
    );
    const onlyChief = eventSourcing(
      event([
        { article: 'a1', via: ['chief'] },
        { article: 'a2', via: ['chief'] },
      ]),
      actors,
    );
    expect(sourcingText(onlyChief, names)).toBe('Reported in 2 articles, 1 original source: The Chief, for The Agency');
    const twoOwn = eventSourcing(
      event([
        { article: 'a1', via: ['x'] },
        { article: 'a2', via: ['x'] },
      ]),
      actors,
    );
    expect(sourcingText(twoOwn, names)).toBe('Reported in 2 articles, 1 original source: x');
  });

  it('finds the one article a date rests on, only when several report the event', () => {
    const sources = [{ article: 'a1' }, { article: 'a2' }];
    expect(eventSourcing(event(sources, ['a2']), actors).dateArticle).toBe('a2');
    expect(eventSourcing(event(sources, ['a1', 'a2']), actors).dateArticle).toBeUndefined();
    expect(eventSourcing(event(sources), actors).dateArticle).toBeUndefined();
    expect(eventSourcing(event([{ article: 'a1' }], ['a1']), actors).dateArticle).toBeUndefined();
  });

  it('has nothing to say of an event without sources', () => {
    const sourcing = eventSourcing(event([]), actors);
    expect([sourcing.singleArticle, sourcing.singleOrigin, sourcing.origins]).toEqual([false, false, []]);
    expect(sourcingText(sourcing, names)).toBe('');
  });
});

describe('sharedSingleOrigin(a, b, actors)', () => {
  it('is the one source two events both go back to, folding spokespeople into their body', () => {
    const forecast = event([
      { article: 'a1', via: ['outlet', 'chief'] },
      { article: 'a2', via: ['chief'] },
    ]);
    const outcome = event([{ article: 'a3', via: ['agency'] }]);
    expect(sharedSingleOrigin(forecast, outcome, actors)).toBe('agency');
    expect(eventOrigins(forecast, actors)).toEqual([{ key: 'agency', speakers: ['chief'], articles: ['a1', 'a2'] }]);
  });

  it('is undefined when either side has another source, or none', () => {
    const one = event([{ article: 'a1', via: ['minister'] }]);
    expect(sharedSingleOrigin(one, event([{ article: 'a2', via: ['agency'] }]), actors)).toBeUndefined();
    const two = event([{ article: 'a2', via: ['minister'] }, { article: 'a3' }]);
    expect(sharedSingleOrigin(one, two, actors)).toBeUndefined();
    expect(sharedSingleOrigin(one, event([]), actors)).toBeUndefined();
  });
});
