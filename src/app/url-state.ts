/** The selection as it lives in the address: `?event=<id>`. Pure string functions. */

const EVENT = 'event';

/** The selected event id in a query string, if any. */
export function readSelection(search: string): string | undefined {
  const id = new URLSearchParams(search).get(EVENT);
  return id === null || id === '' ? undefined : id;
}

/** The same URL with the selection set (or removed), other parameters kept. */
export function withSelection(href: string, id: string | undefined): string {
  const url = new URL(href);
  if (id === undefined) url.searchParams.delete(EVENT);
  else url.searchParams.set(EVENT, id);
  return url.href;
}
