/**
 * Ids made from names: the dataset's ids must match `ID_PATTERN` (lower-case, safe in URLs, file names and CSS
 * classes) and be unique, and a file may give none, odd ones or the same one twice.
 */
import { ID_PATTERN } from '../schema.js';

const MAX_ID = 80;

/** `"Nord Stream 2 (pipeline)"` → `"nord-stream-2-pipeline"`; `""` when nothing usable is left (`"日本"`). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_]+/, '')
    .slice(0, MAX_ID)
    .replace(/[-_]+$/, '');
  return ID_PATTERN.test(slug) ? slug : '';
}

/** Gives out unique ids: a wished-for id when it is free, else the same with `-2`, `-3`, … */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** `wish` made unique; `wish` must already be a valid id. */
  claim(wish: string): string {
    let id = wish;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${wish.slice(0, MAX_ID - suffix.length)}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }

  /** The first free id of the form `<prefix>-<n>`, counting from `n`. */
  next(prefix: string, n: number): string {
    let i = n;
    while (this.taken.has(`${prefix}-${i}`)) i++;
    return this.claim(`${prefix}-${i}`);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

/**
 * A vocabulary from the names a file uses (its groups, kinds, actors): one id per distinct name, in order of first
 * appearance, the name as label. Names that slugify to nothing get `<prefix>-<n>`.
 */
export function idsAndLabels(
  names: Iterable<string | undefined>,
  prefix: string,
): { ids: Map<string, string>; list: { id: string; label: string }[] } {
  const ids = new Map<string, string>();
  const list: { id: string; label: string }[] = [];
  const allocator = new IdAllocator();
  for (const name of names) {
    if (name === undefined || ids.has(name)) continue;
    const slug = slugify(name);
    const id = slug === '' ? allocator.next(prefix, list.length + 1) : allocator.claim(slug);
    ids.set(name, id);
    list.push({ id, label: name });
  }
  return { ids, list };
}
