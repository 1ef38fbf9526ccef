/**
 * The custom DOM events the elements send up. Details are small plain objects.
 * Shared by `timeline` and `components`, which must not import each other.
 */

/** Asks for an event to become the selection. */
export interface SelectDetail {
  /** Event id. */
  id: string;
  /** Whether the timeline should scroll the event into view. */
  reveal?: boolean;
}

/** Asks for an article to be shown, with an excerpt highlighted. */
export interface OpenArticleDetail {
  /** Article id. */
  article: string;
  /** Verbatim excerpt to highlight and scroll to. */
  quote?: string;
}

/** Asks for the timeline to show a window of time (e.g. from the overview's brush). */
export interface WindowRequestDetail {
  start: Date;
  end: Date;
}

declare global {
  interface HTMLElementEventMap {
    'st-select': CustomEvent<SelectDetail>;
    'st-open-article': CustomEvent<OpenArticleDetail>;
    'st-window-request': CustomEvent<WindowRequestDetail>;
  }
}

type StEventType = 'st-select' | 'st-open-article' | 'st-window-request';

/** Creates a composed, bubbling custom event, so it crosses shadow roots. */
export function stEvent<K extends StEventType>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): CustomEvent<HTMLElementEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
