/**
 * Writes the right-to-left pseudo-locale's catalogue (`xliff/ar-XB.xlf`) from the English sources that
 * `lit-localize extract` put in it: every word accented and written right to left (inside RLO … PDF, as Chromium's
 * and Android's `ar-XB` do), every message in brackets, every placeholder isolated. Placeholders and character references stay as they are.
 * `?lang=ar-XB` then shows the whole interface as a right-to-left language would, with `dir="rtl"` (decision 0031).
 * Run by `npm run i18n:extract`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'xliff/ar-XB.xlf';
const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Z: 'Ž',
};
const RLO = '\u202e';
const PDF = '\u202c';

/** One stretch of text between placeholders: each word accented and turned right to left. */
function pseudo(text: string): string {
  return text
    .split(/(&[a-z]+;|&#\d+;)/)
    .map((part) =>
      part.startsWith('&')
        ? part
        : part.replace(/[A-Za-z]+/g, (word) => RLO + word.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c) + PDF),
    )
    .join('');
}

/** A message's pseudo-translation: its text parts changed, its `<x …/>` placeholders kept, all in brackets. */
export function pseudoMessage(source: string): string {
  const parts = source.split(/(<x [^>]*\/>)/);
  // Each placeholder isolated (FSI … PDI): a date or a name written left to right stays whole in the sentence.
  const isolated = (part: string) => `\u2068${part}\u2069`;
  return `[${parts.map((part) => (part.startsWith('<x ') ? isolated(part) : pseudo(part))).join('')}]`;
}

function main(): void {
  const xliff = readFileSync(FILE, 'utf8');
  const unit =
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>[\s\S]*?<\/target>)?\s*<\/trans-unit>/g;
  const written = xliff.replace(
    unit,
    (_, id: string, source: string) =>
      `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${pseudoMessage(source)}</target>\n</trans-unit>`,
  );
  writeFileSync(FILE, written);
}

main();
