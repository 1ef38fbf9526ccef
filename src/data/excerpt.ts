/**
 * Splitting an article into paragraphs with its excerpts marked, so a view can
 * highlight them without ever turning the text into HTML.
 */

/** A run of article text, verbatim, that is either all inside excerpts or all outside. */
export interface ExcerptSegment {
  readonly text: string;
  /** Part of one of the quotes. */
  readonly mark: boolean;
  /** Part of the active quote, the one to scroll to. */
  readonly active: boolean;
}

/** One paragraph: its segments joined give the paragraph text exactly. */
export type ExcerptParagraph = readonly ExcerptSegment[];

const MARK = 1;
const ACTIVE = 2;

/** Flags every character covered by an occurrence of `quote`. */
function flagOccurrences(text: string, quote: string, flag: number, flags: Uint8Array): void {
  if (quote === '') return;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
    for (let i = at; i < at + quote.length; i++) flags[i] = (flags[i] ?? 0) | flag;
  }
}

function segments(text: string, from: number, to: number, flags: Uint8Array): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || flags[i] !== flags[start]) {
      const flag = flags[start] ?? 0;
      out.push({ text: text.slice(start, i), mark: (flag & MARK) !== 0, active: (flag & ACTIVE) !== 0 });
      start = i;
    }
  }
  return out;
}

/**
 * Splits `text` into paragraphs at line breaks (blank lines are dropped; the sources
 * use both single and double line breaks) and marks every occurrence of each quote.
 * Occurrences of `active` are marked and flagged active, even if it is not in `quotes`.
 * Quotes are matched in the whole text, so one that crosses a line break is marked
 * in each paragraph it touches.
 */
export function segmentArticle(text: string, quotes: readonly string[], active?: string): ExcerptParagraph[] {
  const flags = new Uint8Array(text.length);
  for (const quote of quotes) flagOccurrences(text, quote, MARK, flags);
  if (active !== undefined) flagOccurrences(text, active, MARK | ACTIVE, flags);

  const paragraphs: ExcerptParagraph[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    if (text.slice(start, end).trim() !== '') paragraphs.push(segments(text, start, end, flags));
    if (!found) return paragraphs;
    start = lineBreak.lastIndex;
  }
}
