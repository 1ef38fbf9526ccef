// Every catalogue (xliff/) has every message the code has, translated, with the same placeholders: a message left out
// or a placeholder lost would show English, or a wrong number, in that language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { targetLocales } from '../../../src/i18n/generated/locale-codes.js';

interface Unit {
  id: string;
  source: string;
  target: string | undefined;
}

function units(locale: string): Unit[] {
  const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  const found = xliff.matchAll(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?\s*<\/trans-unit>/g,
  );
  return [...found].map(([, id = '', source = '', target]) => ({ id, source, target }));
}

/** The placeholders of a message, sorted: `<x id="0" equiv-text="${count}"/>`. */
const placeholders = (text: string) => [...text.matchAll(/<x id="\d+" equiv-text="[^"]*"\/>/g)].map(([x]) => x).sort();

const english = units('uk').map((unit) => unit.id);

describe('the message catalogues', () => {
  it('cover Ukrainian, Korean and the right-to-left pseudo-locale', () => {
    expect([...targetLocales].sort()).toEqual(['ar-XB', 'ko', 'uk']);
    expect(english.length).toBeGreaterThan(400);
  });

  for (const locale of targetLocales) {
    it(`${locale}: every message is there, translated, with the same placeholders`, () => {
      const found = units(locale);
      expect(found.map((unit) => unit.id).sort()).toEqual([...english].sort());
      const untranslated = found.filter((unit) => unit.target === undefined || unit.target.trim() === '');
      expect(untranslated.map((unit) => unit.id)).toEqual([]);
      const lost = found.filter((unit) => placeholders(unit.source).join() !== placeholders(unit.target ?? '').join());
      expect(lost.map((unit) => `${unit.id}: ${unit.target ?? ''}`)).toEqual([]);
    });
  }

  it('the translations differ from the English (a copied source is not a translation)', () => {
    for (const locale of ['uk', 'ko']) {
      // Autonyms, keys and symbols read the same in every language.
      const same = units(locale).filter(
        (unit) => unit.target === unit.source && /[a-z]{3}/i.test(unit.source.replace(/<x [^>]*\/>/g, '')),
      );
      expect(same.map((unit) => unit.source)).toEqual(['English']);
    }
  });
});
