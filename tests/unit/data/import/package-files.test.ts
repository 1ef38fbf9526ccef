// The files that ship with @knight-lab/timelinejs (a devDependency) are the reference for what TimelineJS reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../src/data/import/index.js';
import { validateDataset } from '../../../../src/data/validate.js';
import { imported, problems } from './helpers.js';

const root = new URL('../../../../node_modules/@knight-lab/timelinejs/src/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('importText(name, text) with the files TimelineJS ships', () => {
  it.each([
    ['template/my-own-timeline.csv', 'timelinejs-csv', 10],
    ['js/core/__tests__/women_in_computing.csv', 'timelinejs-csv', 10],
    ['template/all-media-types.json', 'timelinejs-json', 41],
    ['template/eras.json', 'timelinejs-json', 20],
  ])('imports %s whole, and the result validates', (path, format, events) => {
    const result = imported(importText(path.split('/').pop() ?? path, read(path)));
    expect(result.format).toBe(format);
    expect(result.dataset.events).toHaveLength(events);
    expect(result.skipped).toEqual([]);
    expect(validateDataset(result.dataset).problems).toEqual([]);
  });

  it.each([
    ['template/cosmo.json', 1, 6],
    ['template/cosmo-mixed.json', 7, 4],
  ])('imports %s with skipInvalid: years beyond 270,000 BCE are listed and left out', (path, kept, left) => {
    const name = path.split('/').pop() ?? path;
    expect(problems(importText(name, read(path)))).toHaveLength(left);
    const result = imported(importText(name, read(path), { skipInvalid: true }));
    expect([result.dataset.events.length, result.skipped.length]).toEqual([kept, left]);
    expect(result.skipped.every((p) => p.message.includes('beyond the years a browser can place'))).toBe(true);
    expect(validateDataset(result.dataset).problems).toEqual([]);
  });

  it('refuses js/core/__tests__/parser_test.csv, a test of the CSV parser with no dates, and says why', () => {
    expect(problems(importText('parser_test.csv', read('js/core/__tests__/parser_test.csv')))).toEqual([
      expect.stringMatching(/^row 1: the header matches no format this app reads: .*"title", "count", "description"$/),
    ]);
  });

  it('reads the template as TimelineJS does: its ENIAC women slide spans July 1943 to 1946 with a video page as source', () => {
    const result = imported(importText('my-own-timeline.csv', read('template/my-own-timeline.csv')));
    const event = result.dataset.events.find((e) => e.title === '...And the women who made it work');
    expect(event?.date).toBe('1943-07/1946');
    expect(event?.sources).toEqual([
      {
        url: 'https://www.youtube.com/watch?v=aPweFhhXFvY',
        title: 'Jean Bartik talks about the ENIAC women (Computer History Museum)',
      },
    ]);
  });
});
