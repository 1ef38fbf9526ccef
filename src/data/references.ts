/**
 * Checks that ids are unique and that every reference inside a dataset resolves: to its articles, actors,
 * events and claims, and to its own vocabulary (groups and kinds, or the default kinds when it declares none).
 * Runs on the normalized dataset, where link sources are articles without a file, at the same paths.
 */
import { DEFAULT_KINDS } from './schema.js';
import type { Dataset, Problem, Source } from './types.js';
import { webUrl } from './web-url.js';

type Collection =
  'groups' | 'kinds' | 'articles' | 'actors' | 'events' | 'claims' | 'disagreements' | 'windows' | 'stories';

const singular = (collection: Collection): string => (collection === 'stories' ? 'story' : collection.slice(0, -1));

/** Index of each id in its collection, reporting duplicates. */
function indexIds(items: readonly { id: string }[], collection: Collection, problems: Problem[]): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
    } else {
      problems.push({
        path: `${collection}[${i}].id`,
        message: `duplicate ${singular(collection)} id "${item.id}" (first at ${collection}[${first}].id)`,
      });
    }
  });
  return seen;
}

export function checkReferences(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    groups: indexIds(dataset.groups, 'groups', problems),
    kinds: dataset.kinds ? indexIds(dataset.kinds, 'kinds', problems) : new Map(DEFAULT_KINDS.map((k, i) => [k.id, i])),
    articles: indexIds(dataset.articles, 'articles', problems),
    actors: indexIds(dataset.actors, 'actors', problems),
    events: indexIds(dataset.events, 'events', problems),
    claims: indexIds(dataset.claims, 'claims', problems),
    disagreements: indexIds(dataset.disagreements, 'disagreements', problems),
    windows: indexIds(dataset.windows ?? [], 'windows', problems),
    stories: indexIds(dataset.stories ?? [], 'stories', problems),
  };
  const expect = (collection: Collection, id: string, path: string) => {
    if (!ids[collection].has(id)) {
      const declared =
        collection === 'kinds' && !dataset.kinds
          ? ` (the dataset declares no kinds, so these apply: ${DEFAULT_KINDS.map((k) => k.id).join(', ')})`
          : '';
      problems.push({ path, message: `unknown ${singular(collection)} "${id}"${declared}` });
    }
  };

  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  dataset.articles.forEach((article, i) => {
    if (article.file !== undefined && article.file !== `articles/${article.id}.txt`) {
      problems.push({
        path: `articles[${i}].file`,
        message: `file "${article.file}" should be "articles/${article.id}.txt"`,
      });
    }
    if (article.file === undefined && webUrl(article.url) === undefined) {
      problems.push({
        path: `articles[${i}]`,
        message: `article "${article.id}" needs a stored text ("file") or a web address ("url", http or https)`,
      });
    }
  });
  /** A source's article exists, and a stored article's excerpt is given (it is what gets checked). */
  const checkSource = (source: Source, path: string) => {
    expect('articles', source.article, `${path}.article`);
    const article = articles.get(source.article);
    if (article?.file !== undefined && source.quote === undefined) {
      problems.push({
        path,
        message: `a source in the stored article "${source.article}" needs its "quote", which is checked against the text`,
      });
    }
  };
  dataset.actors.forEach((actor, i) => {
    if (actor.group !== undefined) expect('groups', actor.group, `actors[${i}].group`);
  });
  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event.group !== undefined) expect('groups', event.group, `${at}.group`);
    if (event.kind !== undefined) expect('kinds', event.kind, `${at}.kind`);
    if (event.sources.length === 0 && event.unsourced !== true) {
      problems.push({
        path: `${at}.sources`,
        message: `event "${event.id}" has no source; give one, or mark it "unsourced": true to show it as having none`,
      });
    }
    if (event.sources.length > 0 && event.unsourced === true) {
      problems.push({ path: `${at}.unsourced`, message: `event "${event.id}" is marked unsourced but has sources` });
    }
    event.actors.forEach((actor, j) => expect('actors', actor, `${at}.actors[${j}]`));
    event.sources.forEach((source, j) => checkSource(source, `${at}.sources[${j}]`));
    event.related.forEach((relation, j) => {
      expect('events', relation.event, `${at}.related[${j}].event`);
      if (relation.event === event.id) {
        problems.push({ path: `${at}.related[${j}].event`, message: `event "${event.id}" is related to itself` });
      }
    });
  });
  dataset.claims.forEach((claim, i) => {
    const at = `claims[${i}]`;
    expect('actors', claim.claimant, `${at}.claimant`);
    expect('events', claim.event, `${at}.event`);
    checkSource(claim.source, `${at}.source`);
  });
  dataset.disagreements.forEach((disagreement, i) => {
    const at = `disagreements[${i}]`;
    disagreement.events.forEach((event, j) => expect('events', event, `${at}.events[${j}]`));
    disagreement.claims.forEach((claim, j) => expect('claims', claim, `${at}.claims[${j}]`));
  });
  const windows = dataset.windows ?? [];
  windows.forEach((window, i) => {
    if (window.event !== undefined) expect('events', window.event, `windows[${i}].event`);
  });
  if (windows.filter((window) => window.initial === true).length > 1) {
    problems.push({ path: 'windows', message: 'more than one window is marked initial' });
  }
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  (dataset.stories ?? []).forEach((story, i) => {
    story.steps.forEach((step, j) => {
      const at = `stories[${i}].steps[${j}]`;
      expect('events', step.event, `${at}.event`);
      const count = events.get(step.event)?.sources.length;
      if (step.source !== undefined && count !== undefined && step.source >= count) {
        problems.push({
          path: `${at}.source`,
          message: `source ${step.source} does not exist: event "${step.event}" has ${count} source(s)`,
        });
      }
    });
  });
  return problems;
}
