// Rules that keep the suite green on a busy machine (issue 18, docs/decisions/0026-tests-that-never-flake.md),
// checked over the test sources so that a new test cannot quietly break them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

/** Every TypeScript and JavaScript file under tests/, except the fixtures (data, not tests). */
function sources(dir = join(root, 'tests')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(path);
    return /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The sources, but this file: it names what it looks for. */
const files = sources()
  .map((path) => ({ name: relative(root, path), text: readFileSync(path, 'utf8') }))
  .filter(({ name }) => name !== 'tests/unit/scripts/test-hygiene.test.ts');

/** A wait of a fixed number of milliseconds (zero excepted: that only yields to the event loop). */
const FIXED_SLEEP =
  /\b(?:setTimeout\([^()]*(?:\([^()]*\)[^()]*)*,\s*[1-9][\d_]*\s*\)|waitForTimeout\(\s*[1-9]|aTimeout\(|sleep\()/g;

/**
 * The fixed waits that stay, each for something that has no event to wait for: that nothing happens. A longer wait
 * only catches more there; a busy machine can make such a check miss something, never fail a correct build.
 */
const ALLOWED: Record<string, string> = {
  'tests/e2e/csp.e2e.test.ts': 'a grace period in which late work could still violate the policy',
};

describe('the test sources', () => {
  it('hold no fixed sleep where a condition or an event can be awaited', () => {
    const found = files.flatMap(({ name, text }) =>
      [...text.matchAll(FIXED_SLEEP)].map((m) => `${name}: ${m[0]}`).filter(() => !(name in ALLOWED)),
    );
    expect(found).toEqual([]);
    // The pattern finds what it should (so that the check above can fail).
    const probe = [
      'await new Promise((resolve) => setTimeout(resolve, 300));',
      'await page.waitForTimeout(100);',
      'await aTimeout(50);',
      'setTimeout(() => done(), 1_000)',
    ];
    expect(probe.map((line) => line.match(FIXED_SLEEP)?.length ?? 0)).toEqual([1, 1, 1, 1]);
    expect('await new Promise((resolve) => setTimeout(resolve, 0));'.match(FIXED_SLEEP)).toBe(null);
    for (const name of Object.keys(ALLOWED))
      expect(
        files.some((f) => f.name === name && f.text.match(FIXED_SLEEP) !== null),
        name,
      ).toBe(true);
  });

  it('give every property (fast-check) an explicit number of runs, a time limit and a test time-out', () => {
    for (const { name, text } of files.filter((f) => f.text.includes('fc.assert('))) {
      const asserts = text.split('fc.assert(').length - 1;
      expect(text.split('runs(').length - 1, `${name}: runs(n) for each fc.assert`).toBe(asserts);
      expect(
        text.match(/\bPROPERTY_TEST,\s*(?:async\s*)?\(\) =>/g)?.length ?? 0,
        `${name}: PROPERTY_TEST for each property test`,
      ).toBe(asserts);
      expect(text, name).not.toMatch(/numRuns:/);
    }
  });
});
