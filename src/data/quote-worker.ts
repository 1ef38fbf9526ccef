/**
 * A Web Worker that matches quotes against an article's text (`matchQuotes`), off the page's main thread: one
 * message per article, `{ id, text, quotes }`, answered with `{ id, matches }`.
 */
import { matchQuotes, type QuoteMatch } from './quote-matcher.js';

export interface QuoteRequest {
  id: number;
  text: string;
  quotes: string[];
}

export interface QuoteAnswer {
  id: number;
  matches: QuoteMatch[];
}

/** The worker's own scope: its `postMessage` takes no target origin (the DOM typings describe a window's). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<QuoteRequest>) => void): void;
  postMessage(message: QuoteAnswer): void;
};

scope.addEventListener('message', ({ data }) => {
  scope.postMessage({ id: data.id, matches: matchQuotes(data.text, data.quotes) });
});
