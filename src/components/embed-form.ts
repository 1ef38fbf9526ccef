/**
 * What the embed dialog's form holds, and how it becomes `EmbedOptions`. Pure: the element
 * keeps one `EmbedForm` and replaces it on every change.
 */
import type { AsOfChoice } from '../data/as-of.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import { EMPTY_FILTERS, FACETS, type FilterState } from '../data/filters.js';
import type { PublishedScript, ScriptIntegrity } from '../embed/integrity.js';
import {
  ACCENT,
  MAX_HEIGHT,
  MIN_HEIGHT,
  type EmbedOptions,
  type EmbedTheme,
  type EmbedView,
} from '../embed/snippet.js';
import type { LANGUAGES } from '../i18n/languages.js';

/**
 * What the reader is looking at. The app's `AppState` fits as it is; the type is spelled out
 * here so that components do not import from the app (dependencies point app -> components).
 */
export interface ReaderState {
  view: EmbedView | undefined;
  filters: FilterState;
  event: string | undefined;
  /** "As known on", kept by the snippet as it is. */
  asOf?: AsOfChoice | undefined;
}

export const EMPTY_READER_STATE: ReaderState = { view: undefined, filters: EMPTY_FILTERS, event: undefined };

export type PreviewWidth = '320' | '600' | '100%';

/** A sandboxed frame (`embedSnippet`), or the `<sourced-timeline>` element in the host page (`elementSnippet`). */
export type EmbedKind = 'frame' | 'element';

export interface EmbedForm {
  kind: EmbedKind;
  height: 'auto' | 'fixed';
  /** As typed in the number field. */
  fixedHeight: string;
  /** Event id, or '' for none. */
  event: string;
  /** '' leaves the view to the reader's screen. */
  view: EmbedView | '';
  theme: EmbedTheme;
  /** The interface language of the embed; '' for the reader's browser preference. */
  lang: '' | (typeof LANGUAGES)[number];
  /** As typed: six hex digits, with or without `#`; '' for the theme's own colour. */
  accent: string;
  showTitle: boolean;
  keepFilters: boolean;
  /** Whether the script line carries its integrity hash, when one is published. */
  pin: boolean;
  previewWidth: PreviewWidth;
}

export const DEFAULT_FORM: Readonly<EmbedForm> = Object.freeze({
  kind: 'frame',
  height: 'auto',
  fixedHeight: '600',
  event: '',
  view: '',
  theme: 'light',
  lang: '',
  accent: '',
  showTitle: false,
  keepFilters: true,
  pin: true,
  previewWidth: '100%',
});

/** How many filter values are chosen, the search counting as one. */
export function filterCount(filters: FilterState): number {
  const values = FACETS.reduce((sum, facet) => sum + filters[facet].length, 0);
  return values + (filters.query.trim() === '' ? 0 : 1);
}

/**
 * The form for a new opening: what the reader is looking at (view, event, filters) from the
 * state, the presentation choices (height, theme, accent, title, preview width) as last left.
 */
export function formFromState(state: ReaderState, index: DatasetIndex | undefined, previous: EmbedForm): EmbedForm {
  const event = state.event !== undefined && index?.event.has(state.event) ? state.event : '';
  return { ...previous, event, view: state.view ?? '', keepFilters: filterCount(state.filters) > 0 };
}

/** The accent as typed, without `#` and spaces. */
export function accentDigits(form: EmbedForm): string {
  return form.accent.trim().replace(/^#/, '');
}

/** Whether the accent is blank or six hex digits. */
export function accentValid(form: EmbedForm): boolean {
  const digits = accentDigits(form);
  return digits === '' || ACCENT.test(digits);
}

/** Whether the fixed height is whole pixels within the bounds; an auto height always is. */
export function heightValid(form: EmbedForm): boolean {
  const height = Number(form.fixedHeight);
  return form.height === 'auto' || (Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT);
}

/** The script the snippet loads: `embed.js` for an auto-height frame, the element's module; none for a fixed frame. */
export function snippetScript(form: EmbedForm): PublishedScript | undefined {
  if (form.kind === 'element') return 'sourced-timeline.js';
  return form.height === 'auto' ? 'embed.js' : undefined;
}

/**
 * The options the form describes, with the hash of the snippet's script from `integrity` when pinned; the snippet
 * functions drop whatever is invalid.
 */
export function formOptions(
  form: EmbedForm,
  state: ReaderState,
  index: DatasetIndex | undefined,
  integrity: ScriptIntegrity = {},
): EmbedOptions {
  const options: EmbedOptions = {
    height: form.height === 'auto' ? 'auto' : Number(form.fixedHeight),
    theme: form.theme,
    showTitle: form.showTitle,
  };
  if (form.event !== '') options.event = form.event;
  if (form.view !== '') options.view = form.view;
  if (form.lang !== '') options.lang = form.lang;
  if (accentDigits(form) !== '') options.accent = accentDigits(form);
  if (index) options.title = index.dataset.title;
  if (form.keepFilters) options.filters = state.filters;
  if (state.asOf) options.asOf = state.asOf;
  const script = snippetScript(form);
  const hash = script === undefined ? undefined : integrity[script];
  if (form.pin && hash !== undefined) options.integrity = hash;
  return options;
}
