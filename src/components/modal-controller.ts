/**
 * One way of being modal, for every modal part of the app (the article viewer, the embed dialog, the
 * presentation): remember who opened it, keep the rest of the page out of reach while it is open, and give
 * focus back on closing.
 *
 * A native `<dialog>` shown with `showModal()` already makes the page behind it inert; a modal that is not a
 * native dialog (the presentation, which must fill the screen and follow a clicker) asks for `inertOutside`:
 * every element outside the host, up through the shadow roots it sits in, is made `inert` until it closes,
 * and Tab goes round the host's own focusable parts (links and fields included) instead of leaving them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tabbable } from 'tabbable';
import { deepActiveElement } from './focus.js';

export interface ModalOptions {
  /** Make everything outside the host inert and keep Tab inside it (for modals that are not native dialogs). */
  inertOutside?: boolean;
  /** Where focus goes on closing when the opener has gone (or there was none). */
  fallback?: () => HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ModalController implements ReactiveController {
  /** Where focus goes back to on closing. */
  private opener: HTMLElement | null = null;
  /** The elements this controller made inert, to release exactly those. */
  private madeInert: HTMLElement[] = [];
  private open = false;

  constructor(
    private readonly host: Host,
    private readonly options: ModalOptions = {},
  ) {
    host.addController(this);
  }

  /** Whether the modal is open. */
  get isOpen(): boolean {
    return this.open;
  }

  /**
   * The modal has opened. Focus will go back to `opener`, else to what has it now. Opening again while open
   * keeps the first opener: the reader goes back to where they started.
   */
  opened(opener?: HTMLElement | null): void {
    if (this.open) return;
    this.open = true;
    this.opener = opener ?? deepActiveElement();
    if (this.options.inertOutside) {
      this.inertOutside();
      document.addEventListener('keydown', this.onKeydown, true);
    }
  }

  /** The modal has closed: the page comes back within reach, and focus goes back. Safe to call twice. */
  closed(): void {
    if (!this.open) return;
    this.release();
    const opener = this.opener;
    this.opener = null;
    const target = opener?.isConnected && opener !== document.body ? opener : this.options.fallback?.();
    target?.focus();
  }

  hostDisconnected(): void {
    // Removed while open (e.g. the app left presentation mode): as a close.
    this.closed();
  }

  private release(): void {
    this.open = false;
    document.removeEventListener('keydown', this.onKeydown, true);
    for (const element of this.madeInert) element.inert = false;
    this.madeInert = [];
  }

  /** Every sibling of the host and of each of its ancestors, across shadow roots, up to the document. */
  private inertOutside(): void {
    let node: Element = this.host;
    for (;;) {
      const parent: Element | null = node.parentElement ?? hostOf(node);
      const siblings = node.parentElement ? node.parentElement.children : node.parentNode?.childNodes;
      for (const sibling of siblings ?? []) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert) continue;
        if (sibling instanceof HTMLHeadElement) continue;
        sibling.inert = true;
        this.madeInert.push(sibling);
      }
      if (!parent) return;
      node = parent;
    }
  }

  /** Tab and Shift+Tab go round the host's focusable parts. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    // tabbable() takes an element: the shadow root's children each, in order, themselves included.
    const parts = this.host.shadowRoot ? [...this.host.shadowRoot.children] : [this.host];
    const stops = parts.flatMap((part) => tabbable(part, { getShadowRoot: true, includeContainer: true }));
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const active = deepActiveElement();
    const inside = active !== null && stops.includes(active);
    if (event.shiftKey && (!inside || active === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  };
}

/** The shadow host whose root holds `node`, if any. */
function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
