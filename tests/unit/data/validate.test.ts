import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, validateDataset, validateInTurns } from '../../../src/data/validate.js';
import type { Problem } from '../../../src/data/types.js';
import { fixtureJson, fixtureText } from '../../support/fixtures.js';

const texts = new Map([['a1', fixtureText('mini/articles/a1.txt')]]);

function problemsOf(input: unknown, withTexts = true): string[] {
  const result = validateDataset(input, withTexts ? { articleTexts: texts } : {});
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts the fixture and returns it unchanged', () => {
    const input = fixtureJson();
    const copy = structuredClone(input);
    const result = validateDataset(input, { articleTexts: texts });
    expect(result.ok).toBe(true);
    expect(input).toEqual(copy);
    if (result.ok) expect(result.dataset.events.map((e) => e.id)).toEqual(['alpha-says', 'beta-denies']);
  });

  it('reports an invalid EDTF date with its path', () => {
    const data = fixtureJson();
    data.events[1]!.date = '2024-13-01';
    expect(problemsOf(data)).toEqual([
      'invalid date "2024-13-01": not a valid EDTF date (event "beta-denies") at events[1].date',
    ]);
  });

  it('accepts statedOn on events and claims as EDTF, and reports an invalid one with its path', () => {
    const data = fixtureJson();
    data.events[0]!.statedOn = '2024-10-21?';
    expect(problemsOf(data)).toEqual([]);
    data.events[1]!.statedOn = 'last Tuesday';
    data.claims[0]!.statedOn = '2024-10-32';
    expect(problemsOf(data)).toEqual([
      'invalid date "last Tuesday": not a valid EDTF date (event "beta-denies") at events[1].statedOn',
      'invalid date "2024-10-32": not a valid EDTF date (claim "units") at claims[0].statedOn',
    ]);
  });

  it('reports a missing required field', () => {
    const data = fixtureJson();
    delete data.events[0]!.dateBasis;
    expect(problemsOf(data)).toEqual(['missing required field "dateBasis" at events[0].dateBasis']);
  });

  it('reports unknown fields, so typos in field names are not silently ignored', () => {
    const data = fixtureJson();
    data.events[0]!.sumary = 'typo';
    expect(problemsOf(data)).toEqual(['unknown field "sumary" at events[0].sumary']);
  });

  it('reports wrong vocabulary with the accepted values', () => {
    const data = fixtureJson();
    data.events[0]!.status = 'rumoured';
    const [problem] = problemsOf(data);
    expect(problem).toContain('"happened"');
    expect(problem).toContain('got "rumoured" at events[0].status');
  });

  it('collects every shape problem, not just the first', () => {
    const data = fixtureJson();
    data.events[0]!.date = 'yesterday';
    data.events[1]!.kind = 42;
    delete data.articles[0]!.title;
    const paths = problemsOf(data).map((p) => p.split(' at ').at(-1));
    expect(paths).toEqual(expect.arrayContaining(['events[0].date', 'events[1].kind', 'articles[0].title']));
    expect(paths).toHaveLength(3);
  });

  it('reports duplicate ids with the first occurrence', () => {
    const data = fixtureJson();
    data.events[1]!.id = 'alpha-says';
    expect(problemsOf(data)).toContain('duplicate event id "alpha-says" (first at events[0].id) at events[1].id');
  });

  it('reports references that do not resolve', () => {
    const data = fixtureJson();
    data.events[0]!.sources[0]!.article = 'nope';
    data.events[0]!.actors = ['alpha', 'gamma'];
    data.events[1]!.related[0]!.event = 'missing';
    data.claims[0]!.claimant = 'nobody';
    expect(problemsOf(data, false)).toEqual([
      'unknown actor "gamma" at events[0].actors[1]',
      'unknown article "nope" at events[0].sources[0].article',
      'unknown event "missing" at events[1].related[0].event',
      'unknown actor "nobody" at claims[0].claimant',
    ]);
  });

  it('checks the windows: dates, event references and a single initial one', () => {
    const data = fixtureJson();
    data.windows = [
      { id: 'a', label: 'A', date: '2024-10', initial: true, event: 'nope' },
      { id: 'b', label: 'B', date: '2024-10-40', initial: true },
    ];
    expect(problemsOf(data)).toEqual([
      'invalid date "2024-10-40": not a valid EDTF date (window "b") at windows[1].date',
    ]);
    (data.windows as Record<string, unknown>[])[1]!.date = '2024-10-20/2024-10-26';
    expect(problemsOf(data)).toEqual([
      'unknown event "nope" at windows[0].event',
      'more than one window is marked initial at windows',
    ]);
  });

  it('checks that story steps point to an existing event', () => {
    const data = fixtureJson();
    data.stories = [{ id: 's', title: 'S', steps: [{ event: 'nope', note: 'A note.' }] }];
    expect(problemsOf(data)).toEqual(['unknown event "nope" at stories[0].steps[0].event']);
  });

  it('checks that the source of a story step exists on its event', () => {
    const data = fixtureJson();
    data.stories = [{ id: 's', title: 'S', steps: [{ event: 'alpha-says', source: 1 }] }];
    expect(problemsOf(data)).toEqual([
      'source 1 does not exist: event "alpha-says" has 1 source(s) at stories[0].steps[0].source',
    ]);
    data.stories = [{ id: 's', title: 'S', steps: [{ event: 'alpha-says', source: 0 }] }];
    expect(problemsOf(data)).toEqual([]);
  });

  it('reports duplicate story ids', () => {
    const data = fixtureJson();
    data.stories = [
      { id: 's', title: 'S', steps: [{ event: 'alpha-says' }] },
      { id: 's', title: 'T', steps: [{ event: 'beta-denies' }] },
    ];
    expect(problemsOf(data)).toEqual(['duplicate story id "s" (first at stories[0].id) at stories[1].id']);
  });

  it('refuses a story without steps', () => {
    const data = fixtureJson();
    data.stories = [{ id: 's', title: 'S', steps: [] }];
    expect(problemsOf(data)).toEqual(['an array needs at least one step at stories[0].steps']);
  });

  it('reports a quote changed by one character, and where it differs', () => {
    const data = fixtureJson();
    data.events[0]!.sources[0]!.quote = '“the units arrive tomorrow,"'; // straight quote for a curly one
    expect(problemsOf(data)).toEqual([
      'quote not found verbatim in article "a1" (it differs after "“the units arrive tomorrow,") at events[0].sources[0].quote',
    ]);
  });

  it('checks claim quotes too', () => {
    const data = fixtureJson();
    data.claims[0]!.source.quote = 'the units arrived tomorrow';
    expect(problemsOf(data)).toEqual([
      'quote not found verbatim in article "a1" (it differs after "the units arrive") at claims[0].source.quote',
    ]);
  });

  it('skips quote checks when no texts are given', () => {
    const data = fixtureJson();
    data.events[0]!.sources[0]!.quote = 'not in the article at all';
    expect(problemsOf(data, false)).toEqual([]);
  });

  it.each([null, 42, 'text', [], {}, { events: 'no' }])('never throws on %j', (input) => {
    expect(() => validateDataset(input)).not.toThrow();
    const result = validateDataset(input);
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});

describe('formatPath and formatProblem', () => {
  it('formats keys and indexes as a JSON path', () => {
    expect(formatPath(['events', 4, 'sources', 0, 'quote'])).toBe('events[4].sources[0].quote');
    expect(formatPath([])).toBe('');
  });

  it('writes keys that are not plain names as JSON strings, so that every path can be read back', () => {
    expect(formatPath(['events', 0, 'a.b'])).toBe('events[0]["a.b"]');
    expect(formatPath(['', 'x[0]', '$schema', '__proto__'])).toBe('[""]["x[0]"].$schema.__proto__');
    expect(formatPath(['he said "no"\u2028'])).toBe('["he said \\"no\\"\\u2028"]');
  });

  it('omits "at" for whole-document problems', () => {
    const problem: Problem = { path: '', message: 'not valid JSON' };
    expect(formatProblem(problem)).toBe('not valid JSON');
  });
});

describe('validateInTurns', () => {
  // A page validates a large dataset in turns (limits, shape, references, sourcing rules), each its own task.
  const counting = () => {
    const pauses = { count: 0 };
    const pause = () => {
      pauses.count += 1;
      return Promise.resolve();
    };
    return { pauses, pause };
  };

  it('pauses between its steps and gives what validateDataset gives', async () => {
    const { pauses, pause } = counting();
    const input = fixtureJson();
    const result = await validateInTurns(input, pause, { articleTexts: texts });
    expect(pauses.count).toBe(3);
    expect(result).toEqual(validateDataset(input, { articleTexts: texts }));
    expect(result.ok).toBe(true);
  });

  it('reports the same problems, stopping at the step that finds them', async () => {
    const data = fixtureJson();
    data.events[1]!.date = '2024-13-01';
    const { pauses, pause } = counting();
    const result = await validateInTurns(data, pause);
    expect(result).toEqual(validateDataset(data));
    expect(result.ok).toBe(false);
    // The limits passed (one pause), the shape did not: no further step ran.
    expect(pauses.count).toBe(1);
  });
});
