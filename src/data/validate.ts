/**
 * Validates a dataset: limits (numbers of items, nesting depth, string lengths), then shape and dates with the
 * valibot schema, then ids, references and (given the article texts) verbatim quotes. Never throws and never
 * changes its input; collects every problem with its JSON path (at most `MAX_PROBLEMS` of them).
 */
import * as v from 'valibot';
import { DatasetSchema, ID_PATTERN } from './schema.js';
import { normalizeDataset } from './normalize.js';
import type { Dataset, Problem } from './types.js';
import { checkReferences } from './references.js';
import { checkQuotes } from './quotes.js';
import { checkSourcing } from './sourcing-rules.js';
import { runInTurns, runToEnd } from './steps.js';
import {
  MAX_DEPTH,
  MAX_ITEMS,
  MAX_PROBLEMS,
  MAX_QUOTES,
  MAX_SOURCES_PER_EVENT,
  MAX_STORY_STEPS,
  MAX_STRING_LENGTH,
} from './limits.js';

export type Validation = { ok: true; dataset: Dataset; problems: [] } | { ok: false; problems: Problem[] };

export interface ValidateOptions {
  /** Article texts by article id; when given, every quote is checked against them. */
  articleTexts?: ReadonlyMap<string, string>;
}

/** Control, format and line-separator characters, which could hide or fake text in a message or a terminal. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` with unprintable characters written as JSON escapes (`\u202e`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** A key that can be written `.key` in a path; any other is written `["…"]`, as a JSON string. */
const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** Formats a path of keys and indexes as `events[4].sources[0].quote` (an odd key: `events[4]["a.b"]`). */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!PLAIN_KEY.test(String(key))) out += `[${printable(JSON.stringify(String(key)))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** `message at path`, the form used everywhere problems are printed. */
export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.message} at ${problem.path}`;
}

/** The first `max` characters of `text`, with an ellipsis if there were more. */
const shorten = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${shorten(value)}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = formatPath(keys);
  const last = keys.at(-1);
  if (issue.kind === 'schema' && issue.input === undefined && typeof last === 'string') {
    return { path, message: `missing required field "${shorten(last)}"` };
  }
  if (issue.type === 'strict_object' && typeof last === 'string') {
    return { path, message: `unknown field "${shorten(last)}"` };
  }
  if (issue.kind === 'schema') {
    return { path, message: `expected ${issue.expected ?? 'another value'}, got ${describe(issue.input)}` };
  }
  // Validation actions carry their own messages, e.g. `invalid date "2024-13-01": …`.
  if (!issue.message.startsWith('invalid')) return { path, message: `${describe(issue.input)} ${issue.message}` };
  return { path, message: `${issue.message}${whose(issue)}` };
}

/** For a bad date: which item has it, ` (event "marathon")`, so the message names it without reading the path. */
function whose(issue: v.BaseIssue<unknown>): string {
  const items = issue.path ?? [];
  const holder = items.at(-1)?.input;
  const collection = items[0]?.key;
  if (!isRecord(holder) || typeof holder['id'] !== 'string' || !ID_PATTERN.test(holder['id'])) return '';
  if (typeof collection !== 'string' || items.length !== 3) return '';
  return ` (${collection === 'stories' ? 'story' : collection.replace(/s$/, '')} "${holder['id']}")`;
}

/**
 * At most `MAX_PROBLEMS` problems, the rest counted in one more, with messages made printable: a broken
 * file can have a million problems, which no one reads and which would take seconds to sort and show.
 */
export function limitProblems(problems: readonly Problem[]): Problem[] {
  const kept = problems.slice(0, MAX_PROBLEMS).map((p) => ({ path: p.path, message: printable(p.message) }));
  const more = problems.length - kept.length;
  if (more > 0) kept.push({ path: '', message: `… and ${more} more problems, not listed` });
  return kept;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value met while walking the input, with how it was reached (its path is built only when needed). */
interface Visit {
  value: object;
  depth: number;
  parent: Visit | undefined;
  key: string | number;
}

function keysOf(visit: Visit | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at = visit; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * The limits, checked before the schema: numbers of items first (a million events are refused without looking
 * at each), then, walking the whole value without recursion, nesting depth and the length of every string and
 * field name.
 */
function checkLimits(input: unknown): Problem[] {
  const problems: Problem[] = [];
  if (isRecord(input)) {
    for (const [collection, max] of Object.entries(MAX_ITEMS)) {
      const items = input[collection];
      if (Array.isArray(items) && items.length > max) {
        problems.push({ path: collection, message: `${items.length} ${collection}; the limit is ${max}` });
      }
    }
    const stories = input['stories'];
    if (Array.isArray(stories) && stories.length <= MAX_ITEMS.stories) {
      stories.forEach((story: unknown, i) => {
        const steps = isRecord(story) ? story['steps'] : undefined;
        if (Array.isArray(steps) && steps.length > MAX_STORY_STEPS) {
          problems.push({
            path: `stories[${i}].steps`,
            message: `${steps.length} steps; the limit is ${MAX_STORY_STEPS}`,
          });
        }
      });
    }
    problems.push(...checkSourceCounts(input));
  }
  if (problems.length > 0 || typeof input !== 'object' || input === null) {
    if (typeof input === 'string' && input.length > MAX_STRING_LENGTH) {
      problems.push({ path: '', message: tooLong('a string', input.length) });
    }
    return problems;
  }

  const stack: Visit[] = [{ value: input, depth: 1, parent: undefined, key: '' }];
  // Each object is walked once: a value built in code (not parsed) may share parts or contain itself.
  const seen = new Set<object>([input]);
  const child = (visit: Visit, key: string | number, value: unknown) => {
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) {
        problems.push({ path: formatPath([...keysOf(visit), key]), message: tooLong('a string', value.length) });
      }
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      stack.push({ value, depth: visit.depth + 1, parent: visit, key });
    }
  };
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (problems.length > MAX_PROBLEMS) break;
    if (visit.depth > MAX_DEPTH) {
      problems.push({
        path: formatPath(keysOf(visit)),
        message: `arrays and objects are nested more than ${MAX_DEPTH} levels deep`,
      });
      continue;
    }
    const { value } = visit;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) child(visit, i, value[i]);
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record).reverse()) {
        if (key.length > MAX_STRING_LENGTH) {
          problems.push({ path: formatPath(keysOf(visit)), message: tooLong('a field name', key.length) });
        } else child(visit, key, record[key]);
      }
    }
  }
  return problems;
}

/** Sources per event, and quotes in all: each one is checked against an article text when the dataset loads. */
function checkSourceCounts(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const events = input['events'];
  const claims = input['claims'];
  if (!Array.isArray(events) || events.length > MAX_ITEMS.events) return problems;
  let quotes = Array.isArray(claims) && claims.length <= MAX_ITEMS.claims ? claims.length : 0;
  events.forEach((event: unknown, i) => {
    const sources = isRecord(event) ? event['sources'] : undefined;
    if (!Array.isArray(sources)) return;
    quotes += sources.length;
    if (sources.length > MAX_SOURCES_PER_EVENT) {
      problems.push({
        path: `events[${i}].sources`,
        message: `${sources.length} sources; the limit is ${MAX_SOURCES_PER_EVENT} per event`,
      });
    }
  });
  if (quotes > MAX_QUOTES) {
    problems.push({
      path: 'events',
      message: `${quotes} sources in all (with the claims'); the limit is ${MAX_QUOTES}`,
    });
  }
  return problems;
}

const tooLong = (what: string, length: number): string =>
  `${what} of ${length} characters; the limit is ${MAX_STRING_LENGTH}`;

function reason(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/**
 * The steps of `validateDataset`, each a bounded piece of work: it pauses (yields) between the limits, the shape,
 * the references and the sourcing rules, so that a page can run them in turns (`validateInTurns`).
 */
function* validation(input: unknown, options: ValidateOptions): Generator<void, Validation> {
  try {
    const limits = checkLimits(input);
    if (limits.length > 0) return { ok: false, problems: limitProblems(limits) };
    yield;
    const result = v.safeParse(DatasetSchema, input, { abortEarly: false });
    if (!result.success) {
      return { ok: false, problems: limitProblems(result.issues.map(issueToProblem)) };
    }
    yield;
    // References and quotes need a well-formed dataset, so they are checked after the shape; links become
    // articles first, so that every view (and these checks) meets one kind of source.
    const { dataset, problems } = normalizeDataset(result.output);
    const references = checkReferences(dataset);
    problems.push(...references);
    yield;
    // The sourcing rules look events up by id, which needs the ids to be unique and the references to resolve.
    if (references.length === 0) problems.push(...checkSourcing(dataset));
    if (options.articleTexts) problems.push(...checkQuotes(dataset, options.articleTexts));
    return problems.length === 0
      ? { ok: true, dataset, problems: [] }
      : { ok: false, problems: limitProblems(problems) };
  } catch (error) {
    // Nothing above should throw; a value built in code (a getter, a proxy) still might.
    return { ok: false, problems: [{ path: '', message: printable(`internal error: ${reason(error)}`) }] };
  }
}

/** Checks an unknown JSON value against the limits, the dataset schema and its own references. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): Validation {
  return runToEnd(validation(input, options));
}

/**
 * `validateDataset` in turns: `pause` runs between its steps (in a page, a yield to the page), so that the
 * validation of a large dataset is several tasks of tens of milliseconds rather than one of hundreds.
 */
export async function validateInTurns(
  input: unknown,
  pause: () => Promise<void>,
  options: ValidateOptions = {},
): Promise<Validation> {
  return runInTurns(validation(input, options), pause);
}
