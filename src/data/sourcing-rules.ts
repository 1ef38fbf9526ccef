/**
 * The rules of sourcing, checked on a dataset whose ids are known to be unique (after `checkReferences`):
 * - the actors of `via` chains and `speaksFor` exist;
 * - `datedBy` names only articles the event cites;
 * - `confirms`, `outcome` and `forecast` link events from independent sources: two events that each go back to one
 *   and the same original source (an agency and its own chief, say) cannot confirm each other;
 * - a statement is not made after its first report (an article cannot report what was not yet said), and a forecast
 *   is made before the day it forecasts (`statedOn`), as far as the dates are exact enough to tell.
 */
import { parseEdtf, type DateSpan } from './dates.js';
import { sharedSingleOrigin } from './sourcing.js';
import type { Dataset, Problem, Source } from './types.js';

/** Relations that say one event bears out another: they need independent original sources. */
const INDEPENDENT = new Set(['confirms', 'outcome', 'forecast']);

/** A date precise enough to compare: neither approximate nor uncertain. */
function firm(edtf: string | undefined): DateSpan | undefined {
  if (edtf === undefined) return undefined;
  const parsed = parseEdtf(edtf);
  return parsed.ok && !parsed.value.approximate && !parsed.value.uncertain ? parsed.value : undefined;
}

export function checkSourcing(dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const events = new Map(dataset.events.map((event) => [event.id, event]));
  const published = new Map(dataset.articles.map((article) => [article.id, article.published]));
  const name = (id: string) =>
    id.startsWith('article:') ? `the own reporting of article "${id.slice(8)}"` : `"${id}"`;

  const checkVia = (source: Source, path: string) =>
    source.via?.forEach((actor, k) => {
      if (!actors.has(actor)) problems.push({ path: `${path}.via[${k}]`, message: `unknown actor "${actor}"` });
    });

  /** The first report among these sources whose publication date is firm: its article and last possible day. */
  const firstReport = (sources: readonly Source[]): { article: string; end: number } | undefined => {
    let first: { article: string; end: number } | undefined;
    for (const { article } of sources) {
      const end = firm(published.get(article))?.end;
      if (end !== undefined && (first === undefined || end < first.end)) first = { article, end };
    }
    return first;
  };
  const checkStated = (statedOn: string | undefined, sources: readonly Source[], path: string, what: string) => {
    const stated = firm(statedOn);
    const first = firstReport(sources);
    if (stated && first && stated.start > first.end) {
      problems.push({
        path,
        message: `${what} says it was stated on ${statedOn}, after article "${first.article}" reported it (published ${published.get(first.article) ?? ''})`,
      });
    }
  };

  dataset.actors.forEach((actor, i) => {
    if (actor.speaksFor === undefined) return;
    if (actor.speaksFor === actor.id) {
      problems.push({ path: `actors[${i}].speaksFor`, message: `actor "${actor.id}" speaks for itself` });
    } else if (!actors.has(actor.speaksFor)) {
      problems.push({ path: `actors[${i}].speaksFor`, message: `unknown actor "${actor.speaksFor}"` });
    }
  });

  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    event.sources.forEach((source, j) => checkVia(source, `${at}.sources[${j}]`));
    const cited = new Set(event.sources.map((source) => source.article));
    event.datedBy?.forEach((article, j) => {
      if (!cited.has(article)) {
        problems.push({
          path: `${at}.datedBy[${j}]`,
          message: `article "${article}" does not report event "${event.id}", so it cannot date it`,
        });
      }
    });
    event.related.forEach((relation, j) => {
      const other = events.get(relation.event);
      if (!other || !INDEPENDENT.has(relation.type)) return;
      const shared = sharedSingleOrigin(event, other, actors);
      if (shared !== undefined) {
        problems.push({
          path: `${at}.related[${j}].type`,
          message: `"${relation.type}" needs independent sources, but "${event.id}" and "${other.id}" both go back only to ${name(shared)}`,
        });
      }
    });
    checkStated(event.statedOn, event.sources, `${at}.statedOn`, `event "${event.id}"`);
    const stated = firm(event.statedOn);
    const date = firm(event.date);
    if (event.status === 'expected' && stated && date && stated.start > date.end) {
      problems.push({
        path: `${at}.statedOn`,
        message: `forecast "${event.id}" is stated on ${event.statedOn}, after the date it forecasts (${event.date})`,
      });
    }
  });

  dataset.claims.forEach((claim, i) => {
    checkVia(claim.source, `claims[${i}].source`);
    checkStated(claim.statedOn, [claim.source], `claims[${i}].statedOn`, `claim "${claim.id}"`);
  });
  return problems;
}
