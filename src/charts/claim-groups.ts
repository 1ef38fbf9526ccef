/**
 * The data of the claims view: numeric claims grouped by what they count, with names and dates resolved, and the
 * disagreements between articles. Pure; the chart in `claims.ts` draws the groups.
 */
import { eventDate, eventDateText, type DatasetIndex } from '../data/dataset-index.js';
import { formatDateSpan } from '../data/dates.js';
import { claimValueText } from '../data/labels.js';
import type { Actor, Claim } from '../data/types.js';
import { msg } from '@lit/localize';

/** A claim ready to draw. */
export interface ClaimEntry {
  readonly claim: Claim;
  /** The claimant's name: "Office for National Statistics (ONS)". */
  readonly claimant: string;
  /** For labels: the shortest alias the name itself contains ("ONS", "Smith"), else the name. */
  readonly claimantShort: string;
  /** The claimant's group, for colour (never the only cue: labels name the claimant); none if it has none. */
  readonly group: string | undefined;
  /** Date of the claim's event: "18 Oct 2024", "about Oct 2024". */
  readonly dateText: string;
  /** The same without the year when all the claims shown are from one year: "18 Oct". */
  readonly shortDateText: string;
  /** Start of the event's date (ms since the epoch), for ordering. */
  readonly time: number;
  /** The number with its qualifier, no unit: "about 12,000". */
  readonly valueText: string;
}

/** The claims that count one thing (`measure`), comparable on one scale. */
export interface ClaimGroup {
  readonly measure: string;
  /** What is counted, in the shortest wording among its claims. */
  readonly title: string;
  readonly unit: string;
  /** By value, then date. */
  readonly claims: readonly ClaimEntry[];
}

/** A disagreement between the articles, with its events in date order. */
export interface DisagreementItem {
  readonly id: string;
  readonly topic: string;
  readonly description: string;
  readonly events: readonly { id: string; title: string; dateText: string }[];
}

/** The shortest alias that the name itself contains as words: "ONS" for "Office for National Statistics (ONS)". */
export function shortName(actor: Pick<Actor, 'name' | 'aliases'>): string {
  const words = (text: string) => ` ${text.replace(/[()]/g, ' ')} `.replace(/\s+/g, ' ');
  return actor.aliases
    .filter((alias) => alias.length < actor.name.length && words(actor.name).includes(words(alias)))
    .reduce((best, alias) => (alias.length < best.length ? alias : best), actor.name);
}

/**
 * Claims whose event is in `eventIds` (all claims without it), grouped by measure. Groups with more claims come
 * first; ties keep the dataset's order.
 */
export function groupClaims(index: DatasetIndex, eventIds?: ReadonlySet<string>): ClaimGroup[] {
  const claims = index.dataset.claims.filter((c) => !eventIds || eventIds.has(c.event));
  const time = (claim: Claim) => {
    const event = index.event.get(claim.event);
    return event ? eventDate(index, event) : undefined;
  };
  const years = new Set(claims.map((c) => new Date(time(c)?.start ?? 0).getUTCFullYear()));
  const entry = (claim: Claim): ClaimEntry => {
    const actor = index.actor.get(claim.claimant);
    const span = time(claim);
    const dateText = span ? formatDateSpan(span) : msg('date unknown');
    const year = span ? new Date(span.start).getUTCFullYear() : undefined;
    return {
      claim,
      claimant: actor?.name ?? claim.claimant,
      claimantShort: actor ? shortName(actor) : claim.claimant,
      group: actor?.group,
      dateText,
      shortDateText: years.size === 1 && year !== undefined ? dateText.replace(` ${year}`, '') : dateText,
      time: span?.start ?? 0,
      valueText: claimValueText({ ...claim, unit: '' }).trim(),
    };
  };
  const groups = new Map<string, ClaimEntry[]>();
  for (const claim of claims) {
    const list = groups.get(claim.measure) ?? [];
    list.push(entry(claim));
    groups.set(claim.measure, list);
  }
  return [...groups]
    .map(([measure, list]) => ({
      measure,
      title: list.map((e) => e.claim.counts).reduce((a, b) => (b.length < a.length ? b : a)),
      unit: list[0]?.claim.unit ?? '',
      claims: list.sort((a, b) => a.claim.value - b.claim.value || a.time - b.time),
    }))
    .sort((a, b) => b.claims.length - a.claims.length);
}

/** Disagreements that involve any event in `eventIds` (all without it), in the dataset's order. */
export function disagreementList(index: DatasetIndex, eventIds?: ReadonlySet<string>): DisagreementItem[] {
  const order = new Map(index.events.map((e, i) => [e.id, i]));
  return index.dataset.disagreements
    .filter((d) => !eventIds || d.events.some((id) => eventIds.has(id)))
    .map((d) => ({
      id: d.id,
      topic: d.topic,
      description: d.description,
      events: d.events
        .flatMap((id) => {
          const event = index.event.get(id);
          return event ? [{ id, title: event.title, dateText: eventDateText(index, event) }] : [];
        })
        .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    }));
}
