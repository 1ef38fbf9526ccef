// Subresource Integrity for the scripts other sites load from ours (embed.js, sourced-timeline.js): each build that
// writes one of them records its sha384 hash in `integrity.json` beside it, which the embed dialog offers in its
// snippets. See docs/decisions/0025-subresource-integrity.md.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { INTEGRITY_FILE, PUBLISHED_SCRIPTS, readIntegrity, type ScriptIntegrity } from '../src/embed/integrity.js';

/** The `integrity` attribute's value for these bytes: `sha384-` and the base64 of their SHA-384 digest. */
export function sriHash(bytes: Uint8Array | string): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Records the hash of each of `files` (names in `dir`) in `dir/integrity.json`, keeping the other entries. */
export async function recordIntegrity(dir: string, files: readonly string[]): Promise<ScriptIntegrity> {
  const manifest = join(dir, INTEGRITY_FILE);
  const recorded = existsSync(manifest) ? readIntegrity(JSON.parse(await readFile(manifest, 'utf8'))) : {};
  for (const file of PUBLISHED_SCRIPTS) {
    // The bytes as written to disk, which are the bytes a host serves.
    if (files.includes(file)) recorded[file] = sriHash(await readFile(join(dir, file)));
  }
  await writeFile(manifest, `${JSON.stringify(recorded, null, 2)}\n`);
  return recorded;
}

/** A Vite plugin for the builds of embed.js and sourced-timeline.js: records their hashes once they are written. */
export function publishIntegrity(): Plugin {
  return {
    name: 'sourced-timeline:publish-integrity',
    apply: 'build',
    async writeBundle(options, bundle) {
      const written = Object.keys(bundle).filter((file) => (PUBLISHED_SCRIPTS as readonly string[]).includes(file));
      if (written.length === 0) this.error(`none of ${PUBLISHED_SCRIPTS.join(', ')} in this build`);
      if (!options.dir) this.error('no output folder to write integrity.json to');
      await recordIntegrity(options.dir, written);
    },
  };
}
