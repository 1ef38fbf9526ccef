/**
 * From what a file said (a `Draft`) to a dataset: ids given out, the vocabulary (groups, kinds, actors) declared
 * from the names used, the rows that could not be read reported or, with `skipInvalid`, left out and counted in
 * the description. The result is validated here, so that an import never hands on a dataset the app would refuse.
 */
import { validateDataset } from '../validate.js';
import { IdAllocator, idsAndLabels, slugify } from './ids.js';
import type {
  DatasetFile,
  Draft,
  EventDraft,
  EventFile,
  ImportOptions,
  ImportResult,
  RowProblem,
  SourceFile,
} from './types.js';

/** At most this many problems are listed; the rest are counted (a broken file may have thousands). */
const MAX_PROBLEMS = 1_000;

function limited(problems: RowProblem[]): RowProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), { where: 'file', message: `… and ${more} more problems` }];
}

/** Ids for the events: the file's own where valid and free, then `event-<n>` for the others. */
function eventIds(events: readonly EventDraft[]): string[] {
  const allocator = new IdAllocator();
  const wished = events.map((event) => slugify(event.idHint ?? ''));
  const ids = wished.map((slug) => (slug === '' ? '' : allocator.claim(slug)));
  return ids.map((id, i) => (id === '' ? allocator.next('event', i + 1) : id));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence the description gains when rows are left out. */
function skippedSentence(draft: Draft, skipped: readonly RowProblem[]): string {
  const rows = new Set(skipped.map((problem) => problem.where)).size;
  const what = draft.format === 'timelinejs-json' ? plural(rows, 'entry', 'entries') : plural(rows, 'row', 'rows');
  return ` On import, ${what} of "${draft.name}" could not be read and ${rows === 1 ? 'was' : 'were'} left out.`;
}

/** Turns a draft into a validated dataset, or the problems that stop it. */
export function assemble(draft: Draft, options: ImportOptions = {}): ImportResult {
  const { format } = draft;
  if (draft.fatal.length > 0) return { ok: false, format, problems: limited([...draft.fatal, ...draft.problems]) };
  if (draft.problems.length > 0 && options.skipInvalid !== true) {
    return { ok: false, format, problems: limited(draft.problems) };
  }
  if (draft.events.length === 0) {
    const none = { where: 'file', message: `no event could be imported from "${draft.name}"` };
    return { ok: false, format, problems: limited([...draft.problems, none]) };
  }
  const skipped = draft.problems;
  const groups = idsAndLabels(
    draft.events.map((event) => event.group),
    'group',
  );
  const kinds = idsAndLabels(
    draft.events.map((event) => event.kind),
    'kind',
  );
  // Actors named by the events, then those only named in a chain of sourcing (`via`, by name in a draft).
  const actors = idsAndLabels(
    draft.events.flatMap((event) => [...(event.actors ?? []), ...event.sources.flatMap((source) => source.via ?? [])]),
    'actor',
  );
  const sourcesOf = (event: EventDraft): SourceFile[] =>
    event.sources.map((source) =>
      source.via === undefined ? source : { ...source, via: source.via.map((name) => actors.ids.get(name) ?? name) },
    );
  const ids = eventIds(draft.events);
  const events = draft.events.map((event, i): EventFile => {
    const actorIds = (event.actors ?? []).flatMap((name) => actors.ids.get(name) ?? []);
    return {
      id: ids[i] ?? `event-${i + 1}`,
      title: event.title,
      date: event.date,
      dateBasis: event.dateBasis,
      ...(event.summary ? { summary: event.summary } : {}),
      ...(event.status ? { status: event.status } : {}),
      ...(event.group === undefined ? {} : { group: groups.ids.get(event.group) }),
      ...(event.kind === undefined ? {} : { kind: kinds.ids.get(event.kind) }),
      ...(actorIds.length > 0 ? { actors: [...new Set(actorIds)] } : {}),
      ...(event.sources.length > 0 ? { sources: sourcesOf(event) } : { unsourced: true as const }),
    };
  });
  const windowIds = new IdAllocator();
  const windows = draft.windows.map((window, i) => {
    const slug = slugify(window.label);
    return {
      id: slug === '' ? windowIds.next('window', i + 1) : windowIds.claim(slug),
      label: window.label,
      date: window.date,
    };
  });
  const title = draft.title ?? titleFromName(draft.name);
  const description =
    (draft.description ?? `Imported from "${draft.name}".`) +
    (skipped.length > 0 ? skippedSentence(draft, skipped) : '');
  const dataset: DatasetFile = {
    title,
    description,
    ...(groups.list.length > 0 ? { groups: groups.list.map(({ id, label }) => ({ id, label })) } : {}),
    ...(kinds.list.length > 0 ? { kinds: kinds.list.map(({ id, label }) => ({ id, label })) } : {}),
    ...(draft.articles.length > 0 ? { articles: draft.articles } : {}),
    ...(actors.list.length > 0 ? { actors: actors.list.map(({ id, label }) => ({ id, name: label })) } : {}),
    events,
    ...(windows.length > 0 ? { windows } : {}),
  };
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    const problems = checked.problems.map((problem) => ({
      where: whereOf(problem.path, draft),
      message: `${problem.message}${problem.path === '' ? '' : ` (at ${problem.path} of the imported dataset)`}`,
    }));
    return { ok: false, format, problems: limited(problems) };
  }
  const files = draft.articles.flatMap((article) => (article.file === undefined ? [] : [article.file]));
  return { ok: true, format, dataset, skipped: limited(skipped), files };
}

/** Where in the file a problem of the imported dataset comes from: `events[2].title` → the row of event 2. */
function whereOf(path: string, draft: Draft): string {
  const match = /^(events|windows)\[(\d+)\]/.exec(path);
  const items = match?.[1] === 'events' ? draft.events : draft.windows;
  return (match ? items[Number(match[2])]?.where : undefined) ?? 'file';
}

/** `"my-timeline_2024.json"` → `"my timeline 2024"`: a title when the file gives none. */
export function titleFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const words = base.replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? 'Imported timeline' : words;
}
