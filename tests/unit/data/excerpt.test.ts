import { describe, expect, it } from 'vitest';
import { segmentArticle, type ExcerptParagraph } from '../../../src/data/excerpt.js';

/** A paragraph as a compact string: marked text in [brackets], active text in [[double brackets]]. */
function show(paragraph: ExcerptParagraph): string {
  return paragraph.map((s) => (s.active ? `[[${s.text}]]` : s.mark ? `[${s.text}]` : s.text)).join('');
}

const plain = (paragraph: ExcerptParagraph): string => paragraph.map((s) => s.text).join('');

describe('segmentArticle', () => {
  it('splits at single and double line breaks, dropping blank lines', () => {
    const text = 'One.\n\nTwo.\nThree.\r\n\r\n  \nFour.';
    expect(segmentArticle(text, []).map(plain)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('keeps each paragraph verbatim, spaces and typographic quotes included', () => {
    const text = '  Indented “quoted” text, trailing space \n\tTabbed.';
    expect(segmentArticle(text, []).map(plain)).toEqual(['  Indented “quoted” text, trailing space ', '\tTabbed.']);
  });

  it('returns no paragraphs for an empty or blank text', () => {
    expect(segmentArticle('', ['anything'])).toEqual([]);
    expect(segmentArticle('\n \n', [])).toEqual([]);
  });

  it('gives an unmarked paragraph as one segment', () => {
    expect(segmentArticle('Nothing to see.', [])).toEqual([[{ text: 'Nothing to see.', mark: false, active: false }]]);
  });

  it('marks a quote with the text before and after it as separate segments', () => {
    expect(segmentArticle('Alpha said “go now,” then left.', ['“go now,”'])).toEqual([
      [
        { text: 'Alpha said ', mark: false, active: false },
        { text: '“go now,”', mark: true, active: false },
        { text: ' then left.', mark: false, active: false },
      ],
    ]);
  });

  it('marks every occurrence of a quote, in every paragraph', () => {
    const text = 'the units arrive; the units arrive.\nAgain: the units arrive';
    expect(segmentArticle(text, ['the units arrive']).map(show)).toEqual([
      '[the units arrive]; [the units arrive].',
      'Again: [the units arrive]',
    ]);
  });

  it('flags the occurrences of the active quote and leaves the others plain marks', () => {
    const text = 'First quote here. Second quote here.';
    expect(segmentArticle(text, ['First quote', 'Second quote'], 'Second quote').map(show)).toEqual([
      '[First quote] here. [[Second quote]] here.',
    ]);
  });

  it('marks the active quote even when it is not among the quotes', () => {
    expect(segmentArticle('A long sentence.', [], 'long').map(show)).toEqual(['A [[long]] sentence.']);
  });

  it('merges overlapping quotes into one mark and splits it where the active one starts', () => {
    const text = 'abc def ghi jkl';
    expect(segmentArticle(text, ['abc def', 'def ghi']).map(show)).toEqual(['[abc def ghi] jkl']);
    expect(segmentArticle(text, ['abc def'], 'def ghi').map(show)).toEqual(['[abc ][[def ghi]] jkl']);
  });

  it('marks the parts of a quote that crosses a line break in each paragraph', () => {
    const text = 'He said that\nthe war would end soon.\nNothing else.';
    expect(segmentArticle(text, [], 'that\nthe war').map(show)).toEqual([
      'He said [[that]]',
      '[[the war]] would end soon.',
      'Nothing else.',
    ]);
  });

  it('ignores quotes that are empty or not in the text', () => {
    expect(segmentArticle('Some text.', ['', 'absent'], '').map(show)).toEqual(['Some text.']);
  });

  it('matches quotes character for character, case and quotation marks included', () => {
    expect(segmentArticle('He said “yes.”', ['he said', '"yes."']).map(show)).toEqual(['He said “yes.”']);
  });

  it('marks a quote that crosses a blank line in both paragraphs', () => {
    expect(segmentArticle('end.\n\nStart', ['end.\n\nStart']).map(show)).toEqual(['[end.]', '[Start]']);
  });
});
