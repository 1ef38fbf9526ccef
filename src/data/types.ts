/**
 * Types of the dataset, inferred from the schema so the two cannot drift apart.
 *
 * A dataset comes in as `DatasetInput`, where a source may be written inline as a link (`{url, title, quote}`).
 * Validation turns it into a `Dataset`, where every source refers to an article by id: each linked page becomes an
 * article of its own, without a stored text (`file`). Every view reads the `Dataset`.
 */
import type * as v from 'valibot';
import type {
  ActorSchema,
  ArticleSchema,
  ClaimSchema,
  DatasetSchema,
  DisagreementSchema,
  EventSchema,
  GroupSchema,
  KindSchema,
  LinkSourceSchema,
  RelationSchema,
  SourceSchema,
  WindowSchema,
  StorySchema,
  StoryStepSchema,
  EVENT_STATUSES,
  RELATIONS,
  CLAIM_QUALIFIERS,
} from './schema.js';

export type EventStatus = (typeof EVENT_STATUSES)[number];
export type RelationType = (typeof RELATIONS)[number];
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

export type Group = v.InferOutput<typeof GroupSchema>;
export type Kind = v.InferOutput<typeof KindSchema>;
/** A source as written in a dataset file: a stored article's excerpt, or a link. */
export type SourceInput = v.InferOutput<typeof SourceSchema>;
export type LinkSourceInput = v.InferOutput<typeof LinkSourceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type TimeWindowPreset = v.InferOutput<typeof WindowSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;
export type Disagreement = v.InferOutput<typeof DisagreementSchema>;

export type EventInput = v.InferOutput<typeof EventSchema>;
export type ClaimInput = v.InferOutput<typeof ClaimSchema>;
export type DatasetInput = v.InferOutput<typeof DatasetSchema>;

/**
 * An excerpt of an article. For a stored article (`file`), `quote` is a verbatim substring of its text, checked;
 * for a linked page it is what the dataset says the page says, not checked, and may be absent.
 */
export interface Source {
  article: string;
  quote?: string | undefined;
  /** The chain of sourcing, from the actor the article cites to the original source (actor ids). */
  via?: string[] | undefined;
}

/** A news event; named so it cannot be confused with the DOM's `Event`. */
export type TimelineEvent = Omit<EventInput, 'sources'> & { sources: Source[] };
export type Claim = Omit<ClaimInput, 'source'> & { source: Source };
export type Dataset = Omit<DatasetInput, 'events' | 'claims'> & { events: TimelineEvent[]; claims: Claim[] };

/** One problem found in a dataset, with the JSON path where it was found. */
export interface Problem {
  /** JSON path such as `events[4].date`; empty for the document itself. */
  path: string;
  message: string;
}
