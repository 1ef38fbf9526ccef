// The data owns its vocabulary: no file in src/ names the curated story's groups, actors or kinds, so that any
// other dataset is drawn with its own words and nothing of this one leaks into it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EVENT_STATUSES, RELATIONS } from '../../../src/data/schema.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const curated = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as {
  groups: { id: string; label: string }[];
  kinds: { id: string; label: string }[];
  actors: { id: string; name: string; aliases: string[] }[];
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const sources = files(join(root, 'src')).map((path) => ({
  path: path.slice(root.length),
  text: readFileSync(path, 'utf8'),
}));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where `word` appears as a whole word (any case) in src/. */
const mentions = (word: string) =>
  sources.filter(({ text }) => new RegExp(`(?<![\\w-])${escape(word)}(?![\\w-])`, 'i').test(text)).map((f) => f.path);

describe('the data owns its vocabulary', () => {
  it('reads the whole of src/', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  const groupWords = curated.groups.flatMap((g) => [g.id, g.label]);
  it.each(groupWords)('no file in src/ names the group %j', (word) => {
    expect(mentions(word)).toEqual([]);
  });

  // Short aliases ("NIS", "HUR") are checked too; only names of two letters or fewer are too common to test.
  const actorWords = curated.actors.flatMap((a) => [a.id, a.name, ...a.aliases]).filter((w) => w.length > 2);
  it.each(actorWords)('no file in src/ names the actor %j', (word) => {
    expect(mentions(word)).toEqual([]);
  });

  // Kind ids that are also words of the fixed vocabulary (the "forecast" relation) are not the story's.
  const fixed = new Set<string>([...EVENT_STATUSES, ...RELATIONS]);
  const kinds = curated.kinds.map((k) => k.id).filter((id) => !fixed.has(id));
  it.each(kinds)('no file in src/ has the kind %j as a value', (kind) => {
    const literal = new RegExp(`['"\`]${escape(kind)}['"\`]`);
    expect(sources.filter(({ text }) => literal.test(text)).map((f) => f.path)).toEqual([]);
  });
});
