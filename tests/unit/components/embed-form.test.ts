import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FORM,
  EMPTY_READER_STATE,
  accentValid,
  filterCount,
  formFromState,
  formOptions,
  heightValid,
  snippetScript,
} from '../../../src/components/embed-form.js';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { EMPTY_FILTERS } from '../../../src/data/filters.js';
import { validateDataset } from '../../../src/data/validate.js';
import { fixtureJson } from '../../support/fixtures.js';

const result = validateDataset(fixtureJson());
if (!result.ok) throw new Error('the mini fixture is invalid');
const index = indexDataset(result.dataset);
const known = index.events[0]!.id;
const filters = { ...EMPTY_FILTERS, statuses: ['expected' as const], query: 'troops' };

describe('formFromState(state, index, previous)', () => {
  it('takes view, a known event and whether to keep filters from the state, the rest from before', () => {
    const previous = {
      ...DEFAULT_FORM,
      theme: 'dark' as const,
      accent: 'c0ffee',
      event: 'old',
      view: 'claims' as const,
    };
    expect(formFromState({ view: 'list', filters, event: known }, index, previous)).toEqual({
      ...previous,
      view: 'list',
      event: known,
      keepFilters: true,
    });
    expect(formFromState({ ...EMPTY_READER_STATE, event: 'no-such-event' }, index, previous)).toMatchObject({
      view: '',
      event: '',
      keepFilters: false,
    });
  });
});

describe('formOptions(form, state, index)', () => {
  it('turns the default form into auto height, light theme and the dataset title', () => {
    expect(formOptions(DEFAULT_FORM, EMPTY_READER_STATE, index)).toEqual({
      height: 'auto',
      theme: 'light',
      showTitle: false,
      title: index.dataset.title,
      filters: EMPTY_FILTERS,
    });
  });

  it('passes a fixed height, event, view, accent without # and the filters only when kept', () => {
    const form = {
      ...DEFAULT_FORM,
      height: 'fixed' as const,
      fixedHeight: '450',
      event: known,
      view: 'sources' as const,
    };
    const state = { ...EMPTY_READER_STATE, filters };
    expect(formOptions({ ...form, accent: ' #C0FFEE ' }, state, index)).toMatchObject({
      height: 450,
      event: known,
      view: 'sources',
      accent: 'C0FFEE',
      filters,
    });
    expect(formOptions({ ...form, keepFilters: false }, state, undefined)).not.toHaveProperty('filters');
    expect(formOptions({ ...form, keepFilters: false }, state, undefined)).not.toHaveProperty('title');
  });
});

describe('the script a snippet loads, and its hash', () => {
  const integrity = {
    'embed.js': `sha384-${'E'.repeat(64)}`,
    'sourced-timeline.js': `sha384-${'S'.repeat(64)}`,
  };

  it('snippetScript(form): embed.js for an auto-height frame, none for a fixed one, the module for the element', () => {
    expect(snippetScript(DEFAULT_FORM)).toBe('embed.js');
    expect(snippetScript({ ...DEFAULT_FORM, height: 'fixed' })).toBe(undefined);
    expect(snippetScript({ ...DEFAULT_FORM, kind: 'element' })).toBe('sourced-timeline.js');
    expect(snippetScript({ ...DEFAULT_FORM, kind: 'element', height: 'fixed' })).toBe('sourced-timeline.js');
  });

  it('formOptions(…, integrity) pins that script by default, and not when unpinned or unpublished', () => {
    expect(formOptions(DEFAULT_FORM, EMPTY_READER_STATE, index, integrity).integrity).toBe(integrity['embed.js']);
    const element = { ...DEFAULT_FORM, kind: 'element' as const };
    expect(formOptions(element, EMPTY_READER_STATE, index, integrity).integrity).toBe(integrity['sourced-timeline.js']);
    expect(formOptions({ ...DEFAULT_FORM, pin: false }, EMPTY_READER_STATE, index, integrity)).not.toHaveProperty(
      'integrity',
    );
    expect(formOptions({ ...DEFAULT_FORM, height: 'fixed' }, EMPTY_READER_STATE, index, integrity)).not.toHaveProperty(
      'integrity',
    );
    expect(formOptions(element, EMPTY_READER_STATE, index, { 'embed.js': integrity['embed.js'] })).not.toHaveProperty(
      'integrity',
    );
  });
});

describe('checks', () => {
  it('filterCount(filters) counts chosen values and a search', () => {
    expect(filterCount(EMPTY_FILTERS)).toBe(0);
    expect(filterCount({ ...filters, groups: ['ukraine', 'russia'] })).toBe(4);
  });
  it('heightValid(form) wants whole pixels from 200 to 3000 for a fixed height', () => {
    const fixed = (fixedHeight: string) => heightValid({ ...DEFAULT_FORM, height: 'fixed', fixedHeight });
    expect(['200', '3000', '640'].map(fixed)).toEqual([true, true, true]);
    expect(['199', '3001', '640.5', '', 'abc'].map(fixed)).toEqual([false, false, false, false, false]);
    expect(heightValid({ ...DEFAULT_FORM, fixedHeight: 'abc' })).toBe(true);
  });
  it('accentValid(form) accepts blank or six hex digits, with or without #', () => {
    const accent = (value: string) => accentValid({ ...DEFAULT_FORM, accent: value });
    expect(['', '0b57d0', '#0B57D0'].map(accent)).toEqual([true, true, true]);
    expect(['red', '#0b57d', '0b57d0ff'].map(accent)).toEqual([false, false, false]);
  });
});
