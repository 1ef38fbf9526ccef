// The project's static server: with `compress`, text goes out gzipped to browsers that accept it (as static hosts
// send it, and as the benchmark and Lighthouse should measure it); without, and to clients that do not ask, as is.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/static-server.js';

const script = `export const words = ${JSON.stringify('a chronology, word for word. '.repeat(200))};\n`;

/** GET `path` with the given Accept-Encoding; the body as received (not decoded). */
function get(base: string, path: string, encoding?: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const headers = encoding ? { 'Accept-Encoding': encoding } : {};
    request(new URL(path, base), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('serveStatic', () => {
  const root = mkdtempSync(join(tmpdir(), 'st-static-'));
  writeFileSync(join(root, 'app.js'), script);
  let servers: { url: string; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    servers = await Promise.all([
      serveStatic({ root, compress: true }),
      serveStatic({ root }),
      serveStatic({ root, compress: (path) => path !== '/app.js' }),
    ]);
  });
  afterAll(() => Promise.all(servers.map((server) => server.close())));

  it('sends gzip to a browser that accepts it when asked to compress, and the same bytes once unpacked', async () => {
    const { headers, body } = await get(servers[0]!.url, 'app.js', 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('gzip');
    expect(body.length).toBeLessThan(script.length / 5);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('sends the file as it is to a client that does not accept gzip', async () => {
    const { headers, body } = await get(servers[0]!.url, 'app.js');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(script);
  });

  it('does not compress unless asked to, nor a path it is told to leave', async () => {
    for (const server of [servers[1]!, servers[2]!]) {
      const { headers, body } = await get(server.url, 'app.js', 'gzip');
      expect(headers['content-encoding']).toBeUndefined();
      expect(body.toString()).toBe(script);
    }
  });
});
