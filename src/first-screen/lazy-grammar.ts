/**
 * The `edtf` package's grammar, loaded when a dataset needs it: in the early screen's bundle (built by
 * scripts/first-screen.ts) this module stands in for the package where src/data/edtf-parse.ts imports it. The grammar
 * is most of that package's size, and most datasets' dates take the common forms that edtf-parse.ts reads by a
 * pattern; a dataset with another form (years before 1 CE, seasons, unspecified digits…) fails to validate until
 * `loadGrammar()` has brought it, and `early.ts` then validates it again.
 */
import type { EdtfTree, EdtfValue } from 'edtf';

let grammar: typeof import('edtf') | undefined;

/** Brings the grammar (a chunk of its own in the early screen's bundle). */
export async function loadGrammar(): Promise<void> {
  grammar ??= await import('edtf');
}

/** Whether the grammar is here. */
export function grammarLoaded(): boolean {
  return grammar !== undefined;
}

function loaded(): typeof import('edtf') {
  if (grammar === undefined) throw new Error('the EDTF grammar is not loaded');
  return grammar;
}

export function parse(input: string): EdtfTree {
  return loaded().parse(input);
}

export default function edtf(input: string | EdtfTree): EdtfValue {
  return loaded().default(input);
}
