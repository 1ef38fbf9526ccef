/**
 * Words keyed by a fixed set of values (a status, a view, a unit of time), in the interface language.
 *
 * `words` writes the whole table with literal `msg('…')` calls, which is what lit-localize's extractor needs, and is
 * called each time a word is asked for, so the words follow a change of language with nothing cached. A module-level
 * table of values would be read once, in English; a table of getters says the same at three lines a word.
 */
export function wordTable<K extends string, V = string>(words: () => Readonly<Record<K, V>>): (key: K) => V {
  return (key) => words()[key];
}
