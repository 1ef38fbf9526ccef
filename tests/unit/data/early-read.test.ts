import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareEarlyRead, takeEarlyRead } from '../../../src/data/early-read.js';

const URL_A = 'https://example.org/a/events.json';
const URL_B = 'https://example.org/b/events.json';

/** Each test starts with no reads: the registry lives on the global object, under its registered symbol. */
afterEach(() => {
  Reflect.deleteProperty(globalThis, Symbol.for('sourced-timeline:early-reads'));
});

describe('a dataset read started early and handed to the app', () => {
  it('is started once however many ask for it, and taken once', async () => {
    const read = vi.fn(() => Promise.resolve('{"title":"A"}'));
    const first = shareEarlyRead(URL_A, read);
    const second = shareEarlyRead(URL_A, read);
    expect(read).toHaveBeenCalledTimes(1);
    expect(second).toBe(first);
    const taken = takeEarlyRead(URL_A);
    expect(taken).toBe(first);
    await expect(taken).resolves.toBe('{"title":"A"}');
    expect(takeEarlyRead(URL_A)).toBeUndefined();
  });

  it('is not started once the app has taken the address, with or without a read to take', () => {
    const read = vi.fn(() => Promise.resolve('{}'));
    expect(takeEarlyRead(URL_B)).toBeUndefined();
    expect(shareEarlyRead(URL_B, read)).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
  });

  it('is only for its own address', () => {
    void shareEarlyRead(URL_A, () => Promise.resolve('x'));
    expect(takeEarlyRead(URL_B)).toBeUndefined();
    expect(takeEarlyRead(URL_A)).toBeDefined();
  });

  it('keeps a failure for the app to report, without an unhandled rejection in between', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      void shareEarlyRead(URL_A, () => Promise.reject(new Error('HTTP 404 Not Found')));
      await new Promise((resolve) => setImmediate(resolve));
      await expect(takeEarlyRead(URL_A)).rejects.toThrow('HTTP 404 Not Found');
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
