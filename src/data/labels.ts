/** The fixed vocabulary (statuses, relations, claim qualifiers) in words for readers, shared by every view. */
import type { Claim, ClaimQualifier, EventStatus, RelationType } from './types.js';
import { intlLocale } from '../i18n/intl-locale.js';
import { msg, str } from '@lit/localize';

/** A short label for each status, and what it means, so colour or shape is never the only cue. */
export const STATUS_TEXT: Readonly<Record<EventStatus, { label: string; meaning: string }>> = {
  get happened() {
    return { label: msg('Happened'), meaning: msg('reported as having taken place') };
  },
  get claimed() {
    return { label: msg('Claimed'), meaning: msg('asserted by a party, not confirmed') };
  },
  get expected() {
    return { label: msg('Forecast'), meaning: msg('expected, not yet happened when reported') };
  },
  get denied() {
    return { label: msg('Denial'), meaning: msg('a party rejects a claim') };
  },
};

/** How a related event stands to the one shown, as the start of a sentence. */
export const RELATION_TEXT: Readonly<Record<RelationType, string>> = {
  get outcome() {
    return msg('Outcome of this forecast:');
  },
  get forecast() {
    return msg('Forecast of this event:');
  },
  get contradicts() {
    return msg('Contradicted by:');
  },
  get differs() {
    return msg('Another version (both can be true):');
  },
  get confirms() {
    return msg('Supported independently by:');
  },
  get context() {
    return msg('Background:');
  },
};

/** "about 11,000", "at least 10,000": the number written into its qualifier (the unit is the dataset's). */
function qualified(qualifier: ClaimQualifier, value: string): string {
  switch (qualifier) {
    case 'exact':
      return value;
    case 'about':
      return msg(str`about ${value}`);
    case 'at-least':
      return msg(str`at least ${value}`);
    case 'up-to':
      return msg(str`up to ${value}`);
    case 'more-than':
      return msg(str`more than ${value}`);
  }
}

/** A claimed number with its qualifier and unit: "about 11,000 troops". */
export function claimValueText(claim: Pick<Claim, 'value' | 'qualifier' | 'unit'>, locale = intlLocale()): string {
  return `${qualified(claim.qualifier, new Intl.NumberFormat(locale).format(claim.value))} ${claim.unit}`;
}
