/** Types of the dataset, inferred from the schema so the two cannot drift apart. */
import type * as v from 'valibot';
import type {
  ActorSchema,
  ArticleSchema,
  ClaimSchema,
  DatasetSchema,
  DisagreementSchema,
  EventSchema,
  RelationSchema,
  SourceSchema,
  WindowSchema,
  StorySchema,
  StoryStepSchema,
  PARTIES,
  EVENT_KINDS,
  EVENT_STATUSES,
  RELATIONS,
  CLAIM_QUALIFIERS,
} from './schema.js';

export type Party = (typeof PARTIES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type RelationType = (typeof RELATIONS)[number];
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

export type Source = v.InferOutput<typeof SourceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
/** A news event; named so it cannot be confused with the DOM's `Event`. */
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Disagreement = v.InferOutput<typeof DisagreementSchema>;
export type TimeWindowPreset = v.InferOutput<typeof WindowSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;

/** One problem found in a dataset, with the JSON path where it was found. */
export interface Problem {
  /** JSON path such as `events[4].date`; empty for the document itself. */
  path: string;
  message: string;
}
