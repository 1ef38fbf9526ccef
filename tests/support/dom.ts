// Shadow-DOM queries for the browser tests, so tests read as what a user sees.

/** The one element matching `selector` in the element's shadow root; fails the test when there is none. */
export function one(host: Element, selector: string): HTMLElement {
  const found = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no "${selector}" in <${host.localName}>`);
  return found;
}

/** Follows a chain of selectors through shadow roots (each looked up in the last one found's root); null if lost. */
export function deep(root: Element, ...selectors: string[]): HTMLElement | null {
  let node: Element | null = root;
  for (const selector of selectors) node = (node?.shadowRoot ?? node)?.querySelector(selector) ?? null;
  return node as HTMLElement | null;
}

/** Every element matching `selector` in the element's shadow root. */
export function all<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...(host.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** Rendered text with runs of white space made single spaces, as a reader would take it. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text a screen reader would use as a name: the content minus `aria-hidden` parts. */
export function accessibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** The button whose text starts with `label`. */
export function button(host: Element, label: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(host, 'button').find((b) => accessibleText(b).startsWith(label));
  if (!found) throw new Error(`no button "${label}…" in <${host.localName}>`);
  return found;
}

/** Records the `type` events that reach `target`, to check that some did or did not fire. */
export function record<T = unknown>(target: EventTarget, type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  target.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

/** Presses a key in the element (bubbling and composed, as the browser sends it). */
export function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** An element in a few words, for assertions: comparing elements themselves crashes the test runner on failure. */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  const name = accessibleText(element).slice(0, 60);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}>${name ? ` "${name}"` : ''}`;
}

/** The focused element, looking through shadow roots, described. */
export function focused(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return describeElement(active);
}

/**
 * Clicks a link and says whether the page's own handlers prevented the navigation.
 * The navigation is stopped either way: leaving the page would end the test run.
 */
export function clickLink(link: HTMLElement): boolean {
  let prevented = false;
  const guard = (e: Event) => {
    prevented = e.defaultPrevented;
    e.preventDefault();
  };
  // Bubbling to the document: runs after every handler inside the page's elements.
  document.addEventListener('click', guard);
  try {
    link.click();
  } finally {
    document.removeEventListener('click', guard);
  }
  return prevented;
}

/** The event id of an entry of `<st-event-list>`. */
export function entryId(article: HTMLElement): string {
  return article.dataset['id'] ?? '';
}

/** The claim a mark of the claims chart stands for: the datum d3 bound to it. */
export function claimId(mark: Element): string {
  return (mark as Element & { __data__?: { entry: { claim: { id: string } } } }).__data__?.entry.claim.id ?? '';
}
