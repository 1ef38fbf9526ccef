import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../../src/data/import/index.js';
import { validateDataset } from '../../../../src/data/validate.js';
import { eventOf, fixture, imported, problems } from './helpers.js';

const csv = (...rows: string[]) => rows.join('\n');

describe("importText(name, text) with this app's CSV", () => {
  it('imports data/examples/template.csv, which teaches the columns', () => {
    const text = readFileSync(new URL('../../../../data/examples/template.csv', import.meta.url), 'utf8');
    const result = imported(importText('template.csv', text));
    expect(result.format).toBe('csv');
    expect(validateDataset(result.dataset).problems).toEqual([]);
    expect(result.dataset.events.map((e) => e.date)).toEqual([
      '2024-10-22',
      '2024-10~',
      '2024-10-28/2024-11-03',
      '-0489',
    ]);
    expect(eventOf(result, 'example-event').sources).toHaveLength(2);
    expect(result.dataset.events[3]?.unsourced).toBe(true);
  });

  it('reads columns in any order and case, declares the groups, kinds and actors it meets', () => {
    const result = importText(
      'c.csv',
      csv(
        'Title,DATE,Kind,Group,Actors,Status,source url,Quote',
        'Example: a vote,2024-10-01,Council vote,City council,Example A; Example B,claimed,https://example.org/a,Some words',
      ),
    );
    const { dataset } = imported(result);
    expect(dataset.groups).toEqual([{ id: 'city-council', label: 'City council' }]);
    expect(dataset.kinds).toEqual([{ id: 'council-vote', label: 'Council vote' }]);
    expect(dataset.actors).toEqual([
      { id: 'example-a', name: 'Example A' },
      { id: 'example-b', name: 'Example B' },
    ]);
    expect(dataset.events[0]).toEqual({
      id: 'event-1',
      title: 'Example: a vote',
      date: '2024-10-01',
      dateBasis: 'From the CSV "c.csv", row 2.',
      status: 'claimed',
      group: 'city-council',
      kind: 'council-vote',
      actors: ['example-a', 'example-b'],
      sources: [{ url: 'https://example.org/a', quote: 'Some words' }],
    });
  });

  it('keeps the date basis the file gives, word for word', () => {
    const text = csv('date,title,date_basis', '2024,Example,"The report is dated 2024, no month given."');
    expect(imported(importText('c.csv', text)).dataset.events[0]?.dateBasis).toBe(
      'The report is dated 2024, no month given.',
    );
  });

  it('lists each bad row with its reason, and writes nothing without skipInvalid', () => {
    expect(problems(importText('bad-rows.csv', fixture('bad-rows.csv')))).toEqual([
      'row 3: no date (the date column is empty)',
      'row 4: invalid date "2024-13-01": not a valid EDTF date',
      'row 5: invalid date "Y-300000": beyond the years a browser can place (270,000 BCE to 270,000 CE)',
      'row 6: status "rumoured" is not one of happened, claimed, expected, denied',
      'row 7: source_url "javascript:alert(1)" is not a web address (http or https, no user name or password)',
      'row 8: source columns are filled but source_url is empty (give the address of the page, or source_article)',
      'row 10: its title differs from row 2; a row that repeats an id only adds a source',
      'row 11: no title (the title column is empty)',
    ]);
  });

  it('adds the sources of rows that repeat an id to the event', () => {
    const result = imported(importText('bad-rows.csv', fixture('bad-rows.csv'), { skipInvalid: true }));
    expect(eventOf(result, 'good-row').sources).toEqual([
      { url: 'https://example.org/minutes', title: 'Minutes' },
      { url: 'https://example.org/second', title: 'Second source' },
    ]);
    expect(result.dataset.description).toBe(
      `Imported from "bad-rows.csv", a CSV in this app's format. On import, 8 rows of "bad-rows.csv" could not be read and were left out.`,
    );
  });

  it('refuses an unknown column, so that a misspelt one is not lost', () => {
    expect(problems(importText('c.csv', csv('date,title,sumary', '2024,Example,Words')))).toEqual([
      `row 1: unknown column "sumary" (the columns are: ${[
        'date',
        'title',
        'summary',
        'date_basis',
        'status',
        'group',
        'kind',
        'actors',
        'source_url',
        'source_title',
        'source_outlet',
        'source_published',
        'quote',
        'source_via',
        'source_article',
        'id',
      ].join(', ')})`,
    ]);
  });

  it('declares a stored article for source_article and names its text file', () => {
    const text = csv(
      'date,title,source_article,source_title,quote,id',
      '2024,Example,a1,An example article,Some words of it,ev',
      ',,a1,An example article,Other words of it,ev',
    );
    const result = imported(importText('c.csv', text));
    expect(result.dataset.articles).toEqual([{ id: 'a1', title: 'An example article', file: 'articles/a1.txt' }]);
    expect(result.files).toEqual(['articles/a1.txt']);
    expect(eventOf(result, 'ev').sources).toEqual([
      { article: 'a1', quote: 'Some words of it' },
      { article: 'a1', quote: 'Other words of it' },
    ]);
  });

  it('removes the apostrophe the export puts before text a spreadsheet would run as a formula', () => {
    const text = csv('date,title,summary', `2024,'=Example,'-1 is negative`);
    const event = imported(importText('c.csv', text)).dataset.events[0];
    expect([event?.title, event?.summary]).toEqual(['=Example', '-1 is negative']);
  });
});
