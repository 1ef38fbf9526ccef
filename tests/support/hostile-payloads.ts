// The payloads of the hostile fixture (tests/fixtures/hostile/, made by its generate.ts), shared with the tests
// that check them. Each sets `window.__stPwned` to a flag naming the field and the payload, so a failing test
// says which string ran and where it came from.

/** The global a payload sets if it ever runs. */
export const PWNED = '__stPwned';

/** Code that adds `tag` to `<w>.__stPwned`. */
export const flag = (tag: string, w = 'window'): string => `${w}.${PWNED}=(${w}.${PWNED}||[]).concat('${tag}')`;

/** What each payload tries, by its short name (the second half of its flag). */
export const PAYLOADS = {
  img: (f: string) => `<img src=x onerror="${flag(`${f}:img`)}">`,
  script: (f: string) => `<script>${flag(`${f}:script`)}</script>`,
  script2: (f: string) => `</script><script>${flag(`${f}:script2`)}</script>`,
  svg: (f: string) => `<svg onload="${flag(`${f}:svg`)}">`,
  svgscript: (f: string) => `<svg><script>${flag(`${f}:svgscript`)}</script></svg>`,
  iframe: (f: string) => `"><iframe src="javascript:${flag(`${f}:iframe`, 'parent')}">`,
  a: (f: string) => `<a href="javascript:${flag(`${f}:a`)}">x</a>`,
  braces: (f: string) => `{{constructor.constructor("${flag(`${f}:braces`)}")()}}`,
  dollar: (f: string) => `\${${flag(`${f}:dollar`)}}`,
  style: () => `<style>*{display:none}</style>`,
  mouseover: (f: string) => `<div class="vis-item" onmouseover="${flag(`${f}:mouseover`)}">hover</div>`,
  expression: (f: string) => `<p style="width:expression(${flag(`${f}:expression`)})">`,
  jstext: (f: string) => `javascript:${flag(`${f}:jstext`)}`,
} as const;

/** Every payload, tagged with the field `f`. */
export const payloads = (f: string): string[] => Object.values(PAYLOADS).map((make) => make(f));

/** A field's text in the fixture: a readable name, then every payload tagged with the field. */
export const hostile = (f: string, name = f): string => `${name} ${payloads(f).join(' ')}`;

/** The fixture's article `url`s: only a6's is a web address. */
export const HOSTILE_URLS: Readonly<Record<string, string | null>> = {
  a1: `javascript:${flag('a1.url:javascript')}`,
  a2: `data:text/html,<script>${flag('a2.url:data')}</script>`,
  a3: `JaVaScRiPt:${flag('a3.url:mixedcase')}`,
  a4: ` javascript:${flag('a4.url:leadingspace')}`,
  a5: `java\tscript:${flag('a5.url:tab')}`,
  a6: 'https://example.org/news/a6?q="><img src=x onerror=alert(1)>',
  a7: null,
};

/** Paragraph `n` (1-3) of an article's text; the quotes are whole paragraphs. */
export const paragraph = (article: string, n: number): string =>
  hostile(`${article}.text.p${n}`, `Paragraph ${n} of ${article}: officials said 12,000 troops arrived.`);
