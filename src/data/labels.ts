/** The fixed vocabulary (statuses, relations, claim qualifiers) in words for readers, shared by every view. */
import type { Claim, ClaimQualifier, EventStatus, RelationType } from './types.js';
import { intlLocale } from '../i18n/intl-locale.js';
import { wordTable } from '../i18n/word-table.js';
import { msg, str } from '@lit/localize';

/** A short label for each status, and what it means, so colour or shape is never the only cue. */
export const statusText = wordTable<EventStatus, { label: string; meaning: string }>(() => ({
  happened: { label: msg('Happened'), meaning: msg('reported as having taken place') },
  claimed: { label: msg('Claimed'), meaning: msg('asserted by a party, not confirmed') },
  expected: { label: msg('Forecast'), meaning: msg('expected, not yet happened when reported') },
  denied: { label: msg('Denial'), meaning: msg('a party rejects a claim') },
}));

/** How a related event stands to the one shown, as the start of a sentence. */
export const relationText = wordTable<RelationType>(() => ({
  outcome: msg('Outcome of this forecast:'),
  forecast: msg('Forecast of this event:'),
  contradicts: msg('Contradicted by:'),
  differs: msg('Another version (both can be true):'),
  confirms: msg('Supported independently by:'),
  context: msg('Background:'),
}));

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
