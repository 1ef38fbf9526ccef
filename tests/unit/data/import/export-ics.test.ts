import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../../../src/data/import/export-ics.js';
import type { Dataset } from '../../../../src/data/types.js';
import { validateDataset } from '../../../../src/data/validate.js';

const NOW = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

const curated = (): Dataset => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../../../data/events.json', import.meta.url), 'utf8'));
  const result = validateDataset(json);
  if (!result.ok) throw new Error('data/events.json does not validate');
  return result.dataset;
};

const small = (): Dataset => {
  const result = validateDataset({
    title: 'Test; with, commas \\ and a long title that needs folding when written as a calendar name',
    description: 'A made-up dataset for the calendar tests.',
    groups: [{ id: 'side-a', label: 'Side A' }],
    events: [
      {
        id: 'exact',
        title: 'Exact day, with a comma; and a semicolon',
        date: '2024-10-22',
        dateBasis: 'Made up.',
        group: 'side-a',
        summary:
          'First line\nsecond line with ünïcödé — and a long tail of words so that the line is folded at least twice over.',
        sources: [{ url: 'https://example.org/a?x=1,2', title: 'Page A', outlet: 'Outlet', quote: 'said “this”' }],
      },
      {
        id: 'about',
        title: 'About a month',
        date: '2024-10~',
        dateBasis: 'Made up.',
        status: 'claimed',
        unsourced: true,
      },
      {
        id: 'two-days',
        title: 'One of two days',
        date: '2024-10-27/2024-10-28',
        dateBasis: 'Made up.',
        unsourced: true,
      },
      { id: 'timed', title: 'At a time', date: '2024-10-22T14:30:00Z', dateBasis: 'Made up.', unsourced: true },
      { id: 'ancient', title: 'Before the common era', date: '-0489', dateBasis: 'Made up.', unsourced: true },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return result.dataset;
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('toIcs(dataset, options)', () => {
  it('writes a calendar that ical.js parses, one event per dated event', () => {
    const { text, skipped } = toIcs(small(), { now: NOW });
    const events = parse(text);
    expect(events.map((event) => event.uid.split('.')[0])).toEqual(['exact', 'about', 'two-days', 'timed']);
    expect(skipped).toEqual(['ancient']);
  });

  it('round-trips escaped text: commas, semicolons, backslashes and line breaks', () => {
    const dataset = small();
    const [exact] = parse(toIcs(dataset, { now: NOW }).text);
    expect(exact?.summary).toBe('Exact day, with a comma; and a semicolon');
    expect(exact?.description.startsWith(`${dataset.events[0]?.summary ?? ''}\n\nDate: 22 October 2024`)).toBe(true);
    expect(exact?.description).toContain('Outlet, Page A <https://example.org/a?x=1,2>');
    expect(exact?.description).toContain('quoted: “said “this””');
    const calendar = new ICAL.Component(ICAL.parse(toIcs(dataset, { now: NOW }).text) as unknown[]);
    // ical.js does not know X-WR-CALNAME is text, so it gives the value as written: escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Test\\; with\\, commas \\\\ and a long title that needs folding when written as a calendar name',
    );
  });

  it('makes an exact day an all-day event on that day, with no note of uncertainty', () => {
    const [exact] = parse(toIcs(small(), { now: NOW }).text);
    expect(exact?.startDate.isDate).toBe(true);
    expect(exact?.startDate.toString()).toBe('2024-10-22');
    expect(exact?.endDate.toString()).toBe('2024-10-23');
    expect(exact?.description).not.toContain('not one known day');
  });

  it('makes an uncertain date an all-day event over its whole span, and says so in the description', () => {
    const [, about, twoDays] = parse(toIcs(small(), { now: NOW }).text);
    expect(about?.startDate.isDate).toBe(true);
    expect([about?.startDate.toString(), about?.endDate.toString()]).toEqual(['2024-10-01', '2024-11-01']);
    expect(about?.description).toContain('Date: about October 2024. The date is not one known day');
    expect([twoDays?.startDate.toString(), twoDays?.endDate.toString()]).toEqual(['2024-10-27', '2024-10-29']);
    expect(twoDays?.description).toContain('not one known day');
  });

  it('gives an exact time as a UTC date-time', () => {
    const timed = parse(toIcs(small(), { now: NOW }).text)[3];
    expect(timed?.startDate.isDate).toBe(false);
    expect(timed?.startDate.toString()).toBe('2024-10-22T14:30:00Z');
  });

  it('marks claims and forecasts tentative, and stamps every event with the given time', () => {
    const text = toIcs(small(), { now: NOW }).text;
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((vevent) => vevent.getFirstPropertyValue('status') ?? null)).toEqual([
      null,
      'TENTATIVE',
      null,
      null,
    ]);
    expect(vevents.every((vevent) => String(vevent.getFirstPropertyValue('dtstamp')) === '2026-01-02T03:04:05Z')).toBe(
      true,
    );
  });

  it('writes dates in the given language', () => {
    const [exact] = parse(toIcs(small(), { now: NOW, locale: 'uk' }).text);
    expect(exact?.description).toMatch(/Date: 22 жовтня 2024/);
  });

  it('folds every line at 75 octets with CRLF, never splitting a character', () => {
    const { text } = toIcs(curated(), { now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    expect(lines.every((line) => encoder.encode(line).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).not.toContain('\uFFFD');
    expect(parse(text)).toHaveLength(curated().events.length);
  });
});

describe('escapeText(text) and foldLine(line)', () => {
  it('escapes as RFC 5545 says', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves a short line alone and folds a long one into lines of at most 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const long = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((part) => new TextEncoder().encode(part).length <= 75)).toBe(true);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(long);
  });
});
