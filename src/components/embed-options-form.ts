/** The options form of `<st-embed-dialog>`: a template over one `EmbedForm`, every change sent as a patch. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PublishedScript } from '../embed/integrity.js';
import { MAX_HEIGHT, MIN_HEIGHT, type EmbedTheme, type EmbedView } from '../embed/snippet.js';
import { checkboxChoice, checkedInput, fieldHint, radioChoices } from './choice-fields.js';
import { accentDigits, accentValid, heightValid, snippetScript, type EmbedForm, type EmbedKind } from './embed-form.js';

export interface EmbedOptionsFormProps {
  form: EmbedForm;
  /** How many filter values the reader has chosen. */
  filters: number;
  /** The events to start from, in date order, labelled by date and title. */
  events: readonly { id: string; label: string }[];
  /** The dataset's title. */
  title: string | undefined;
  /** The published integrity hash of the script the snippet loads, if any. */
  hash: string | undefined;
  change: (patch: Partial<EmbedForm>) => void;
}

const VIEWS: readonly (readonly [EmbedView | '', string])[] = [
  ['', 'As the reader’s screen suits (list on phones)'],
  ['timeline', 'Timeline'],
  ['list', 'List'],
  ['claims', 'Claims'],
  ['sources', 'Sources'],
];

const KINDS: readonly (readonly [EmbedKind, string])[] = [
  ['frame', 'A frame (iframe): sandboxed, apart from your page. Recommended.'],
  ['element', 'A script tag: the <sourced-timeline> element, part of your page.'],
];

const HEIGHTS: readonly (readonly [EmbedForm['height'], string])[] = [
  ['auto', 'Automatic: fits its content'],
  ['fixed', 'Fixed'],
];

const THEMES: readonly (readonly [EmbedTheme, string])[] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['auto', 'Auto: as the reader’s system'],
];

/** The colour input shows this while no valid accent is typed: the light theme's accent. */
const DEFAULT_ACCENT = '#0b57d0';

const target = (e: Event) => e.target as HTMLInputElement | HTMLSelectElement;

/** What pinning the script by its hash means here, or why it cannot be pinned. */
function pinHint(script: PublishedScript | undefined, hash: string | undefined): string {
  if (script === undefined) return 'A frame of fixed height needs no script.';
  if (hash === undefined) return `No hash of ${script} is published beside this timeline (integrity.json).`;
  return `Browsers then run ${script} only as it is now: when this timeline is updated, paste a new snippet.`;
}

export function embedOptionsForm({
  form,
  filters,
  events,
  title,
  hash,
  change,
}: EmbedOptionsFormProps): TemplateResult {
  const frame = form.kind === 'frame';
  const auto = form.height === 'auto';
  const heightOk = heightValid(form);
  const accentOk = accentValid(form);
  const script = snippetScript(form);
  return html`<form class="options" aria-labelledby="options-heading" @submit=${(e: Event) => e.preventDefault()}>
    <h3 id="options-heading">Options</h3>
    <fieldset>
      <legend>Kind of code</legend>
      ${radioChoices('kind', KINDS, form.kind, (kind) => change({ kind }))}
      <p class="hint">
        ${frame ? 'Your page’s scripts and styles cannot reach it.' : 'Height, title and filters are for frames only.'}
      </p>
    </fieldset>
    <fieldset ?disabled=${!frame}>
      <legend>Height</legend>
      ${radioChoices('height', HEIGHTS, form.height, (height) => change({ height }))}
      <div class="inline">
        <label for="fixed-height">Fixed height in pixels</label>
        ${checkedInput({
          id: 'fixed-height',
          type: 'number',
          min: MIN_HEIGHT,
          max: MAX_HEIGHT,
          step: 10,
          disabled: auto,
          valid: heightOk,
          hint: 'height-hint',
          value: form.fixedHeight,
          input: (fixedHeight) => change({ fixedHeight }),
        })}
      </div>
      ${fieldHint(
        'height-hint',
        heightOk,
        `From ${MIN_HEIGHT} to ${MAX_HEIGHT} pixels.`,
        `Whole pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}, please; until then the frame is 600 pixels high.`,
      )}
    </fieldset>
    <div class="field">
      <label for="event">Start with this event open</label>
      <select id="event" @change=${(e: Event) => change({ event: target(e).value })}>
        <option value="" ?selected=${form.event === ''}>None</option>
        ${events.map((e) => html`<option value=${e.id} ?selected=${form.event === e.id}>${e.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="view">View</label>
      <select
        id="view"
        @change=${(e: Event) => change({ view: VIEWS[(target(e) as HTMLSelectElement).selectedIndex]?.[0] ?? '' })}
      >
        ${VIEWS.map(([value, label]) => html`<option value=${value} ?selected=${form.view === value}>${label}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>Theme</legend>
      ${radioChoices('theme', THEMES, form.theme, (theme) => change({ theme }))}
    </fieldset>
    <fieldset>
      <legend>Accent colour (optional)</legend>
      <div class="inline">
        <label for="accent-picker">Pick</label>
        <input
          id="accent-picker"
          type="color"
          .value=${live(accentOk && accentDigits(form) !== '' ? `#${accentDigits(form).toLowerCase()}` : DEFAULT_ACCENT)}
          @input=${(e: Event) => change({ accent: target(e).value.slice(1) })}
        />
        <label for="accent">or type a hex code</label>
        ${checkedInput({
          id: 'accent',
          type: 'text',
          size: 8,
          maxlength: 7,
          placeholder: '0b57d0',
          valid: accentOk,
          hint: 'accent-hint',
          value: form.accent,
          input: (accent) => change({ accent }),
        })}
      </div>
      ${fieldHint(
        'accent-hint',
        accentOk,
        'Empty: the theme’s own colour.',
        'Six hex digits such as 0b57d0, please; until then none is used.',
      )}
    </fieldset>
    ${checkboxChoice({
      label: `Show the title${title ? ` “${title}”` : ''} in the header`,
      checked: form.showTitle,
      disabled: !frame,
      change: (showTitle) => change({ showTitle }),
    })}
    ${checkboxChoice({
      label: `Keep the current filters (${filters === 0 ? 'none set' : `${filters} chosen`})`,
      checked: form.keepFilters && filters > 0,
      disabled: filters === 0 || !frame,
      change: (keepFilters) => change({ keepFilters }),
    })}
    <div>
      ${checkboxChoice({
        label: 'Pin the script to this version (integrity hash)',
        checked: form.pin && hash !== undefined,
        disabled: hash === undefined,
        describedBy: 'pin-hint',
        change: (pin) => change({ pin }),
      })}
      <p id="pin-hint" class="hint">${pinHint(script, hash)}</p>
    </div>
  </form>`;
}
