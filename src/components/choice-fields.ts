/**
 * Template helpers for the fields that forms here repeat: a set of radio buttons for one choice, a checkbox with its
 * label, a labelled drop-down list, and the hint under a field that says what is wrong while its value is not valid.
 * Each label of a choice wraps its control, so a click on the words chooses; every string is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** One radio button per `[value, label]`, named `name`, the `current` one checked; `pick` gets the value chosen. */
export function radioChoices<T extends string>(
  name: string,
  choices: readonly (readonly [T, string])[],
  current: T,
  pick: (value: T) => void,
  labelClass = 'choice',
): TemplateResult[] {
  return choices.map(
    ([value, label]) =>
      html`<label class=${labelClass}
        ><input
          type="radio"
          name=${name}
          value=${value}
          .checked=${live(current === value)}
          @change=${() => pick(value)}
        />
        ${label}</label
      >`,
  );
}

export interface CheckboxField {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Id of the hint that describes it. */
  describedBy?: string;
  change: (checked: boolean) => void;
}

/** A checkbox with its label beside it. */
export function checkboxChoice({
  label,
  checked,
  disabled = false,
  describedBy,
  change,
}: CheckboxField): TemplateResult {
  return html`<label class="choice"
    ><input
      type="checkbox"
      ?disabled=${disabled}
      aria-describedby=${describedBy ?? nothing}
      .checked=${live(checked)}
      @change=${(e: Event) => change((e.target as HTMLInputElement).checked)}
    />
    ${label}</label
  >`;
}

/** The hint under a field (`id`, for its `aria-describedby`): `ok` while the value is valid, else `invalid`. */
export function fieldHint(id: string, valid: boolean, ok: string, invalid: string): TemplateResult {
  return html`<p id=${id} class=${valid ? 'hint' : 'hint invalid'}>${valid ? ok : invalid}</p>`;
}

export interface CheckedInput {
  id: string;
  type: 'text' | 'number';
  /** As typed. */
  value: string;
  /** Whether `value` is valid; the field says so to assistive technology (`aria-invalid`). */
  valid: boolean;
  /** Id of the hint under the field (see `fieldHint`). */
  hint: string;
  input: (value: string) => void;
  disabled?: boolean;
  min?: number;
  max?: number;
  step?: number;
  size?: number;
  maxlength?: number;
  placeholder?: string;
}

/** A text or number field whose value is checked as typed, described by its hint; no autocomplete or spelling marks. */
export function checkedInput(f: CheckedInput): TemplateResult {
  return html`<input
    id=${f.id}
    type=${f.type}
    inputmode=${f.type === 'number' ? 'numeric' : nothing}
    min=${f.min ?? nothing}
    max=${f.max ?? nothing}
    step=${f.step ?? nothing}
    size=${f.size ?? nothing}
    maxlength=${f.maxlength ?? nothing}
    placeholder=${f.placeholder ?? nothing}
    autocomplete="off"
    spellcheck="false"
    ?disabled=${f.disabled ?? false}
    aria-invalid=${f.valid ? 'false' : 'true'}
    aria-describedby=${f.hint}
    .value=${live(f.value)}
    @input=${(e: Event) => f.input((e.target as HTMLInputElement).value)}
  />`;
}

export interface SelectField<T extends string> {
  id: string;
  label: string;
  /** `[value, label]`, in the order shown. */
  choices: readonly (readonly [T, string])[];
  current: T;
  pick: (value: T) => void;
  /** The values are language codes and each label is written in its own language (an autonym): marked so. */
  autonyms?: boolean;
}

/** A `<select>` with its label above it, the `current` choice selected; `pick` gets the value chosen. */
export function selectField<T extends string>(f: SelectField<T>): TemplateResult {
  const changed = (e: Event) => {
    const chosen = f.choices[(e.target as HTMLSelectElement).selectedIndex];
    if (chosen) f.pick(chosen[0]);
  };
  return html`<div class="field">
    <label for=${f.id}>${f.label}</label>
    <select id=${f.id} @change=${changed}>
      ${f.choices.map(
        ([value, label]) =>
          html`<option value=${value} lang=${(f.autonyms && value) || nothing} ?selected=${f.current === value}>
            ${label}
          </option>`,
      )}
    </select>
  </div>`;
}
