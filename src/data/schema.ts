/**
 * The dataset schema, written with valibot. It checks shape, vocabulary and dates;
 * ids, cross-references and verbatim quotes are checked in `validate.ts`,
 * which needs the whole dataset (and the article texts) at once.
 */
import * as v from 'valibot';
import { parseEdtf } from './dates.js';

/** Lower-case ids that are safe in URLs and file names. */
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9_-]{0,79}$/, 'must be lower-case letters, digits, "-" or "_"'));

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** An EDTF date or closed interval (see `dates.ts`). */
const EdtfString = v.pipe(
  v.string(),
  v.maxLength(64, 'is too long for a date (at most 64 characters)'),
  v.check(
    // A longer string is reported once, by `maxLength`, and not repeated whole in a second message.
    (input) => input.length > 64 || parseEdtf(input).ok,
    (issue) => {
      const parsed = parseEdtf(issue.input);
      return parsed.ok ? 'invalid date' : parsed.message;
    },
  ),
);

export const PARTIES = ['ukraine', 'russia', 'north-korea', 'south-korea', 'nato-us-other'] as const;

export const EVENT_KINDS = [
  'agreement',
  'appeal',
  'assessment',
  'deployment',
  'denial',
  'forecast',
  'legislation',
  'meeting',
  'report',
  'statement',
  'transfer',
] as const;

/**
 * What the articles let us say about an event:
 * - `happened`: reported as having taken place (a speech was given, a bill was submitted);
 * - `claimed`: asserted by a party, not confirmed in the articles;
 * - `expected`: a forecast of something still to come when it was made;
 * - `denied`: a denial, a party rejecting a claim (linked to it by a `contradicts` relation).
 */
export const EVENT_STATUSES = ['happened', 'claimed', 'expected', 'denied'] as const;

export const RELATIONS = [
  /** This forecast came true, or not, in the linked event. */
  'outcome',
  /** This event is what the linked forecast predicted. */
  'forecast',
  /** The two events make incompatible claims. */
  'contradicts',
  /** The linked event independently supports this one. */
  'confirms',
  /** Background needed to understand this event. */
  'context',
] as const;

export const CLAIM_QUALIFIERS = ['exact', 'about', 'at-least', 'up-to', 'more-than'] as const;

export const SourceSchema = v.strictObject({
  /** Id of the article. */
  article: Id,
  /** A verbatim substring of the article text, character for character. */
  quote: v.pipe(Text, v.minLength(8, 'is too short to be a meaningful excerpt')),
});

export const ArticleSchema = v.strictObject({
  id: Id,
  title: Text,
  /** True when the article has no title of its own and `title` is ours. */
  titleIsDescriptive: v.boolean(),
  /** Only when the article text names it; never guessed. */
  outlet: v.nullable(Text),
  outletBasis: v.optional(Text),
  published: EdtfString,
  publishedBasis: Text,
  /** Path of the text file, relative to the dataset file. */
  file: v.pipe(v.string(), v.regex(/^articles\/[a-z0-9][a-z0-9_-]*\.txt$/, 'must be articles/<id>.txt')),
  /** Only a URL given by the source material; never invented. */
  url: v.nullable(v.pipe(v.string(), v.url())),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2}$/))),
  notes: v.array(Text),
});

export const ActorSchema = v.strictObject({
  id: Id,
  name: Text,
  aliases: v.array(Text),
  party: v.picklist(PARTIES),
  /** Role at the time of the events, in the project's words. */
  role: v.optional(Text),
});

export const RelationSchema = v.strictObject({
  event: Id,
  type: v.picklist(RELATIONS),
  note: v.optional(Text),
});

export const EventSchema = v.strictObject({
  id: Id,
  title: Text,
  date: EdtfString,
  /** How the date was inferred from the articles. */
  dateBasis: Text,
  kind: v.picklist(EVENT_KINDS),
  status: v.picklist(EVENT_STATUSES),
  actors: v.pipe(v.array(Id), v.minLength(1, 'needs at least one actor')),
  /** Lane override; by default the party of the first actor. */
  party: v.optional(v.picklist(PARTIES)),
  /** One neutral sentence in the project's own words. */
  summary: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  related: v.array(RelationSchema),
  /** Events well before the period the dataset is about. */
  background: v.optional(v.boolean()),
});

export const ClaimSchema = v.strictObject({
  id: Id,
  /** What is counted, as a stable key shared by comparable claims (e.g. `nk-troops-in-russia`). */
  measure: Id,
  /** What is counted, in words. */
  counts: Text,
  value: v.pipe(v.number(), v.finite(), v.minValue(0)),
  qualifier: v.picklist(CLAIM_QUALIFIERS),
  unit: Text,
  /** Actor who makes the claim. */
  claimant: Id,
  event: Id,
  source: SourceSchema,
});

export const DisagreementSchema = v.strictObject({
  id: Id,
  topic: Text,
  /** What the versions are, in the project's words. */
  description: Text,
  events: v.pipe(v.array(Id), v.minLength(2, 'needs at least two events')),
  claims: v.array(Id),
});

/** A named window of time readers can jump to, e.g. "Week of 21 Oct". */
export const WindowSchema = v.strictObject({
  id: Id,
  label: Text,
  /** The span shown, as an EDTF date or interval. */
  date: EdtfString,
  /** An event to select and bring into view with the window. */
  event: v.optional(Id),
  /** The window shown first (at most one). */
  initial: v.optional(v.boolean()),
});

/** One step of a guided story: an event, with what a teacher might say and ask about it. */
export const StoryStepSchema = v.strictObject({
  event: Id,
  /** Which of the event's sources is the key excerpt on this step (index into `sources`); the first by default. */
  source: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** A presenter note, in the project's own words: context for the teacher, never shown to the class. */
  note: v.optional(Text),
  /** A question for discussion, shown with the step. */
  question: v.optional(Text),
});

/** A guided story: an ordered walk through some of the events, for presenting in class. */
export const StorySchema = v.strictObject({
  id: Id,
  title: Text,
  /** What the story is about, in a sentence or two. */
  description: v.optional(Text),
  steps: v.pipe(v.array(StoryStepSchema), v.minLength(1, 'needs at least one step')),
});

export const DatasetSchema = v.strictObject({
  $schema: v.optional(v.string()),
  title: Text,
  description: Text,
  articles: v.pipe(v.array(ArticleSchema), v.minLength(1, 'needs at least one article')),
  actors: v.array(ActorSchema),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'needs at least one event')),
  claims: v.array(ClaimSchema),
  disagreements: v.array(DisagreementSchema),
  /** Windows offered as one-click jumps; without them, the timeline starts on all events. */
  windows: v.optional(v.array(WindowSchema)),
  /** Guided stories for presentation mode; without them, a presentation walks the (filtered) events in order. */
  stories: v.optional(v.array(StorySchema)),
});
