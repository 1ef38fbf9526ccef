// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readState } from '../../../src/app/app-state.js';
import { EMPTY_FILTERS } from '../../../src/data/filters.js';
import * as snippet from '../../../src/embed/snippet.js';
import {
  elementPageUrl,
  elementSnippet,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  type EmbedOptions,
} from '../../../src/embed/snippet.js';

const APP = 'https://example.org/timeline/';
const TITLE = "North Korean troops in Russia's Kursk region, October 2024";
/** A well-formed SHA-384 integrity value (MDN's example: the hash of `alert('Hello, world.');`). */
const HASH = 'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO';

/** The value of `name="…"` in the snippet, unescaped. */
function attribute(html: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
  return found
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('snippet module', () => {
  it('exports exactly this API', () => {
    expect(Object.keys(snippet).sort()).toEqual([
      'ACCENT',
      'DEFAULT_HEIGHT',
      'EMBED_ALLOW',
      'EMBED_REFERRER_POLICY',
      'EMBED_SANDBOX',
      'EVENT_ID',
      'MAX_HEIGHT',
      'MAX_TITLE_LENGTH',
      'MIN_HEIGHT',
      'besideApp',
      'elementPageUrl',
      'elementSnippet',
      'embedSnippet',
      'embedUrl',
      'escapeAttribute',
      'validHeight',
    ]);
  });
});

describe('escapeAttribute(text)', () => {
  it('escapes & < > and the double quote, ampersand first', () => {
    expect(escapeAttribute('a & b < c > d " e')).toBe('a &amp; b &lt; c &gt; d &quot; e');
    expect(escapeAttribute('&amp;')).toBe('&amp;amp;');
  });
  it('leaves other text, single quotes included, as it is', () => {
    expect(escapeAttribute(TITLE)).toBe(TITLE);
  });
});

describe('embedUrl(appUrl, options)', () => {
  it('adds embed=1 and nothing else for the bare options', () => {
    expect(embedUrl(APP, { height: 'auto' })).toBe('https://example.org/timeline/?embed=1');
  });

  it('writes view, filters, event, theme, accent and title, encoded', () => {
    const url = new URL(
      embedUrl(APP, {
        height: 500,
        view: 'list',
        event: 'budanov-forecast-2024-10-22',
        theme: 'dark',
        accent: 'C0FFEE',
        title: 'Troops & “Kursk” <2024>',
        showTitle: true,
        filters: { ...EMPTY_FILTERS, actors: ['budanov'], statuses: ['expected'], query: 'troops & Kursk' },
      }),
    );
    expect([...url.searchParams]).toEqual([
      ['embed', '1'],
      ['view', 'list'],
      ['actor', 'budanov'],
      ['status', 'expected'],
      ['q', 'troops & Kursk'],
      ['event', 'budanov-forecast-2024-10-22'],
      ['theme', 'dark'],
      ['accent', 'c0ffee'],
      ['title', 'Troops & “Kursk” <2024>'],
    ]);
    expect(url.search).toContain('q=troops+%26+Kursk');
    expect(url.search).not.toMatch(/[<>"]/);
  });

  it('writes the title only with showTitle', () => {
    expect(embedUrl(APP, { height: 'auto', title: TITLE })).toBe('https://example.org/timeline/?embed=1');
    expect(new URL(embedUrl(APP, { height: 'auto', title: TITLE, showTitle: true })).searchParams.get('title')).toBe(
      TITLE,
    );
  });

  it('drops an invalid event, accent, view, theme and title', () => {
    const options = {
      height: 'auto',
      event: 'Bad Id"><script>',
      accent: '#0b57d0',
      view: 'map',
      theme: 'sepia',
      title: ' \n\t ',
      showTitle: true,
    } as unknown as EmbedOptions;
    expect(embedUrl(APP, options)).toBe('https://example.org/timeline/?embed=1');
    for (const accent of ['0b57d', '0b57d0f', 'ggggggg', 'red']) {
      expect(new URL(embedUrl(APP, { height: 'auto', accent })).searchParams.has('accent')).toBe(false);
    }
    for (const event of ['-leading-dash', 'UPPER', 'a'.repeat(81), 'with space', 'a/b']) {
      expect(new URL(embedUrl(APP, { height: 'auto', event })).searchParams.has('event')).toBe(false);
    }
    expect(new URL(embedUrl(APP, { height: 'auto', event: 'a'.repeat(80) })).searchParams.has('event')).toBe(true);
  });

  it('replaces the parameters it owns in the app URL, keeps the others and drops the fragment', () => {
    const url = embedUrl('https://example.org/timeline/?view=claims&embed=0&lang=uk#top', { height: 'auto' });
    expect(url).toBe('https://example.org/timeline/?lang=uk&embed=1');
  });

  it('takes a last path segment without a dot as a folder', () => {
    expect(embedUrl('https://example.org/timeline', { height: 'auto' })).toBe('https://example.org/timeline/?embed=1');
    expect(embedUrl('https://example.org/t/index.html', { height: 'auto' })).toBe(
      'https://example.org/t/index.html?embed=1',
    );
  });

  it('refuses an app URL that is not absolute http(s)', () => {
    expect(() => embedUrl('timeline/', { height: 'auto' })).toThrow('invalid appUrl: timeline/');
    expect(() => embedUrl('javascript:alert(1)//', { height: 'auto' })).toThrow('invalid appUrl');
  });

  it('round-trips view, filters and event through readState', () => {
    const state = {
      view: 'claims' as const,
      filters: {
        ...EMPTY_FILTERS,
        groups: ['ukraine' as const, 'north-korea' as const],
        articles: ['000_86e4041502c26ab1'],
        onlyArticles: true,
        query: 'Budanov',
      },
      event: 'nk-troops-arrive-kursk',
    };
    const url = new URL(embedUrl(APP, { height: 800, ...state, theme: 'light', accent: '0b57d0' }));
    expect(readState(url.search)).toEqual({ ...state, window: undefined });
  });
});

describe('embedUrl keeps "as known on"', () => {
  it('writes asof (and possibly=1) and reads them back; a day that is not one is dropped', () => {
    for (const asOf of [
      { day: '2024-10-22', possibly: false },
      { day: '2024-10-23', possibly: true },
    ]) {
      const url = new URL(embedUrl('https://example.org/timeline/?asof=2020-01-01', { height: 'auto', asOf }));
      expect(url.searchParams.getAll('asof')).toEqual([asOf.day]);
      expect(readState(url.search).asOf).toEqual(asOf);
    }
    const bad = new URL(embedUrl(APP, { height: 'auto', asOf: { day: '2024-10-22"><script>', possibly: true } }));
    expect(bad.searchParams.has('asof')).toBe(false);
    expect(bad.searchParams.has('possibly')).toBe(false);
  });
});

describe('embedSnippet(appUrl, options)', () => {
  it('is one iframe line for a fixed height, with every attribute the embed needs', () => {
    const html = embedSnippet(APP, { height: 480, title: TITLE });
    expect(html).toBe(
      `<iframe src="https://example.org/timeline/?embed=1" title="Timeline: ${TITLE}" width="100%" height="480" ` +
        'frameborder="0" loading="lazy" ' +
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" allow="clipboard-write; fullscreen" ' +
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    );
    expect(html).not.toContain('data-sourced-timeline');
    expect(html).not.toContain('<script');
    // No inline style: a host page's policy need not allow style attributes.
    expect(html).not.toContain('style=');
  });

  it('for auto height marks the frame, starts it at 600 px and adds the host script', () => {
    const lines = embedSnippet(APP, { height: 'auto' }).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^<iframe [^\n]* width="100%" height="600" frameborder="0" data-sourced-timeline loading=/,
    );
    expect(lines.join('\n')).not.toContain('style=');
    expect(lines[1]).toBe('<script src="https://example.org/timeline/embed.js" async></script>');
  });

  it('falls back to 600 px for a height outside 200–3000 or not whole', () => {
    for (const height of [199, 3001, 450.5, Number.NaN, -1]) {
      const html = embedSnippet(APP, { height });
      expect(attribute(html, 'height')).toBe('600');
      expect(html).not.toContain('data-sourced-timeline');
    }
    expect(attribute(embedSnippet(APP, { height: 200 }), 'height')).toBe('200');
    expect(attribute(embedSnippet(APP, { height: 3000 }), 'height')).toBe('3000');
  });

  it('never gives the frame allow-same-origin', () => {
    const sandbox = attribute(embedSnippet(APP, { height: 'auto' }), 'sandbox') ?? '';
    expect(sandbox.split(' ')).toEqual(['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']);
    expect(sandbox).not.toContain('allow-same-origin');
  });

  it('escapes a hostile title in both the title attribute and the src', () => {
    const hostile = '"><script>alert(1)</script>';
    const html = embedSnippet(APP, { height: 'auto', title: hostile, showTitle: true });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('title="Timeline: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    // Parsed as a host page would: still one frame and the host script, the title intact.
    // Inside a <template> the frame stays inert: happy-dom would otherwise try to load it.
    const doc = new DOMParser().parseFromString(`<template>${html}</template>`, 'text/html');
    const body = doc.querySelector('template')!.content;
    expect([...body.children].map((e) => e.localName)).toEqual(['iframe', 'script']);
    const frame = body.querySelector('iframe');
    expect(frame?.title).toBe(`Timeline: ${hostile}`);
    expect(new URL(frame?.getAttribute('src') ?? '').searchParams.get('title')).toBe(hostile);
    expect(body.querySelector('script')?.getAttribute('src')).toBe('https://example.org/timeline/embed.js');
  });

  it('escapes & in the src, which round-trips to the embed URL', () => {
    const options: EmbedOptions = { height: 'auto', view: 'list', theme: 'dark', event: 'x' };
    const html = embedSnippet(APP, options);
    expect(html).toContain('src="https://example.org/timeline/?embed=1&amp;view=list&amp;event=x&amp;theme=dark"');
    expect(attribute(html, 'src')).toBe(embedUrl(APP, options));
  });

  it('names the frame "Timeline" without a usable title', () => {
    expect(attribute(embedSnippet(APP, { height: 'auto' }), 'title')).toBe('Timeline');
    expect(attribute(embedSnippet(APP, { height: 'auto', title: 'x'.repeat(201) }), 'title')).toBe('Timeline');
    expect(attribute(embedSnippet(APP, { height: 'auto', title: '  Two\nlines ' }), 'title')).toBe(
      'Timeline: Two lines',
    );
  });
});

describe('embedSnippet(appUrl, options) with integrity', () => {
  it('pins the host script with the hash, for a CORS request without credentials', () => {
    const lines = embedSnippet(APP, { height: 'auto', integrity: HASH }).split('\n');
    expect(lines[1]).toBe(
      `<script src="https://example.org/timeline/embed.js" integrity="${HASH}" crossorigin="anonymous" async></script>`,
    );
  });

  it('writes no hash for a fixed height, which loads no script', () => {
    expect(embedSnippet(APP, { height: 480, integrity: HASH })).not.toContain('integrity');
  });

  it('drops a hash that is not one well-formed SHA-384 value, rather than write it into a page', () => {
    for (const integrity of [
      'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
      `${HASH} sha384-x`,
      `${HASH}"><script>alert(1)</script>`,
      HASH.slice(0, -1),
      '',
    ]) {
      const html = embedSnippet(APP, { height: 'auto', integrity });
      expect(html, integrity).not.toContain('integrity');
      expect(html, integrity).not.toContain('crossorigin');
    }
  });
});

describe('elementSnippet(appUrl, options)', () => {
  it('loads sourced-timeline.js beside the app as a module and writes the element with the valid options', () => {
    const html = elementSnippet(APP, {
      height: 'auto',
      view: 'list',
      event: 'syrsky-briefing-2024-10-25',
      theme: 'dark',
      accent: 'C0FFEE',
      integrity: HASH,
    });
    expect(html).toBe(
      `<script type="module" src="https://example.org/timeline/sourced-timeline.js" integrity="${HASH}" ` +
        'crossorigin="anonymous"></script>\n' +
        '<sourced-timeline view="list" event="syrsky-briefing-2024-10-25" theme="dark" accent="c0ffee">' +
        '</sourced-timeline>',
    );
  });

  it('without a hash, writes the script without integrity; without options, the bare element', () => {
    expect(elementSnippet(APP, { height: 'auto' })).toBe(
      '<script type="module" src="https://example.org/timeline/sourced-timeline.js"></script>\n' +
        '<sourced-timeline></sourced-timeline>',
    );
  });

  it('names the dataset of the app address (`data`), absolute, and drops invalid options', () => {
    const html = elementSnippet('https://example.org/timeline/?data=datasets/x/events.json&view=claims', {
      height: 'auto',
      view: 'map',
      event: 'Bad Id"><script>',
      accent: 'red',
    } as unknown as EmbedOptions);
    expect(html.split('\n')[1]).toBe(
      '<sourced-timeline src="https://example.org/timeline/datasets/x/events.json"></sourced-timeline>',
    );
  });

  it('escapes a dataset address in the attribute, and refuses one that is not http(s)', () => {
    const html = elementSnippet(`${APP}?data=${encodeURIComponent('x.json?a="b"&c=<d>')}`, { height: 'auto' });
    expect(html).toContain('src="https://example.org/timeline/x.json?a=%22b%22&amp;c=%3Cd%3E"');
    expect(() => elementSnippet(`${APP}?data=javascript:alert(1)`, { height: 'auto' })).toThrow('invalid data');
  });
});

describe('elementPageUrl(appUrl, options)', () => {
  it('is element.html beside the app, the element with view, event, theme, accent; the dataset kept', () => {
    const url = elementPageUrl('https://example.org/timeline/?data=x.json&embed=1&title=T', {
      height: 'auto',
      view: 'claims',
      event: 'x',
      theme: 'dark',
      accent: 'C0FFEE',
      title: 'T',
      showTitle: true,
      filters: { ...EMPTY_FILTERS, query: 'q' },
    });
    expect(url).toBe(
      'https://example.org/timeline/element.html?data=x.json&view=claims&event=x&theme=dark&accent=c0ffee',
    );
  });
});
