/**
 * The dataset schema, written with valibot. It checks shape and dates; ids, cross-references, the dataset's own
 * vocabulary (groups, kinds) and verbatim quotes are checked in `references.ts` and `quotes.ts`, which need the
 * whole dataset (and the article texts) at once.
 *
 * The dataset declares its own vocabulary: its `groups` (the lanes) and its event `kinds`. Only the four
 * statuses are fixed, because the interface gives them meaning (a forecast is drawn apart from what happened).
 * Nothing here names the parties, actors or kinds of any one story.
 */
import * as v from 'valibot';
import { parseEdtf } from './dates.js';
import { webUrl } from './web-url.js';

/** Lower-case ids that are safe in URLs, file names and CSS class names. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,79}$/;
const Id = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lower-case letters, digits, "-" or "_"'));

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** An EDTF date or interval (see `dates.ts`). */
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

/**
 * What the editors know from outside the sources (a known error, a correct spelling, another source's date), shown
 * only under a label saying it does not come from the sources. Nothing outside the sources goes anywhere else.
 */
const EditorNote = Text;

/** An address of a web page: http or https, with no user name or password. */
const WebUrl = v.pipe(
  v.string(),
  v.check((input) => webUrl(input) !== undefined, 'is not a web address (http or https, no user name or password)'),
);

/** A colour as `#rrggbb` (or `#rgb`); the app adjusts it for contrast in every theme. */
const HexColor = v.pipe(v.string(), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be a colour as #rrggbb'));

/**
 * What the articles let us say about an event:
 * - `happened`: reported as having taken place (a speech was given, a bill was submitted);
 * - `claimed`: asserted by someone, not confirmed in the sources;
 * - `expected`: a forecast of something still to come when it was made;
 * - `denied`: a denial, rejecting a claim (linked to it by a `contradicts` relation).
 */
export const EVENT_STATUSES = ['happened', 'claimed', 'expected', 'denied'] as const;

export const RELATIONS = [
  /** This forecast came true, or not, in the linked event, reported from an independent original source. */
  'outcome',
  /** This event is what the linked forecast predicted. */
  'forecast',
  /** The two events give versions that cannot both be true. */
  'contradicts',
  /**
   * The two events give different versions (other numbers, wording, attribution, horizon) that can both be true:
   * they count different things, or say more or less, without excluding each other.
   */
  'differs',
  /** The linked event supports this one from an independent original source (see `sourcing.ts`). */
  'confirms',
  /** Background needed to understand this event. */
  'context',
] as const;

export const CLAIM_QUALIFIERS = ['exact', 'about', 'at-least', 'up-to', 'more-than'] as const;

/** A lane of the timeline: a country, a party, a side, a department; whatever the story is told by. */
export const GroupSchema = v.strictObject({
  id: Id,
  label: Text,
  /** Who or what the group stands for, in a sentence. */
  description: v.optional(Text),
  /** Its colour; without one, a colour-blind-safe palette gives one. */
  color: v.optional(HexColor),
});

/** A kind of event (a battle, a vote, a statement), declared by the dataset. */
export const KindSchema = v.strictObject({
  id: Id,
  label: Text,
  description: v.optional(Text),
});

/**
 * The chain of sourcing of an excerpt: the actors (ids) through whom the source says it has what it reports, from
 * the one it cites to the one who first said it, e.g. `["news-agency", "minister"]` for "the minister told the news
 * agency". The last is the excerpt's original source; without `via`, the excerpt is the source's own reporting.
 */
const Via = v.pipe(v.array(Id), v.minLength(1, 'needs at least one actor'));

/** An excerpt of a stored article: checked word for word against the article's text. */
export const ArticleSourceSchema = v.strictObject({
  /** Id of the article. */
  article: Id,
  /** A verbatim substring of the article text, character for character. Required for a stored article. */
  quote: v.optional(v.pipe(Text, v.minLength(8, 'is too short to be a meaningful excerpt'))),
  via: v.optional(Via),
});

/**
 * A web page that is not stored with the dataset (it cannot be redistributed): its address, what is known of it,
 * and optionally a quote, which is shown as "quoted from the linked page, not checked here".
 */
export const LinkSourceSchema = v.strictObject({
  url: WebUrl,
  title: v.optional(Text),
  outlet: v.optional(Text),
  /** When the page was published, as EDTF. */
  published: v.optional(EdtfString),
  quote: v.optional(Text),
  via: v.optional(Via),
});

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** A source is a link when it has a `url` and no `article`; otherwise it is (or should be) a stored article. */
export const SourceSchema = v.lazy((input: unknown) =>
  isRecord(input) && 'url' in input && !('article' in input) ? LinkSourceSchema : ArticleSourceSchema,
);

/** A BCP 47 language tag: `en`, `uk`, `ko`, `en-GB`. */
const LanguageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag'));

export const ArticleSchema = v.strictObject({
  id: Id,
  title: Text,
  /** True when the article has no title of its own and `title` is ours. */
  titleIsDescriptive: v.optional(v.boolean(), false),
  /** Only when the source names it; never guessed. */
  outlet: v.optional(v.nullable(Text), null),
  outletBasis: v.optional(Text),
  published: v.optional(EdtfString),
  publishedBasis: v.optional(Text),
  /** Path of the stored text, relative to the dataset file; without it, the article is a link (`url`) only. */
  file: v.optional(v.pipe(v.string(), v.regex(/^articles\/[a-z0-9][a-z0-9_-]*\.txt$/, 'must be articles/<id>.txt'))),
  /**
   * Only a URL given by the source material; never invented. Any URL passes here, and only web addresses (see
   * `webUrl`) ever become links; an article without a stored text needs a web address.
   */
  url: v.optional(v.nullable(v.pipe(v.string(), v.url())), null),
  language: v.optional(LanguageTag),
  notes: v.optional(v.array(Text), []),
  editorNote: v.optional(EditorNote),
});

export const ActorSchema = v.strictObject({
  id: Id,
  name: Text,
  aliases: v.optional(v.array(Text), []),
  /** The group (lane) the actor belongs to. */
  group: v.optional(Id),
  /** Role at the time of the events, in the project's words. */
  role: v.optional(Text),
  /**
   * The actor (id) this one speaks for, as the sources present them: an agency's head, a spokesperson. What the two
   * say is not independent: they count as one original source when `confirms` and `outcome` are checked.
   */
  speaksFor: v.optional(Id),
  editorNote: v.optional(EditorNote),
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
  /** How the date was inferred from the sources (an importer says which field of which file gave it). */
  dateBasis: Text,
  /**
   * The articles (ids, among the event's sources) whose text gives the date as precisely as `date`, when not all of
   * them do; a date that only one of several articles gives is marked as resting on one source.
   */
  datedBy: v.optional(v.array(Id)),
  /** One of the dataset's kinds. */
  kind: v.optional(Id),
  status: v.optional(v.picklist(EVENT_STATUSES), 'happened'),
  actors: v.optional(v.array(Id), []),
  /** The lane; by default the group of the first actor that has one. */
  group: v.optional(Id),
  /** One neutral sentence in the project's own words. */
  summary: v.optional(Text),
  sources: v.optional(v.array(SourceSchema), []),
  /** Set when the event has no source, on purpose; it is then marked "no source given" wherever it is shown. */
  unsourced: v.optional(v.literal(true)),
  related: v.optional(v.array(RelationSchema), []),
  /**
   * When what the event reports was said (a statement, a forecast, a claim), as EDTF, when that differs from `date`,
   * which is what it is about: a forecast made on 22 October of an arrival on the 23rd has `date` 2024-10-23 and
   * `statedOn` 2024-10-22. Not when it was reported: that comes from the sources' `published`, never typed again.
   */
  statedOn: v.optional(EdtfString),
  /** Events well before the period the dataset is about. */
  background: v.optional(v.boolean()),
  /** A key event of the story, shown first when there is room for only some titles. */
  key: v.optional(v.boolean()),
  editorNote: v.optional(EditorNote),
});

export const ClaimSchema = v.strictObject({
  id: Id,
  /** What is counted, as a stable key shared by comparable claims (e.g. `troops-sent`). */
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
  /** When the number was given, as EDTF, when that differs from the date of its event. */
  statedOn: v.optional(EdtfString),
});

export const DisagreementSchema = v.strictObject({
  id: Id,
  topic: Text,
  /** What the versions are, in the project's words. */
  description: Text,
  /** The events whose versions differ: one is enough when the articles give it differently. */
  events: v.pipe(v.array(Id), v.minLength(1, 'needs at least one event')),
  claims: v.optional(v.array(Id), []),
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
  /**
   * The language of the dataset's own text (titles, summaries, notes, labels), as a BCP 47 tag; `en` by default.
   * The interface may be in another (`?lang=`): this text keeps its own `lang`, so screen readers read it right.
   */
  language: v.optional(LanguageTag),
  /** The lanes, in display order. Without them the timeline has one lane. */
  groups: v.optional(v.array(GroupSchema), []),
  /** What a group is, in a word, as filters and buttons say it: "Party", "Side", "City". "Group" by default. */
  groupsLabel: v.optional(Text),
  /** The kinds of event; without them, `DEFAULT_KINDS`. */
  kinds: v.optional(v.array(KindSchema)),
  articles: v.optional(v.array(ArticleSchema), []),
  /**
   * Every stored article's text in one file (relative to the dataset file): a JSON object from article id to text,
   * which a page reads in one request instead of one per article file. The files stay the reference: `check-data`
   * fails unless the bundle holds exactly their texts.
   */
  articlesBundle: v.optional(
    v.pipe(v.string(), v.regex(/^articles\/[a-z0-9][a-z0-9_-]*\.json$/, 'must be articles/<name>.json')),
  ),
  actors: v.optional(v.array(ActorSchema), []),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'needs at least one event')),
  claims: v.optional(v.array(ClaimSchema), []),
  disagreements: v.optional(v.array(DisagreementSchema), []),
  /** Windows offered as one-click jumps; without them, the timeline starts on all events. */
  windows: v.optional(v.array(WindowSchema)),
  /** Guided stories for presentation mode; without them, a presentation walks the (filtered) events in order. */
  stories: v.optional(v.array(StorySchema)),
});

/**
 * The kinds a dataset gets when it declares none: general enough for any story (a dataset about a war, a
 * council or a century declares its own).
 */
export const DEFAULT_KINDS: readonly { id: string; label: string }[] = [
  { id: 'event', label: 'Event' },
  { id: 'announcement', label: 'Announcement' },
  { id: 'decision', label: 'Decision' },
  { id: 'publication', label: 'Publication' },
  { id: 'incident', label: 'Incident' },
  { id: 'milestone', label: 'Milestone' },
];
