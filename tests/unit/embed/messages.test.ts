import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, MAX_HEIGHT, MIN_HEIGHT, clampHeight, isHeightMessage } from '../../../src/embed/messages.js';
import { fullTimelineUrl } from '../../../src/app/embed-parts.js';
import { EMPTY_STATE } from '../../../src/app/app-state.js';

describe('height messages', () => {
  it('isHeightMessage(…) accepts only the namespaced type with a finite number', () => {
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 812 })).toBe(true);
    for (const data of [
      null,
      'sourced-timeline:height',
      { type: 'height', height: 812 },
      { type: HEIGHT_MESSAGE, height: '812' },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: Infinity },
    ]) {
      expect(isHeightMessage(data), JSON.stringify(data)).toBe(false);
    }
  });

  it('clampHeight(…) rounds up and keeps heights within bounds', () => {
    expect(clampHeight(811.2)).toBe(812);
    expect(clampHeight(3)).toBe(MIN_HEIGHT);
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT);
  });
});

describe('fullTimelineUrl', () => {
  it('drops the embed parameters and carries the state', () => {
    const url = new URL(
      fullTimelineUrl('https://example.org/t/?embed=1&title=Hi&theme=dark', {
        ...EMPTY_STATE,
        view: 'list',
        event: 'syrsky-briefing-2024-10-25',
      }),
    );
    expect(url.searchParams.has('embed')).toBe(false);
    expect(url.searchParams.has('title')).toBe(false);
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('view')).toBe('list');
    expect(url.searchParams.get('event')).toBe('syrsky-briefing-2024-10-25');
  });
});
