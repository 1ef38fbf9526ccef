/**
 * Reading back what this app's TimelineJS export wrote beside each slide (`sourced_timeline`): the exact EDTF
 * date, date basis, status, summary and sources, which TimelineJS has no fields for. Used only when the slide's
 * dates and text are still exactly what the export wrote from it; once someone edits the slide in TimelineJS,
 * the visible fields win and the extension is ignored.
 */
import * as v from 'valibot';
import { EVENT_STATUSES } from '../schema.js';
import { slideHtml, type SlideExtension } from './export-timelinejs.js';
import { timelineJsDatesOf } from './timelinejs-date.js';
import type { EventDraft } from './types.js';

const Optional = v.optional(v.string());
/** The chain of sourcing, by the actors' names (`assemble` declares them). */
const Via = v.optional(v.array(v.string()));
const ExtensionSchema = v.object({
  date: v.string(),
  dateBasis: v.string(),
  status: v.optional(v.picklist(EVENT_STATUSES)),
  summary: Optional,
  sources: v.optional(
    v.array(
      v.object({ url: v.string(), title: Optional, outlet: Optional, published: Optional, quote: Optional, via: Via }),
    ),
  ),
  stored: v.optional(
    v.array(
      v.object({ title: v.string(), outlet: Optional, published: Optional, url: Optional, quote: Optional, via: Via }),
    ),
  ),
});

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/** A date object's parts as one comparable string; numbers and strings of the same value compare equal. */
function partsKey(value: unknown): string {
  const date = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return PARTS.map((part) => {
    const raw = date[part];
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    return text === '' ? '' : String(Number(text));
  }).join('|');
}

/** Drops keys whose value is `undefined`, so the dataset has no `"title": undefined`. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** The extension, if the slide has one that still matches its visible fields. */
function matching(slide: Record<string, unknown>): SlideExtension | undefined {
  const parsed = v.safeParse(ExtensionSchema, slide['sourced_timeline']);
  if (!parsed.success) return undefined;
  const extension = defined({
    ...parsed.output,
    sources: parsed.output.sources?.map(defined),
    stored: parsed.output.stored?.map(defined),
  }) as SlideExtension;
  const dates = timelineJsDatesOf(extension.date);
  const text = slide['text'];
  const html = typeof text === 'object' && text !== null ? (text as Record<string, unknown>)['text'] : undefined;
  if (!dates || html !== slideHtml(extension)) return undefined;
  if (partsKey(dates.start) !== partsKey(slide['start_date'])) return undefined;
  if (partsKey(dates.end) !== partsKey(slide['end_date'])) return undefined;
  return extension;
}

/**
 * `event` with the exact fields of the slide's extension, when it has a matching one; otherwise `event` as read
 * from the visible fields. Excerpts of stored articles cannot come back as sources: their words join the summary.
 */
export function fromExtension(slide: Record<string, unknown>, event: EventDraft): EventDraft {
  const extension = matching(slide);
  if (!extension) return event;
  const stored = (extension.stored ?? []).map((source) => {
    const about = [source.title, source.outlet, source.published].filter((part) => part !== undefined).join(', ');
    const quote = source.quote === undefined ? '' : `“${source.quote}” `;
    return `Source not carried over: ${quote}(${about}; an article stored with the dataset this was exported from)`;
  });
  const summary = [extension.summary, ...stored].filter((part) => part !== undefined).join('\n');
  return {
    ...event,
    date: extension.date,
    dateBasis: extension.dateBasis,
    status: extension.status,
    summary: summary === '' ? undefined : summary,
    sources: extension.sources ?? [],
  };
}
