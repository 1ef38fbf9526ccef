// Checks, across every open shadow root, that data strings stayed text: no script ran, no element or attribute that
// can run script was made, no link leads anywhere but a web page. For the tests of the hostile fixture.
import { PWNED } from './hostile-payloads.js';

/** Elements that run or load code or documents; none may come from data. */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'meta',
  'link',
  'img',
  'image',
  'video',
  'audio',
  'source',
  'foreignobject',
  'animate',
  'set',
  'use',
]);

/** Attributes holding an address. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping'];

// Nodes are told apart by nodeType, not instanceof: a frame's or a pop-up's nodes belong to another realm.
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;
const isShadowRoot = (node: Node): node is ShadowRoot =>
  node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;

/** Every element under `root` (itself included), through open shadow roots. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | ShadowRoot | Element) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (isElement(root)) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** The elements there are now, before anything from data is drawn: the test page's own are not audited. */
export function baseline(root: Document | ShadowRoot | Element = document): WeakSet<Element> {
  return new WeakSet(deepElements(root));
}

/** Where an element is: its shadow hosts, outermost first. */
function whereIs(element: Element): string {
  const hosts: string[] = [];
  let root = element.getRootNode();
  while (isShadowRoot(root)) {
    hosts.unshift(root.host.localName);
    root = root.host.getRootNode();
  }
  return hosts.length ? ` in <${hosts.join('> › <')}>` : '';
}

/** An element as markup, shortened: enough to name the payload (`…concat('e1.title:img')`). */
export function describe(element: Element): string {
  const attributes = [...element.attributes].map((a) => `${a.name}="${a.value.slice(0, 120)}"`).join(' ');
  // A script's or a style's code says which payload it is.
  const code = ['script', 'style'].includes(element.localName) ? element.textContent.slice(0, 120) : '';
  return `<${element.localName}${attributes ? ` ${attributes}` : ''}>${code}${whereIs(element)}`;
}

export interface AuditOptions {
  /** Elements present before the app was drawn, left out. */
  skip?: WeakSet<Element>;
  /** The one frame allowed (the embed dialog's preview); it may say why it is not after all. */
  frame?: (frame: HTMLIFrameElement) => string | undefined;
}

/** Why an address may not be a link or a source here, or undefined when it is a web page's. */
function badAddress(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return `not an address: ${value}`;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : `${url.protocol} address`;
}

/**
 * Everything under `root` that data could have turned into code, each described: forbidden elements (other than
 * an allowed frame), `on…` attributes, addresses that are not http(s), `<style>` elements and `style` attributes
 * carrying payloads. Empty when all is well.
 */
export function findUnsafe(root: Document | ShadowRoot | Element, options: AuditOptions = {}): string[] {
  const problems: string[] = [];
  const base = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument ?? document)).baseURI;
  for (const element of deepElements(root)) {
    if (options.skip?.has(element)) continue;
    const tag = element.localName.toLowerCase();
    const allowedFrame = tag === 'iframe' && options.frame !== undefined;
    if (allowedFrame) {
      const why = options.frame?.(element as HTMLIFrameElement);
      if (why) problems.push(`frame not allowed (${why}): ${describe(element)}`);
    } else if (FORBIDDEN.has(tag)) {
      problems.push(`element from data: ${describe(element)}`);
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute: ${describe(element)}`);
      if (name === 'style' && /expression\(|javascript:|__stPwned/i.test(attribute.value)) {
        problems.push(`style attribute from data: ${describe(element)}`);
      }
      if (name === 'srcdoc' || name === 'srcset') problems.push(`${name} attribute: ${describe(element)}`);
      if (URL_ATTRIBUTES.includes(name)) {
        const preview = allowedFrame && name === 'src' && attribute.value === 'about:blank';
        const why = preview ? undefined : badAddress(attribute.value, base);
        if (why) problems.push(`${why} in ${name}: ${describe(element)}`);
      }
    }
    if (tag === 'style' && /display:\s*none\s*\}|__stPwned/.test(element.textContent)) {
      problems.push(`<style> from data${whereIs(element)}: ${element.textContent.slice(0, 80)}`);
    }
  }
  return problems;
}

/** What the payloads set if any ran in `win`, as a problem; undefined when none did. */
export function ranPayloads(win: Window = window): string | undefined {
  const value = (win as unknown as Record<string, unknown>)[PWNED];
  return value === undefined ? undefined : `window.${PWNED} = ${JSON.stringify(value)}`;
}

/** Forgets any payload that ran, so that one failure does not fail every test after it. */
export function forgetPayloads(win: Window = window): void {
  Reflect.deleteProperty(win, PWNED);
}

/**
 * The text a reader sees under `root`: every text node whose element is rendered, through shadow roots,
 * in document order and without separators (marks split words; the caller ignores white space).
 */
export function shownText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.parentElement?.checkVisibility({ visibilityProperty: true })) parts.push((child as Text).data);
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return parts.join('');
}

/** Text without white space, to compare what was written with what is shown (wrapped, marked). */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** Lets anything a payload queued run: an image error, a frame's load, a timer. */
export async function settle(ms = 250): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, ms));
}
