/**
 * A dataset cut down to some of its events (what the filters leave), still valid: the claims made in those events,
 * the disagreements among them, the articles and actors they cite, and the stories' steps through them. The
 * vocabulary (groups, kinds) and windows stay whole, so lanes and colours do not change. Pure; the input is not
 * changed.
 */
import type { Dataset, Story, TimelineEvent } from './types.js';

/** The part of `dataset` that `events` (a subset of its events, by id) need. */
export function subsetDataset(dataset: Dataset, events: Iterable<Pick<TimelineEvent, 'id'>>): Dataset {
  const keep = new Set([...events].map((event) => event.id));
  if (dataset.events.every((event) => keep.has(event.id))) return dataset;
  const kept = dataset.events
    .filter((event) => keep.has(event.id))
    .map((event) => ({ ...event, related: event.related.filter((relation) => keep.has(relation.event)) }));
  const claims = dataset.claims.filter((claim) => keep.has(claim.event));
  const claimIds = new Set(claims.map((claim) => claim.id));
  const disagreements = dataset.disagreements.flatMap((disagreement) => {
    const inside = disagreement.events.filter((id) => keep.has(id));
    // A disagreement between events needs two of them still; one about a single event, that one.
    if (inside.length < Math.min(2, disagreement.events.length)) return [];
    return [{ ...disagreement, events: inside, claims: disagreement.claims.filter((id) => claimIds.has(id)) }];
  });
  const cited = new Set([
    ...kept.flatMap((event) => event.sources.map((source) => source.article)),
    ...claims.map((claim) => claim.source.article),
  ]);
  const named = new Set([
    ...kept.flatMap((event) => event.actors),
    ...claims.map((claim) => claim.claimant),
    // The chains of sourcing name actors too.
    ...kept.flatMap((event) => event.sources.flatMap((source) => source.via ?? [])),
    ...claims.flatMap((claim) => claim.source.via ?? []),
  ]);
  // And an actor kept brings the one it speaks for.
  for (const actor of dataset.actors) if (named.has(actor.id) && actor.speaksFor) named.add(actor.speaksFor);
  const stories = dataset.stories?.flatMap((story): Story[] => {
    const steps = story.steps.filter((step) => keep.has(step.event));
    return steps.length === 0 ? [] : [{ ...story, steps }];
  });
  // A window about an event left out keeps its span and loses only the link to the event.
  const windows = dataset.windows?.map((window) => {
    if (window.event === undefined || keep.has(window.event)) return window;
    const copy = { ...window };
    delete copy.event;
    return copy;
  });
  return {
    ...dataset,
    events: kept,
    claims,
    disagreements,
    articles: dataset.articles.filter((article) => cited.has(article.id)),
    actors: dataset.actors.filter((actor) => named.has(actor.id)),
    ...(stories === undefined ? {} : { stories }),
    ...(windows === undefined ? {} : { windows }),
  };
}
