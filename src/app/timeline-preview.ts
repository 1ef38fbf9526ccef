/**
 * What the timeline's place shows while its code (vis-timeline) is on the way, or if it fails to arrive: the
 * events of the window it will open on, as a plain list, so the first events are readable at once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { eventDateText, type DatasetIndex } from '../data/dataset-index.js';
import { eventsInWindow } from '../timeline/events-in-window.js';
import type { TimeWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';
import { emit } from '../events.js';
import type { LoadState } from './lazy-elements.js';
import { msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';

/** The placeholder's content: a status line, the window's first events (each opens its details), and a retry. */
export function timelinePreview(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  window: TimeWindow | undefined,
  state: Exclude<LoadState, 'ready'>,
  retry: () => void,
): TemplateResult {
  const { shown, total } = eventsInWindow(index, events, window);
  const select = (event: Event, id: string) => {
    if (event.currentTarget) emit(event.currentTarget, 'st-select', { id });
  };
  return html`<div class="timeline-preview">
    <p class="preview-status" role="status">
      ${
        state === 'failed'
          ? html`${msg('The zoomable timeline could not be loaded. The List view shows every event.')}
              <button type="button" @click=${retry}>${msg('Try again')}</button>`
          : msg('Loading the zoomable timeline…')
      }
    </p>
    <ol>
      ${shown.map(
        (event) =>
          html`<li>
            <span class="preview-date">${eventDateText(index, event)}</span>
            <button type="button" class="link" @click=${(e: Event) => select(e, event.id)}>${event.title}</button>
          </li>`,
      )}
    </ol>
    ${total > shown.length ? html`<p class="preview-more">${moreInPeriod(total - shown.length)}</p>` : nothing}
  </div>`;
}

/** "and 5 more in this period". */
function moreInPeriod(n: number): string {
  const count = numberText(n);
  return plural(n, {
    one: msg(str`and ${count} more in this period`, { id: 'more-in-period.one' }),
    few: msg(str`and ${count} more in this period`, { id: 'more-in-period.few' }),
    many: msg(str`and ${count} more in this period`, { id: 'more-in-period.many' }),
    other: msg(str`and ${count} more in this period`, { id: 'more-in-period.other' }),
  });
}
