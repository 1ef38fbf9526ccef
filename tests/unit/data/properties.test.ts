// Properties of the data layer, checked with fast-check on thousands of generated inputs: validation and loading
// never throw, always say what is wrong and where, and point only at places that exist in the document.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset, type LoadResult, type TextReader } from '../../../src/data/load.js';
import { validateDataset, type Validation } from '../../../src/data/validate.js';
import { PROPERTY_TEST, runs } from '../../support/properties.js';

/**
 * Each property runs 1,000 cases (about 2 s on an idle core), within fast-check's time limit and a test time-out of
 * twice that, not vitest's default 5 s: on a busy 2-core machine the same runs took over 5 s and failed a green suite
 * (issue 18).
 */
const RUNS = 1000;

const dataDir = new URL('../../../data/', import.meta.url);
const realText = readFileSync(new URL('events.json', dataDir), 'utf8');
const real = JSON.parse(realText) as { articles: { id: string; file: string }[]; events: unknown[] };
/** The real article texts, by file (for the reader) and by id (for the validator). */
const files = new Map(real.articles.map((a) => [a.file, readFileSync(new URL(a.file, dataDir), 'utf8')]));
const texts = new Map(real.articles.map((a) => [a.id, files.get(a.file) ?? '']));

/** What every result must look like: a dataset, or at least one problem, each with a path and a message. */
function expectWellFormed(result: Validation | LoadResult): void {
  if (result.ok) {
    expect(typeof result.dataset).toBe('object');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

type Key = string | number;

/** Reads a path written by `formatPath` back into keys: `events[0]["a.b"].date`. */
function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  let rest = path;
  const first = /^[A-Za-z_$][\w$]*/.exec(rest);
  if (first) {
    keys.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  while (rest !== '') {
    let match: RegExpExecArray | null;
    if ((match = /^\.([A-Za-z_$][\w$]*)/.exec(rest))) keys.push(match[1]!);
    else if ((match = /^\[(\d+)\]/.exec(rest))) keys.push(Number(match[1]));
    else if ((match = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest))) keys.push(JSON.parse(match[1]!) as string);
    else throw new Error(`unreadable path ${JSON.stringify(path)} at ${JSON.stringify(rest)}`);
    rest = rest.slice(match[0].length);
  }
  return keys;
}

/** How many keys of `keys`, from the start, lead to something that exists in `doc`. */
function resolvedLength(doc: unknown, keys: readonly Key[]): number {
  let at = doc;
  for (const [i, key] of keys.entries()) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return i;
    at = (at as Record<Key, unknown>)[key];
  }
  return keys.length;
}

/** Every problem points at a place in `doc`, or at a missing field of a place in it. */
function expectPathsResolve(doc: unknown, result: Validation): void {
  if (result.ok) return;
  for (const { path, message } of result.problems) {
    const keys = parsePath(path);
    expect(resolvedLength(doc, keys), `${message} at ${path}`).toBeGreaterThanOrEqual(keys.length - 1);
  }
}

/** Sets an own property, even one named `__proto__`. */
function put(target: object, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `n` arrays, each holding the next. */
function nested(n: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < n; i++) value = [value];
  return value;
}

interface Place {
  parent: Record<Key, unknown> | unknown[];
  key: Key;
  value: unknown;
}

/** Every place in `doc` below the root, in document order. */
function places(doc: unknown): Place[] {
  const out: Place[] = [];
  const stack: unknown[] = [doc];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (typeof value !== 'object' || value === null) continue;
    const parent = value as Record<Key, unknown>;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      out.push({ parent, key, value: parent[key] });
      stack.push(parent[key]);
    }
  }
  return out;
}

const KINDS = ['delete', 'replace', 'duplicate', 'truncate', 'date', 'swap-ids', 'unknown-key', 'deep'] as const;

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 30 }));

const mutationArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  at: fc.nat(),
  other: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  text: fc.oneof(anyText, fc.constantFrom('2024-10-22', '2024-13-01', '2024-10~', '2024-10-20/2024-10-01', '')),
  n: fc.nat(100),
});
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies one mutation to `doc` in place, at the place its numbers choose; a no-op if there is no such place. */
function mutate(doc: unknown, m: Mutation): void {
  const all = places(doc);
  const pick = <T>(list: T[], n = m.at): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
  switch (m.kind) {
    case 'delete': {
      const place = pick(all);
      if (!place) return;
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else Reflect.deleteProperty(place.parent, place.key);
      return;
    }
    case 'replace': {
      const place = pick(all);
      if (place) put(place.parent, place.key, m.value);
      return;
    }
    case 'duplicate': {
      const place = pick(all.filter((p) => Array.isArray(p.parent)));
      if (place) (place.parent as unknown[]).splice(Number(place.key), 0, structuredClone(place.value));
      return;
    }
    case 'truncate': {
      const place = pick(all.filter((p) => typeof p.value === 'string' && p.value !== ''));
      if (place) put(place.parent, place.key, (place.value as string).slice(0, m.n % (place.value as string).length));
      return;
    }
    case 'date': {
      const place = pick(all.filter((p) => p.key === 'date' || p.key === 'published'));
      if (place) put(place.parent, place.key, m.text);
      return;
    }
    case 'swap-ids': {
      const ids = all.filter((p) => p.key === 'id');
      const [a, b] = [pick(ids), pick(ids, m.other)];
      if (a && b) {
        put(a.parent, a.key, b.value);
        put(b.parent, b.key, a.value);
      }
      return;
    }
    case 'unknown-key': {
      const objects = [doc, ...all.map((p) => p.value)].filter(
        (v): v is object => typeof v === 'object' && v !== null && !Array.isArray(v),
      );
      const target = pick(objects);
      if (target) put(target, m.text, m.value);
      return;
    }
    case 'deep': {
      const place = pick(all);
      if (place) put(place.parent, place.key, nested(30 + m.n));
      return;
    }
  }
}

describe('validateDataset on any input', () => {
  it('never throws on any value, and says what is wrong', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (input) => {
        expectWellFormed(validateDataset(input));
      }),
      runs(RUNS),
    );
  });

  it('never throws on JSON shaped like a dataset, and points only at places in it', PROPERTY_TEST, () => {
    const field = (keys: string[]) =>
      fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 });
    const list = (keys: string[]) => fc.oneof(fc.array(field(keys), { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }));
    const datasetLike = fc.record(
      {
        title: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
        description: fc.string(),
        articles: list(['id', 'title', 'titleIsDescriptive', 'outlet', 'published', 'publishedBasis', 'file', 'url']),
        actors: list(['id', 'name', 'aliases', 'party', 'role']),
        events: list(['id', 'title', 'date', 'dateBasis', 'kind', 'status', 'actors', 'summary', 'sources', 'related']),
        claims: list(['id', 'measure', 'counts', 'value', 'qualifier', 'unit', 'claimant', 'event', 'source']),
        disagreements: list(['id', 'topic', 'description', 'events', 'claims']),
        windows: list(['id', 'label', 'date', 'event', 'initial']),
        stories: list(['id', 'title', 'description', 'steps']),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(datasetLike, (input) => {
        const result = validateDataset(input);
        expectWellFormed(result);
        expectPathsResolve(input, result);
      }),
      runs(RUNS),
    );
  });
});

describe('loadDataset on any text', () => {
  const base = 'https://example.org/data/';
  const reader =
    (text: string): TextReader =>
    (url) => {
      if (url === `${base}events.json`) return Promise.resolve(text);
      const file = files.get(url.slice(base.length));
      return file === undefined ? Promise.reject(new Error('not found')) : Promise.resolve(file);
    };
  const deepText = fc
    .tuple(fc.nat(80), fc.constantFrom('array', 'object', 'unclosed'))
    .map(([n, kind]) =>
      kind === 'array'
        ? '['.repeat(n) + ']'.repeat(n)
        : kind === 'object'
          ? `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
          : `{"title": ${'['.repeat(n)}`,
    );
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    deepText,
    fc.nat(realText.length).map((n) => realText.slice(0, n)),
    fc
      .tuple(fc.nat(realText.length), fc.string({ unit: 'binary', maxLength: 5 }))
      .map(([n, s]) => realText.slice(0, n) + s + realText.slice(n)),
  );

  it('never rejects, and says what is wrong', PROPERTY_TEST, async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        expectWellFormed(await loadDataset(reader(text), `${base}events.json`));
      }),
      runs(RUNS),
    );
  });
});

describe('validateDataset on mutations of the real dataset', () => {
  it('never throws, and every problem points at a place in the mutated document', PROPERTY_TEST, () => {
    fc.assert(
      fc.property(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (mutations) => {
        const doc = JSON.parse(realText) as unknown;
        for (const m of mutations) mutate(doc, m);
        const before = JSON.stringify(doc);
        const result = validateDataset(doc, { articleTexts: texts });
        expectWellFormed(result);
        expectPathsResolve(doc, result);
        // The input is never changed.
        expect(JSON.stringify(doc)).toBe(before);
      }),
      runs(RUNS),
    );
  });

  it('stays valid when only free text changes: summaries, titles and date notes', PROPERTY_TEST, () => {
    const change = fc.record({
      event: fc.nat(real.events.length - 1),
      field: fc.constantFrom('summary', 'title', 'dateBasis'),
      text: fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 })),
    });
    fc.assert(
      fc.property(
        fc.array(
          change.filter((c) => c.text.trim() !== ''),
          { minLength: 1, maxLength: 5 },
        ),
        (changes) => {
          const doc = JSON.parse(realText) as { events: Record<string, unknown>[] };
          for (const { event, field, text } of changes) doc.events[event]![field] = text;
          const result = validateDataset(doc, { articleTexts: texts });
          expect(result.problems).toEqual([]);
          if (result.ok)
            for (const { event, field, text } of changes.slice(-1)) {
              expect((result.dataset.events[event] as Record<string, unknown>)[field]).toBe(text.trim());
            }
        },
      ),
      runs(RUNS),
    );
  });
});
