/** Checks that ids are unique and that every reference inside a dataset resolves. */
import type { Dataset, Problem } from './types.js';

type Collection = 'articles' | 'actors' | 'events' | 'claims' | 'disagreements' | 'windows' | 'stories';

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
      problems.push({ path, message: `unknown ${singular(collection)} "${id}"` });
    }
  };

  dataset.articles.forEach((article, i) => {
    if (article.file !== `articles/${article.id}.txt`) {
      problems.push({
        path: `articles[${i}].file`,
        message: `file "${article.file}" should be "articles/${article.id}.txt"`,
      });
    }
  });
  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    event.actors.forEach((actor, j) => expect('actors', actor, `${at}.actors[${j}]`));
    event.sources.forEach((source, j) => expect('articles', source.article, `${at}.sources[${j}].article`));
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
    expect('articles', claim.source.article, `${at}.source.article`);
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
