/** The options form of `<st-embed-dialog>`: a template over one `EmbedForm`, every change sent as a patch. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PublishedScript } from '../embed/integrity.js';
import { MAX_HEIGHT, MIN_HEIGHT, type EmbedTheme, type EmbedView } from '../embed/snippet.js';
import { checkboxChoice, checkedInput, fieldHint, radioChoices, selectField } from './choice-fields.js';
import { accentDigits, accentValid, heightValid, snippetScript, type EmbedForm, type EmbedKind } from './embed-form.js';
import { msg, str } from '@lit/localize';
import { numberText } from '../i18n/plural.js';

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

const VIEWS: readonly (readonly [EmbedView | '', () => string])[] = [
  ['', () => msg('As the reader’s screen suits (list on phones)')],
  ['timeline', () => msg('Timeline')],
  ['list', () => msg('List')],
  ['claims', () => msg('Claims')],
  ['sources', () => msg('Sources')],
];

const KINDS: readonly (readonly [EmbedKind, () => string])[] = [
  ['frame', () => msg('A frame (iframe): sandboxed, apart from your page. Recommended.')],
  ['element', () => msg('A script tag: the <sourced-timeline> element, part of your page.')],
];

const HEIGHTS: readonly (readonly [EmbedForm['height'], () => string])[] = [
  ['auto', () => msg('Automatic: fits its content')],
  ['fixed', () => msg('Fixed')],
];

const THEMES: readonly (readonly [EmbedTheme, () => string])[] = [
  ['light', () => msg('Light')],
  ['dark', () => msg('Dark')],
  ['auto', () => msg('Auto: as the reader’s system')],
];

/** A list of choices with their labels written now, in the interface's language. */
const labelled = <T extends string>(list: readonly (readonly [T, () => string])[]) =>
  list.map(([value, label]) => [value, label()] as const);

/** The embed's language: each named in itself (an autonym reads the same in every interface language). */
const LANGS: readonly (readonly [EmbedForm['lang'], () => string])[] = [
  ['', () => msg('As the reader’s browser prefers')],
  ['en', () => msg('English')],
  ['uk', () => msg('Українська')],
  ['ko', () => msg('한국어')],
];

/** The colour input shows this while no valid accent is typed: the light theme's accent. */
const DEFAULT_ACCENT = '#0b57d0';

const target = (e: Event) => e.target as HTMLInputElement | HTMLSelectElement;

/** What pinning the script by its hash means here, or why it cannot be pinned. */
function pinHint(script: PublishedScript | undefined, hash: string | undefined): string {
  if (script === undefined) return msg('A frame of fixed height needs no script.');
  if (hash === undefined) return msg(str`No hash of ${script} is published beside this timeline (integrity.json).`);
  return msg(str`Browsers then run ${script} only as it is now: when this timeline is updated, paste a new snippet.`);
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
    <h3 id="options-heading">${msg('Options')}</h3>
    <fieldset>
      <legend>${msg('Kind of code')}</legend>
      ${radioChoices('kind', labelled(KINDS), form.kind, (kind) => change({ kind }))}
      <p class="hint">
        ${
          frame
            ? msg('Your page’s scripts and styles cannot reach it.')
            : msg('Height, title and filters are for frames only.')
        }
      </p>
    </fieldset>
    <fieldset ?disabled=${!frame}>
      <legend>${msg('Height')}</legend>
      ${radioChoices('height', labelled(HEIGHTS), form.height, (height) => change({ height }))}
      <div class="inline">
        <label for="fixed-height">${msg('Fixed height in pixels')}</label>
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
        msg(str`From ${MIN_HEIGHT} to ${MAX_HEIGHT} pixels.`),
        msg(str`Whole pixels from ${MIN_HEIGHT} to ${MAX_HEIGHT}, please; until then the frame is 600 pixels high.`),
      )}
    </fieldset>
    ${selectField({
      id: 'event',
      label: msg('Start with this event open'),
      choices: [['', msg('None')], ...events.map((e) => [e.id, e.label] as const)],
      current: form.event,
      pick: (event) => change({ event }),
    })}
    ${selectField({
      id: 'view',
      label: msg('View'),
      choices: labelled(VIEWS),
      current: form.view,
      pick: (view) => change({ view }),
    })}
    ${selectField({
      id: 'lang',
      label: msg('Language'),
      choices: labelled(LANGS),
      current: form.lang,
      pick: (lang) => change({ lang }),
      autonyms: true,
    })}
    <fieldset>
      <legend>${msg('Theme')}</legend>
      ${radioChoices('theme', labelled(THEMES), form.theme, (theme) => change({ theme }))}
    </fieldset>
    <fieldset>
      <legend>${msg('Accent colour (optional)')}</legend>
      <div class="inline">
        <label for="accent-picker">${msg('Pick')}</label>
        <input
          id="accent-picker"
          type="color"
          .value=${live(accentOk && accentDigits(form) !== '' ? `#${accentDigits(form).toLowerCase()}` : DEFAULT_ACCENT)}
          @input=${(e: Event) => change({ accent: target(e).value.slice(1) })}
        />
        <label for="accent">${msg('or type a hex code')}</label>
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
        msg('Empty: the theme’s own colour.'),
        msg('Six hex digits such as 0b57d0, please; until then none is used.'),
      )}
    </fieldset>
    ${checkboxChoice({
      label: title ? msg(str`Show the title “${title}” in the header`) : msg('Show the title in the header'),
      checked: form.showTitle,
      disabled: !frame,
      change: (showTitle) => change({ showTitle }),
    })}
    ${checkboxChoice({
      label:
        filters === 0
          ? msg('Keep the current filters (none set)')
          : msg(str`Keep the current filters (${numberText(filters)} chosen)`),
      checked: form.keepFilters && filters > 0,
      disabled: filters === 0 || !frame,
      change: (keepFilters) => change({ keepFilters }),
    })}
    <div>
      ${checkboxChoice({
        label: msg('Pin the script to this version (integrity hash)'),
        checked: form.pin && hash !== undefined,
        disabled: hash === undefined,
        describedBy: 'pin-hint',
        change: (pin) => change({ pin }),
      })}
      <p id="pin-hint" class="hint">${pinHint(script, hash)}</p>
    </div>
  </form>`;
}
