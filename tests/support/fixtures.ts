// Loads the test fixtures from disk for unit tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixtureUrl = (path: string): URL => new URL(`../fixtures/${path}`, import.meta.url);

/** A fresh, mutable copy of a fixture dataset. */
export function fixtureJson(path = 'mini/events.json'): Record<string, unknown> & {
  articles: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  events: (Record<string, unknown> & { sources: Record<string, unknown>[]; related: Record<string, unknown>[] })[];
  claims: (Record<string, unknown> & { source: Record<string, unknown> })[];
  disagreements: Record<string, unknown>[];
} {
  return JSON.parse(readFileSync(fileURLToPath(fixtureUrl(path)), 'utf8')) as ReturnType<typeof fixtureJson>;
}

export function fixtureText(path: string): string {
  return readFileSync(fileURLToPath(fixtureUrl(path)), 'utf8');
}
