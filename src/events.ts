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

declare global {
  interface HTMLElementEventMap {
    'st-select': CustomEvent<SelectDetail>;
    'st-open-article': CustomEvent<OpenArticleDetail>;
  }
}

/** Creates a composed, bubbling custom event, so it crosses shadow roots. */
export function stEvent<K extends 'st-select' | 'st-open-article'>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): CustomEvent<HTMLElementEventMap[K]['detail']> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
