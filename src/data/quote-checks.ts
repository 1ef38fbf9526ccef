/**
 * The check of each quote against its stored article, as it stands while the articles arrive: the app shows a
 * dataset as soon as its shape is valid, and checks its quotes afterwards (see `checking.ts`), so an excerpt is
 * being checked, found word for word, not found (a mismatch, marked on its event), or not checkable (its article
 * could not be read). Views subscribe to hear of changes. `check-data` still checks every quote before it passes.
 */
import type { Source } from './types.js';

export type QuoteCheck =
  | { state: 'checking' }
  | { state: 'found' }
  | { state: 'mismatch'; message: string }
  | { state: 'unread'; message: string };

/** Views hear of changes at most this often while checks go on, so that a long list is not drawn again each frame. */
const NOTIFY_MS = 150;

const CHECKING: QuoteCheck = { state: 'checking' };
const FOUND: QuoteCheck = { state: 'found' };

export class QuoteChecks {
  private readonly states = new Map<Source, QuoteCheck>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  /** Every stored article has been read and checked (or failed to be read). */
  private finished: boolean;
  private mismatchCount = 0;
  private unreadCount = 0;

  /** `done`: the quotes were all checked before the dataset was shown (files the reader opened). */
  constructor(done = false) {
    this.finished = done;
  }

  /** The check of one of the dataset's sources (the same object); `found` for any once all passed beforehand. */
  of(source: Source): QuoteCheck {
    return this.states.get(source) ?? (this.finished ? FOUND : CHECKING);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Quotes found not to match their article, and quotes whose article could not be read. */
  get counts(): { mismatches: number; unread: number } {
    return { mismatches: this.mismatchCount, unread: this.unreadCount };
  }

  set(source: Source, check: QuoteCheck): void {
    if (check.state === 'mismatch') this.mismatchCount += 1;
    if (check.state === 'unread') this.unreadCount += 1;
    this.states.set(source, check);
    this.changed();
  }

  /** No more checks will come: sources never set (linked pages, quotes without a stored article) count as found. */
  finish(): void {
    this.finished = true;
    this.changed();
  }

  /** An article's text arrived (a view showing it may now show it). */
  textArrived(): void {
    this.changed();
  }

  /** Calls `listener` after changes (at most every `NOTIFY_MS`); returns the function that stops it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const notify = () => {
      this.scheduled = false;
      for (const listener of [...this.listeners]) listener();
    };
    setTimeout(notify, this.finished ? 0 : NOTIFY_MS);
  }
}
