/** The fixed vocabulary (statuses, relations, claim qualifiers) in words for readers, shared by every view. */
import type { Claim, ClaimQualifier, EventStatus, RelationType } from './types.js';
import { intlLocale } from '../i18n/intl-locale.js';

/** A short label for each status, and what it means, so colour or shape is never the only cue. */
export const STATUS_TEXT: Readonly<Record<EventStatus, { label: string; meaning: string }>> = {
  happened: { label: 'Happened', meaning: 'reported as having taken place' },
  claimed: { label: 'Claimed', meaning: 'asserted by a party, not confirmed' },
  expected: { label: 'Forecast', meaning: 'expected, not yet happened when reported' },
  denied: { label: 'Denial', meaning: 'a party rejects a claim' },
};

/** How a related event stands to the one shown, as the start of a sentence. */
export const RELATION_TEXT: Readonly<Record<RelationType, string>> = {
  outcome: 'Outcome of this forecast:',
  forecast: 'Forecast of this event:',
  contradicts: 'Contradicted by:',
  differs: 'Another version (both can be true):',
  confirms: 'Supported independently by:',
  context: 'Background:',
};

const QUALIFIER_TEXT: Readonly<Record<ClaimQualifier, string>> = {
  exact: '',
  about: 'about ',
  'at-least': 'at least ',
  'up-to': 'up to ',
  'more-than': 'more than ',
};

/** A claimed number with its qualifier and unit: "about 11,000 troops". */
export function claimValueText(claim: Pick<Claim, 'value' | 'qualifier' | 'unit'>, locale = intlLocale()): string {
  return `${QUALIFIER_TEXT[claim.qualifier]}${new Intl.NumberFormat(locale).format(claim.value)} ${claim.unit}`;
}
