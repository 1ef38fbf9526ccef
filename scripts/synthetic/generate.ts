/**
 * A deterministic generator of synthetic datasets in the project's format, for limits tests and benchmarks.
 * The same options and seed always give the same dataset. Dates cluster in bursts like news (a few busy weeks
 * and a quiet background), about a third are approximate, uncertain or ranged, events cite one to four
 * articles, and every quote is a verbatim sentence of its article's text, so the dataset validates.
 */
import { randomLcg, randomNormal, randomUniform } from 'd3-random';

export interface SyntheticOptions {
  /** Number of events. */
  events: number;
  /** Number of articles; by default one per ten events, at least five and at most 1,000. */
  articles?: number;
  seed?: number;
  /** Also write every article's text into one file, `articles/bundle.json`, named by the dataset's `articlesBundle`. */
  bundle?: boolean;
}

export interface SyntheticDataset {
  /** The dataset JSON, as `data/events.json` would hold it. */
  dataset: Record<string, unknown>;
  /** Article texts by file name (`articles/<id>.txt`). */
  texts: Map<string, string>;
}

/** Five lanes, with made-up names: the dataset declares its own vocabulary, as any dataset does. */
const GROUPS = ['amber', 'birch', 'cobalt', 'delta', 'ember'] as const;
const KINDS = ['statement', 'report', 'assessment', 'meeting', 'deployment', 'forecast', 'denial'] as const;
const WORDS = (
  'troops border region officials said report intelligence estimate minister talks units supplies training ' +
  'statement agency sources according confirmed denied forecast arrival week morning capital envoy summit'
).split(' ');

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 730;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Where a bundle of the article texts is written (`bundle`). */
const BUNDLE = 'articles/bundle.json';

export function generateDataset({ events, articles, seed = 1, bundle = false }: SyntheticOptions): SyntheticDataset {
  const source = randomLcg((seed * 0.6180339887) % 1);
  const uniform = randomUniform.source(source);
  const normal = randomNormal.source(source);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(uniform(0, list.length)())] as T;
  const articleCount = articles ?? Math.min(1000, Math.max(5, Math.round(events / 10)));

  // News comes in bursts: a handful of busy periods, and a thin spread of everything else.
  const bursts = Array.from({ length: 6 }, () => uniform(30, SPAN_DAYS - 30)());
  const dayOf = (): number => {
    const burst = uniform(0, 1)() < 0.7 ? pick(bursts) : undefined;
    const day = burst === undefined ? uniform(0, SPAN_DAYS)() : normal(burst, 6)();
    return Math.min(SPAN_DAYS - 10, Math.max(0, Math.round(day)));
  };
  const dateOf = (): { date: string; basis: string } => {
    const day = START + dayOf() * DAY;
    const roll = uniform(0, 1)();
    if (roll < 0.65) return { date: iso(day), basis: 'Given as a date in the synthetic article.' };
    if (roll < 0.75) return { date: `${iso(day)}~`, basis: 'An approximate day ("around").' };
    if (roll < 0.82) return { date: `${iso(day)}?`, basis: 'A weekday resolved against the publication date.' };
    if (roll < 0.94) {
      const end = day + Math.round(uniform(1, 5)()) * DAY;
      return { date: `${iso(day)}/${iso(end)}`, basis: 'Somewhere in a range of days.' };
    }
    return { date: `${iso(day).slice(0, 7)}~`, basis: 'Only the month is known, approximately.' };
  };
  const sentence = (n: number): string =>
    Array.from({ length: 8 + (n % 7) }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase());

  const actors = Array.from({ length: 50 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    aliases: i % 5 === 0 ? [`A${i}`] : [],
    group: GROUPS[i % GROUPS.length],
  }));

  const texts = Array.from({ length: articleCount }, (_, i) => [`Synthetic article ${i}.`]);
  const eventList = Array.from({ length: events }, (_, i) => {
    const { date, basis } = dateOf();
    const kind = pick(KINDS);
    const status =
      kind === 'forecast' ? 'expected' : kind === 'denial' ? 'denied' : uniform(0, 1)() < 0.3 ? 'claimed' : 'happened';
    const cited = new Set<number>();
    const count = 1 + Math.floor(uniform(0, 1)() ** 2 * 4);
    while (cited.size < Math.min(count, articleCount)) cited.add(Math.floor(uniform(0, articleCount)()));
    const sources = [...cited].map((a) => {
      // Each quote is a sentence of its own, numbered so that it is found exactly once.
      const quote = `Event ${i} in article ${a}: ${sentence(i + a)}.`;
      texts[a]?.push(quote);
      return { article: `article-${a}`, quote };
    });
    const first = actors[Math.floor(uniform(0, actors.length)())]?.id ?? 'actor-0';
    return {
      id: `event-${i}`,
      title: `${sentence(i).split(' ').slice(0, 6).join(' ')} (${i})`,
      date,
      dateBasis: basis,
      kind,
      status,
      actors: [first],
      summary: `Synthetic event ${i}: ${sentence(i * 7)}.`,
      sources,
      related: [],
    };
  });

  const articleList = Array.from({ length: articleCount }, (_, i) => ({
    id: `article-${i}`,
    title: `Synthetic article ${i}`,
    titleIsDescriptive: true,
    outlet: null,
    published: iso(START + Math.round(uniform(0, SPAN_DAYS)()) * DAY),
    publishedBasis: 'Synthetic.',
    file: `articles/article-${i}.txt`,
    url: null,
    notes: [],
  }));

  const dataset = {
    title: `Synthetic chronology: ${events} events`,
    description: `Generated with seed ${seed} for tests and benchmarks; no real events.`,
    groups: GROUPS.map((id) => ({ id, label: `${id[0]?.toUpperCase() ?? ''}${id.slice(1)} desk` })),
    kinds: KINDS.map((id) => ({ id, label: `${id[0]?.toUpperCase() ?? ''}${id.slice(1)}` })),
    articles: articleList,
    actors,
    events: eventList,
    claims: [],
    disagreements: [],
  };
  const files = new Map(texts.map((lines, i) => [`articles/article-${i}.txt`, lines.join('\n')]));
  if (!bundle) return { dataset, texts: files };
  const bundled = Object.fromEntries(texts.map((lines, i) => [`article-${i}`, lines.join('\n')]));
  files.set(BUNDLE, JSON.stringify(bundled));
  return { dataset: { ...dataset, articlesBundle: BUNDLE }, texts: files };
}
