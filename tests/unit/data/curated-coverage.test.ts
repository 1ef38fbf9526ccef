// The curated dataset against its five articles (issue 16, "The curated data reviewed"): every dated sentence of
// the articles is reachable as an excerpt of an event or a claim, unless it is listed below as off the story; every
// fragment our own words put in quotation marks is the articles' own wording; the sourcing rules hold where the
// review found them broken before (the HUR report is not the outcome of its own chief's forecast).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate.js';
import { eventSourcing } from '../../../src/data/sourcing.js';

const root = new URL('../../../data/', import.meta.url);
const json: unknown = JSON.parse(readFileSync(new URL('events.json', root), 'utf8'));
const result = validateDataset(json);
if (!result.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const dataset = result.dataset;
const texts = new Map(dataset.articles.map((a) => [a.id, readFileSync(new URL(a.file!, root), 'utf8')] as const));

/** Words that date a sentence, absolutely or relative to the article. */
const DATED =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Oct\.|yesterday|tomorrow|last week|this month|this weekend|recent days|previously|later|(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))\b/i;

/** Dated sentences that are not about the story, with the reason; docs/dataset.md lists them too. */
const OFF_THE_STORY: ReadonlyMap<string, string> = new Map([
  ['Other Topics of Interest Ukraine Presses Sexual Assault', 'a sidebar of 000 about another story'],
  ['Tsikhanouskaya Honors Ukraine', 'a sidebar of 001 about another story'],
  ['This is a developing story.', 'a standing line of 001, not a fact'],
]);

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?][”"]?)\s+(?=[“"A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const quotes = [
  ...dataset.events.flatMap((e) => e.sources.map((s) => ({ article: s.article, quote: s.quote ?? '' }))),
  ...dataset.claims.map((c) => ({ article: c.source.article, quote: c.source.quote ?? '' })),
];

/** Whether an excerpt of this article shares a stretch of at least 40 characters (or all of itself) with it. */
function reached(article: string, sentence: string): boolean {
  return quotes.some(({ article: a, quote }) => {
    if (a !== article || quote.length === 0) return false;
    if (sentence.includes(quote) || quote.includes(sentence)) return true;
    for (let i = 0; i + 40 <= quote.length; i += 5) if (sentence.includes(quote.slice(i, i + 40))) return true;
    return false;
  });
}

const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();

describe('the curated data against its articles', () => {
  it('reaches every dated sentence of every article through an excerpt, or says why not', () => {
    const missed: string[] = [];
    for (const [article, text] of texts) {
      for (const sentence of sentences(text)) {
        if (!DATED.test(sentence) || [...OFF_THE_STORY.keys()].some((k) => sentence.startsWith(k))) continue;
        if (!reached(article, sentence)) missed.push(`${article}: ${sentence}`);
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds a dated sentence that no excerpt reaches (the check can fail)', () => {
    expect(reached('000_86e4041502c26ab1', 'Budanov said on Friday that nothing happened at all, ever.')).toBe(false);
    expect(DATED.test('Budanov said on Friday that nothing happened.')).toBe(true);
  });

  it('puts in quotation marks only the articles’ own words', () => {
    const all = [...texts.values()].map(fold);
    const ours: [string, string][] = [
      ...dataset.events.flatMap((e): [string, string][] => [
        [e.id, e.title],
        [e.id, e.summary ?? ''],
        ...e.related.map((r): [string, string] => [e.id, r.note ?? '']),
      ]),
      ...dataset.disagreements.map((d): [string, string] => [d.id, d.description]),
      ...(dataset.stories ?? []).flatMap((s) => s.steps.map((step): [string, string] => [s.id, step.note ?? ''])),
    ];
    const unquoted = ours.flatMap(([where, text]) =>
      [...text.matchAll(/"([^"]+)"|“([^”]+)”/gu)]
        .map((m) => fold(m[1] ?? m[2] ?? '').replace(/[.,]$/, ''))
        .filter((fragment) => !all.some((t) => t.includes(fragment)))
        .map((fragment) => `${where}: ${fragment}`),
    );
    expect(unquoted).toEqual([]);
  });

  it('records each disagreement the review found', () => {
    expect(dataset.disagreements.map((d) => d.id)).toEqual(
      expect.arrayContaining([
        'kursk-arrival-timing',
        'combat-timing',
        'nk-troop-numbers',
        'source-of-figures',
        'budanov-interview-outlet',
        'russia-gives-in-return',
        'pact-date-and-nature',
        'ratification-bill-date',
        'north-korea-denials',
        'what-nis-said',
        'nsc-meeting-leader',
        'seoul-monitors',
        'where-kursk-is',
        'where-troops-trained',
      ]),
    );
  });

  it('does not make HUR’s report of the arrival the outcome of its own chief’s forecast', () => {
    const forecast = dataset.events.find((e) => e.id === 'nk-first-units-expected-kursk-2024-10-23')!;
    expect(forecast.related.filter((r) => r.type === 'outcome' || r.type === 'confirms')).toEqual([]);
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    const sourcing = eventSourcing(forecast, actors);
    // Four articles, and all of them give Budanov's words: one original source.
    expect(sourcing.articles).toHaveLength(4);
    expect(sourcing.origins.map((o) => o.key)).toEqual(['hur']);
  });

  it('marks the single-source details the issue names', () => {
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    const of = (id: string) =>
      eventSourcing(
        dataset.events.find((e) => e.id === id)!,
        actors,
      );
    expect(of('russia-nk-defence-pact-2024-06-18').dateArticle).toBe('001_57a30bccf1d35a88');
    expect(of('putin-bill-strategic-partnership-2024-10-21').singleArticle).toBe(true);
    expect(of('south-korea-nsc-meeting-2024-10-22').singleArticle).toBe(true);
    const names = dataset.actors.filter((a) => a.id === 'shen-yuanxi' || a.id === 'kim-tae-hyung');
    expect(names.flatMap((a) => a.aliases)).toEqual(expect.arrayContaining(['Shin Won-sik', 'Kim Tae-hyo']));
    expect(names.every((a) => a.editorNote !== undefined)).toBe(true);
  });
});
