import { describe, expect, it } from 'vitest';
import { escapeHtml, isMultiDay, eventSpan, timelineJsDate, toTimelineJs, toVisItems } from '../../../bench/convert.js';

const event = (id: string, date: string, title = `Event ${id}`, summary?: string) => ({ id, title, date, summary });

describe('escapeHtml', () => {
  it('escapes the characters that open markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')"> & co`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co',
    );
  });
  it('leaves plain text alone and escapes an ampersand only once', () => {
    expect(escapeHtml('Talks in Kyiv — day 2')).toBe('Talks in Kyiv — day 2');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('isMultiDay', () => {
  it('is false for a day, even an approximate or uncertain one', () => {
    expect(isMultiDay(eventSpan(event('a', '2024-10-21')))).toBe(false);
    expect(isMultiDay(eventSpan(event('b', '2024-10-21~')))).toBe(false);
    expect(isMultiDay(eventSpan(event('c', '2024-10-21?')))).toBe(false);
  });
  it('is true for an interval of days and for a month', () => {
    expect(isMultiDay(eventSpan(event('d', '2024-10-21/2024-10-23')))).toBe(true);
    expect(isMultiDay(eventSpan(event('e', '2024-10~')))).toBe(true);
  });
});

describe('toVisItems', () => {
  it('makes a point at the start of a known day (UTC)', () => {
    const [item] = toVisItems([event('a', '2024-10-21', 'Troops <b>arrive</b>')]);
    expect(item).toEqual({
      id: 'a',
      content: 'Troops &lt;b&gt;arrive&lt;/b&gt;',
      start: new Date('2024-10-21T00:00:00Z'),
    });
    expect(item).not.toHaveProperty('end');
  });
  it('makes a range from the first day to the end of the last day of an interval', () => {
    const [item] = toVisItems([event('b', '2024-10-21/2024-10-23')]);
    expect(item?.start).toEqual(new Date('2024-10-21T00:00:00Z'));
    expect(item?.end).toEqual(new Date('2024-10-24T00:00:00Z'));
  });
  it('makes a month a range over the whole month', () => {
    const [item] = toVisItems([event('c', '2024-02~')]);
    expect(item?.start).toEqual(new Date('2024-02-01T00:00:00Z'));
    expect(item?.end).toEqual(new Date('2024-03-01T00:00:00Z'));
  });
  it('keeps one item per event, in the given order', () => {
    const items = toVisItems([event('x', '2024-01-02'), event('y', '2023-05-06')]);
    expect(items.map((item) => item.id)).toEqual(['x', 'y']);
  });
  it('refuses an invalid date', () => {
    expect(() => toVisItems([event('bad', '2024-13-45')])).toThrow(/bad/);
  });
});

describe('timelineJsDate', () => {
  it('gives the UTC year, month from 1 and day', () => {
    expect(timelineJsDate(Date.UTC(2024, 0, 31))).toEqual({ year: 2024, month: 1, day: 31 });
    expect(timelineJsDate(Date.UTC(2024, 11, 31, 23, 59, 59, 999))).toEqual({ year: 2024, month: 12, day: 31 });
  });
});

describe('toTimelineJs', () => {
  it('gives a day a start date only, with escaped headline and text', () => {
    const data = toTimelineJs([event('a', '2024-10-21', 'A & B', '<script>alert(1)</script>')]);
    expect(data.events).toEqual([
      {
        unique_id: 'a',
        start_date: { year: 2024, month: 10, day: 21 },
        text: { headline: 'A &amp; B', text: '&lt;script&gt;alert(1)&lt;/script&gt;' },
      },
    ]);
    expect(data).not.toHaveProperty('title');
  });
  it('gives an interval its first and last day, and a month its first and last day', () => {
    const [range, month] = toTimelineJs([event('b', '2024-10-30/2024-11-02'), event('c', '2024-02~')]).events;
    expect(range?.start_date).toEqual({ year: 2024, month: 10, day: 30 });
    expect(range?.end_date).toEqual({ year: 2024, month: 11, day: 2 });
    expect(month?.start_date).toEqual({ year: 2024, month: 2, day: 1 });
    expect(month?.end_date).toEqual({ year: 2024, month: 2, day: 29 });
  });
  it('uses an empty text for an event without a summary, and escapes the title slide', () => {
    const data = toTimelineJs([event('d', '2023-01-01')], 'War <i>&</i> peace');
    expect(data.events[0]?.text.text).toBe('');
    expect(data.title).toEqual({ text: { headline: 'War &lt;i&gt;&amp;&lt;/i&gt; peace', text: '' } });
  });
});
