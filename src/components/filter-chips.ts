/** The filter bar's active filters as removable chips: one button each, its facet and value, and a cross. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FilterState } from '../data/filters.js';

/** One active filter: what it is, and the filters without it. */
export interface Chip {
  facet: string;
  value: string;
  /** The value is the dataset's words (marked with the dataset's language), not the interface's. */
  data?: boolean;
  remove: (filters: FilterState) => FilterState;
}

/** The list of chips (nothing without any); `remove` is told which was pressed, `dataText` marks the dataset's words. */
export function chipList(
  chips: readonly Chip[],
  remove: (position: number, chip: Chip) => void,
  dataText: (text: string) => unknown,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<ul class="chips" aria-label=${msg('Active filters')}>
    ${chips.map(
      (chip, position) =>
        html`<li>
          <button type="button" class="chip" @click=${() => remove(position, chip)}>
            <span class="text"
              ><span class="visually-hidden">${msg('Remove filter:')} </span
              ><span class="facet">${chip.facet}</span> ${chip.data ? dataText(chip.value) : chip.value}</span
            ><span class="x" aria-hidden="true">×</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
