/**
 * The early screen's work on a dataset's text (decision 0055): parsed, validated as the app validates it (its quotes
 * excepted: the article texts are not there yet), with the EDTF grammar brought when a date needs it, and its first
 * screen.
 */
import { forgetParsedDates } from '../data/edtf-parse.js';
import { parseJson } from '../data/load.js';
import { validateDataset } from '../data/validate.js';
import { grammarLoaded, loadGrammar } from './lazy-grammar.js';
import { firstScreen, type FirstScreen } from './model.js';

/** The first screen of the dataset in `text` (read from `url`), or undefined when it does not validate. */
export async function screenOf(text: string, url: string): Promise<FirstScreen | undefined> {
  const json = parseJson(text, url);
  if (!json.ok) return undefined;
  let valid = validateDataset(json.value);
  if (!valid.ok && !grammarLoaded()) {
    // Perhaps a date in a form only the grammar reads: validated again once it is here.
    await loadGrammar();
    forgetParsedDates();
    valid = validateDataset(json.value);
  }
  return valid.ok ? firstScreen(valid.dataset) : undefined;
}
