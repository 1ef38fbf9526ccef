/**
 * Text sizes for chart layout. Charts are built detached from the page (and in Node tests), where text cannot be
 * measured, so widths are estimated per character class, erring wide: a label placed by an estimate never
 * collides with its neighbour once drawn.
 */

/** Width of each character in em, by class, for common sans-serif fonts, wide ones included (DejaVu Sans on Linux). */
function charEm(char: string): number {
  if (/[.,:;'’!|ijlI·\s]/.test(char)) return 0.34;
  if (/[mwMW%@—]/.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.76;
  if (/[0-9]/.test(char)) return 0.66;
  if (/[frt()\-–]/.test(char)) return 0.45;
  return 0.62;
}

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize * (bold ? 1.14 : 1);
}

/** Splits `text` at spaces into lines no wider than `maxWidth` (a longer word gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
