import { describe, expect, it } from 'vitest';
import { CLAIM_QUALIFIERS, EVENT_STATUSES, RELATIONS } from '../../../src/data/schema.js';
import { claimValueText, relationText, statusText } from '../../../src/data/labels.js';

describe('labels', () => {
  it("has words for every status and relation in the schema (kinds are the dataset's own)", () => {
    for (const status of EVENT_STATUSES) {
      expect(statusText(status).label, status).toMatch(/\w/);
      expect(statusText(status).meaning, status).toMatch(/\w/);
    }
    for (const relation of RELATIONS) expect(relationText(relation), relation).toMatch(/\w/);
  });

  it('says in words that a forecast had not happened', () => {
    expect(`${statusText('expected').label} — ${statusText('expected').meaning}`).toBe(
      'Forecast — expected, not yet happened when reported',
    );
  });

  it('claimValueText(claim) gives the qualifier, the grouped number and the unit', () => {
    const claim = (qualifier: (typeof CLAIM_QUALIFIERS)[number]) => ({ value: 11000, qualifier, unit: 'troops' });
    expect(CLAIM_QUALIFIERS.map((q) => claimValueText(claim(q)))).toEqual([
      '11,000 troops',
      'about 11,000 troops',
      'at least 11,000 troops',
      'up to 11,000 troops',
      'more than 11,000 troops',
    ]);
  });
});
