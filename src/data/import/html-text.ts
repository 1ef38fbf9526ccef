/**
 * HTML as plain text. TimelineJS text is HTML; the data of this app is plain text, never markup (every view shows
 * it as text). So markup becomes the text a reader would see, the contents of `<script>`, `<style>` and other
 * elements that are not text are dropped (never kept as text), and the web links found are returned, so that an
 * importer can offer them as sources. Uses htmlparser2's tokenizer (no DOM), so it runs in Node and the browser.
 */
import { Parser } from 'htmlparser2';
import { webUrl } from '../web-url.js';

export interface FoundLink {
  /** The address, normalised; only web addresses (http, https, no user name or password) are kept. */
  url: string;
  /** The link's text, when it has one. */
  text?: string;
}

export interface HtmlText {
  /** The visible text: runs of white space made one space, blocks (paragraphs, list items, breaks) one line each. */
  text: string;
  /** Web links in the order they appear, each address once. */
  links: FoundLink[];
}

/** Elements whose contents are code, styling or embedded documents, not text to read. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

/** Elements that start a new line. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Control characters (line breaks and tabs are white space by then), which no text field should carry. */
const CONTROL = /\p{Cc}/gu;

/** `<p>Ada <b>Lovelace</b></p><script>x()</script>` → `{ text: "Ada Lovelace", links: [] }`. */
export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  const links: FoundLink[] = [];
  const open: { href: string; from: number }[] = [];
  let dropped = 0;
  const textSoFar = () => parts.join('');

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED.has(name)) dropped++;
        if (dropped > 0) return;
        if (BLOCKS.has(name)) parts.push('\n');
        if (name === 'a') open.push({ href: attributes['href'] ?? '', from: textSoFar().length });
      },
      ontext(text) {
        // A line break in HTML source is white space; only blocks start lines.
        if (dropped === 0) parts.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          dropped = Math.max(0, dropped - 1);
          return;
        }
        if (dropped > 0) return;
        if (BLOCKS.has(name)) parts.push('\n');
        if (name === 'a') {
          const link = open.pop();
          const url = webUrl(link?.href.trim());
          if (link && url !== undefined && !links.some((known) => known.url === url)) {
            const text = tidy(textSoFar().slice(link.from)).replace(/\n/g, ' ');
            links.push(text === '' ? { url } : { url, text });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(textSoFar()), links };
}

/** One space for each run of white space, one line per block, no empty lines, no control characters. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').replace(CONTROL, '').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Plain text on one line (for titles and labels). */
export function htmlToLine(html: string): string {
  return htmlToText(html).text.replace(/\n/g, ' ');
}
