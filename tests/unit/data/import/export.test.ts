import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../../../src/data/import/index.js';
import { importText, toCsv, toTimelineJs } from '../../../../src/data/import/index.js';
import type { Dataset } from '../../../../src/data/types.js';
import type { SourceFile } from '../../../../src/data/import/types.js';
import { validateDataset } from '../../../../src/data/validate.js';
import { imported } from './helpers.js';

const curated = (): Dataset => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../../data/events.json', import.meta.url), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error('data/events.json does not validate');
  return result.dataset;
};

/** A small dataset with link sources, a window and text that needs escaping. */
const linked = (): Dataset => {
  const result = validateDataset({
    title: 'Example <links> & "quotes"',
    description: 'A made-up dataset for the export tests.',
    groups: [{ id: 'side-a', label: 'Side A' }],
    kinds: [{ id: 'vote', label: 'Vote' }],
    actors: [
      { id: 'a', name: 'Example actor', group: 'side-a' },
      { id: 'wire', name: 'Example wire' },
    ],
    events: [
      {
        id: 'first',
        title: '=Example <b>not bold</b>',
        date: '2024-10-22T14:30:00Z',
        dateBasis: 'Made up for the test.',
        status: 'expected',
        kind: 'vote',
        actors: ['a'],
        summary: '-1 first line\nsecond line',
        sources: [
          {
            url: 'https://example.org/a',
            title: 'Page A',
            outlet: 'Example outlet',
            published: '2024-10-22',
            quote: 'A “quote”',
            via: ['wire', 'a'],
          },
          { url: 'https://example.org/b.jpg' },
        ],
      },
      { id: 'second', title: 'Example two', date: '-0489~', dateBasis: 'Made up.', unsourced: true },
    ],
    windows: [{ id: 'w', label: 'Example window', date: '2024-10' }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
};

describe('the public API of src/data/import', () => {
  it('exports importText, toTimelineJs, toCsv and toIcs and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['importText', 'toCsv', 'toIcs', 'toTimelineJs']);
  });
});

describe('toTimelineJs(dataset)', () => {
  it('escapes every string it writes into TimelineJS HTML', () => {
    const file = toTimelineJs(linked());
    expect(file.title.text.headline).toBe('Example &lt;links&gt; &amp; &quot;quotes&quot;');
    expect(file.events[0]?.text.headline).toBe('=Example &lt;b&gt;not bold&lt;/b&gt;');
    expect(file.events[0]?.text.text).toContain('<p>-1 first line<br>second line</p>');
  });

  it('writes dates as start_date and end_date with a readable display_date, groups by label, windows as eras', () => {
    const file = toTimelineJs(linked());
    expect(file.events[0]).toMatchObject({
      unique_id: 'first',
      start_date: { year: '2024', month: '10', day: '22', hour: '14', minute: '30' },
      display_date: '22 Oct 2024, 14:30 UTC',
      group: 'Side A',
    });
    expect(file.events[1]).toMatchObject({ start_date: { year: '-490' }, display_date: 'about 490 BCE' });
    expect(file.eras).toEqual([
      {
        start_date: { year: '2024', month: '10' },
        end_date: { year: '2024', month: '10' },
        text: { headline: 'Example window' },
      },
    ]);
  });

  it('credits the outlet that carried a report (`via`) in the source line of the slide and its extension', () => {
    const file = toTimelineJs(linked());
    expect(file.events[0]?.text.text).toContain(
      '<p>Source: <a href="https://example.org/a">Page A</a> (Example outlet, 2024-10-22), attributed to Example actor, via Example wire: “A “quote””</p>',
    );
    expect(file.events[0]?.sourced_timeline?.sources?.[0]?.via).toEqual(['Example wire', 'Example actor']);
    const curatedSlides = toTimelineJs(curated()).events.map((slide) => slide.text.text ?? '');
    expect(
      curatedSlides.filter((text) => /; attributed to [^;<]+, via [^;<]+; an article stored/.test(text)),
    ).not.toEqual([]);
  });

  it('says in the text what TimelineJS has no field for: status, date basis and sources', () => {
    const html = toTimelineJs(curated()).events[0]?.text.text ?? '';
    expect(html).toContain('Status: Claimed: asserted by someone, not confirmed in the sources.');
    expect(html).toContain('How the date is known: Putin refers to &quot;the 2014 coup&quot;');
    expect(html).toContain(
      'Source: ““But I want to draw your attention to the fact that it was not Russia&#39;s actions',
    );
  });
});

describe('importText(name, export(dataset)): a round trip keeps every event', () => {
  it('through TimelineJS: ids, exact dates, date bases, titles, statuses and lanes of data/events.json', () => {
    const dataset = curated();
    const back = imported(importText('t.json', JSON.stringify(toTimelineJs(dataset))));
    expect(back.dataset.events.map((e) => [e.id, e.date, e.title, e.dateBasis, e.status ?? 'happened'])).toEqual(
      dataset.events.map((e) => [e.id, e.date, e.title, e.dateBasis, e.status]),
    );
    const label = (id: string | undefined) => back.dataset.groups?.find((g) => g.id === id)?.label;
    const lanes = new Map(dataset.actors.map((a) => [a.id, a.group]));
    const lane = (actors: string[]) => dataset.groups.find((g) => g.id === lanes.get(actors[0] ?? ''))?.label;
    expect(back.dataset.events.map((e) => label(e.group))).toEqual(dataset.events.map((e) => lane(e.actors)));
    expect(back.dataset.title).toBe(dataset.title);
    expect(back.dataset.windows?.map((w) => [w.label, w.date])).toEqual([
      ['Week of 21 Oct', '2024-10-20/2024-10-28'],
      ['Mid–late Oct', '2024-10-16/2024-10-28'],
      ['June pact', '2024-06-01/2024-11-09'],
    ]);
  });

  it('through TimelineJS: link sources with their quotes and credits; stored excerpts stay in the summary as words', () => {
    const back = imported(importText('t.json', JSON.stringify(toTimelineJs(linked()))));
    expect(back.dataset.events[0]?.sources).toEqual([
      {
        url: 'https://example.org/a',
        title: 'Page A',
        outlet: 'Example outlet',
        published: '2024-10-22',
        quote: 'A “quote”',
        via: ['example-wire', 'example-actor'],
      },
      { url: 'https://example.org/b.jpg' },
    ]);
    const first = imported(importText('t.json', JSON.stringify(toTimelineJs(curated())))).dataset.events[0];
    expect(first?.unsourced).toBe(true);
    expect(first?.summary).toMatch(
      /\nSource not carried over: ““But I want to draw your attention to the fact that it was not Russia's actions/,
    );
  });

  it('through TimelineJS: a slide edited after export is read from what it now shows', () => {
    const file = toTimelineJs(linked());
    const slide = file.events[0];
    if (!slide?.start_date) throw new Error('no slide');
    slide.start_date.day = '23';
    const back = imported(importText('t.json', JSON.stringify(file))).dataset.events[0];
    expect(back?.date).toBe('2024-10-23T14:30:00Z');
    expect(back?.dateBasis).toMatch(/^From the TimelineJS file "t.json", events\[0\]: start_date year 2024/);
  });

  it('through CSV: everything an event says, stored excerpts included, for data/events.json', () => {
    const dataset = curated();
    const back = imported(importText('e.csv', toCsv(dataset)));
    const fields = (e: { id: string; date: string; title: string; dateBasis: string; summary?: string }) => [
      e.id,
      e.date,
      e.title,
      e.dateBasis,
      e.summary,
    ];
    expect(back.dataset.events.map(fields)).toEqual(dataset.events.map(fields));
    // The chain of sourcing (`via`) comes back by the actors' names (their ids are made again from the names).
    const named = (actors: readonly { id: string; name: string }[]) => {
      const names = new Map(actors.map((actor) => [actor.id, actor.name]));
      return (sources: readonly SourceFile[]) =>
        sources.map((source) => ({ ...source, ...(source.via ? { via: source.via.map((id) => names.get(id)) } : {}) }));
    };
    expect(back.dataset.events.map((e) => named(back.dataset.actors ?? [])(e.sources ?? []))).toEqual(
      dataset.events.map((e) => named(dataset.actors)(e.sources)),
    );
    expect(dataset.events.some((e) => e.sources.some((source) => source.via !== undefined))).toBe(true);
    expect([...back.files].sort()).toEqual(dataset.articles.map((a) => a.file).sort());
  });

  it('through CSV: link sources, statuses, kinds, actors, and text a spreadsheet would run as a formula', () => {
    const csv = toCsv(linked());
    expect(csv.split('\n')[0]).toContain(',source_via,');
    expect(csv).toContain(',Example wire; Example actor,');
    expect(csv.split('\n')[1]).toMatch(/^2024-10-22T14:30:00Z,'=Example <b>not bold<\/b>,"'-1 first line/);
    const back = imported(importText('e.csv', csv)).dataset;
    expect(back.events[0]).toMatchObject({
      id: 'first',
      title: '=Example <b>not bold</b>',
      summary: '-1 first line\nsecond line',
      status: 'expected',
      group: 'side-a',
      kind: 'vote',
      actors: ['example-actor'],
      sources: [
        {
          url: 'https://example.org/a',
          title: 'Page A',
          outlet: 'Example outlet',
          published: '2024-10-22',
          quote: 'A “quote”',
          via: ['example-wire', 'example-actor'],
        },
        { url: 'https://example.org/b.jpg' },
      ],
    });
    expect(back.events[1]).toMatchObject({ id: 'second', date: '-0489~', unsourced: true });
  });
});
