import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageScript } from '../../../scripts/page-script.js';

const PAGE_SCRIPTS = [
  new URL('../../../bench/probe.ts', import.meta.url),
  new URL('../../support/ux-page.ts', import.meta.url),
];

describe('pageScript', () => {
  for (const url of PAGE_SCRIPTS) {
    const name = url.pathname.split('/').slice(-2).join('/');

    it(`${name}: plain JavaScript a page can run as an init script (no types, imports, exports or helpers)`, () => {
      const code = pageScript(url);
      // Compiles as a classic script, which is what addInitScript runs.
      expect(() => new Script(code, { filename: name })).not.toThrow();
      expect(code).not.toMatch(/^\s*(import|export)\b/m);
      expect(code).not.toMatch(/\b(__name|__awaiter|__rest|require)\(/);
      expect(code).not.toMatch(/:\s*StUx\w*|as HTMLElement\b|interface \w+ \{/);
    });
  }

  it('bench/probe.ts, run on a stand-in window with __stVisibilityOnly, defines the visibility helpers only', () => {
    const window: Record<string, unknown> = { __stVisibilityOnly: true };
    new Script(pageScript(PAGE_SCRIPTS[0]!)).runInNewContext({ window });
    expect(Object.keys(window.__stVisibility as object).sort()).toEqual(
      ['deepElementFromPoint', 'laidOut', 'parentOf', 'viewport', 'whyHidden', 'within'].sort(),
    );
    expect(window.__bench).toBeUndefined();
  });
});
