/**
 * What to hand vis-timeline's DataSet to go from the items it holds to the next ones, changing only what differs.
 * Pure, so that the rules are tested without a browser (tests/unit/timeline/item-diff.test.ts).
 */
import type { VisItem } from './drawn-items.js';

export interface ItemDiff {
  /** Ids to remove: gone, or moved to another row. */
  remove: string[];
  /** Items whose dates, width or classes changed, in the same row. */
  update: VisItem[];
  /** Items to add: new, or moved to another row (removed, then added again). */
  add: VisItem[];
}

/** Whether two optional dates (as the DataSet holds them, or as handed over) are the same moment. */
const sameTime = (a: Date | undefined, b: Date | undefined) => a?.getTime() === b?.getTime();

/**
 * An item moved to another row is removed and added again: vis-timeline orders a lane's rows by the data of their
 * first item before it takes an update's new data, so an update would leave the rows in a stale order.
 */
export function diffItems(held: Iterable<VisItem>, next: ReadonlyMap<string, VisItem>): ItemDiff {
  const remove: string[] = [];
  const update: VisItem[] = [];
  const kept = new Set<string>();
  for (const old of held) {
    const id = old.id;
    const item = next.get(id);
    if (!item || old.subgroup !== item.subgroup) {
      remove.push(id);
      continue;
    }
    kept.add(id);
    // The class too: a point's label flips to the left of its dot near the window's right edge (`st-flip`), and back.
    const changed = old.width !== item.width || old.className !== item.className;
    if (changed || !sameTime(old.start, item.start) || !sameTime(old.end, item.end)) update.push(item);
  }
  const add = [...next.values()].filter((item) => !kept.has(item.id));
  return { remove, update, add };
}
