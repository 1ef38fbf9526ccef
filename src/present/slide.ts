/**
 * One slide of a presentation: the event in large type with its key excerpt and source; in the replay "as it
 * unfolded", the day it shows, what else that day brought, and a forecast's outcome as known by then.
 */
import { html, nothing } from 'lit';
import {
  datasetLang,
  eventDateText,
  eventGroup,
  groupLabel,
  sourceNoun,
  type DatasetIndex,
} from '../data/dataset-index.js';
import { dayText, forecastNote } from '../data/as-of.js';
import { statusText } from '../data/labels.js';
import type { Slide, SlideDay } from './deck.js';
import { slideExcerpt } from './slide-excerpt.js';
import { msg, str } from '@lit/localize';
import { eventCount } from '../i18n/words.js';

export function renderSlide(shown: DatasetIndex, slide: Slide) {
  const { event, source, day } = slide;
  // A replay's step shows the chronology as known at the end of its day.
  const index = day?.index ?? shown;
  const status = statusText(event.status);
  const group = eventGroup(index, event);
  const noun = sourceNoun(index);
  // Focusable: a long slide scrolls, and a region that scrolls must be reachable from the keyboard (WCAG 2.1.1).
  const forecast = day
    ? forecastNote(index, event, noun)
    : msg('A forecast: it had not happened when it was reported.');
  const lang = datasetLang(index);
  return html`<article class="slide" aria-labelledby="slide-title" tabindex="0">
    ${day ? dayHeading(day, noun) : nothing}
    <p class="meta">
      <span class="date">${eventDateText(index, event, 'long')}</span>
      <span class="badge status-${event.status}">${status.label}</span>
      ${index.groups.length > 0 ? html`<span class="group group-${group}" lang=${lang} dir="auto">${groupLabel(index, group)}</span>` : nothing}
    </p>
    <h2 id="slide-title" lang=${lang} dir="auto">${event.title}</h2>
    ${event.summary ? html`<p class="summary" lang=${lang} dir="auto">${event.summary}</p>` : nothing}
    ${event.status === 'expected' && forecast ? html`<p class="forecast">${forecast}</p>` : nothing}
    ${slideExcerpt(index, event, source)} ${day ? alsoThatDay(day) : nothing}
    ${slide.question ? html`<p class="question"><strong>${msg('Discuss:')}</strong> <span lang=${lang} dir="auto">${slide.question}</span></p>` : nothing}
  </article>`;
}

/** "Known by the end of 22 October 2024: 20 events reported that day." */
function dayHeading(day: SlideDay, noun: string) {
  const n = day.arrived.length;
  return html`<p class="day">
    <strong>${msg(str`Known by the end of ${dayText(day.day)}`)}</strong>:
    ${
      noun === 'article'
        ? msg(str`${eventCount(n)} first reported that day, in the articles published by then`)
        : msg(str`${eventCount(n)} first reported that day, in the sources published by then`)
    }
  </p>`;
}

/** The other events that day brought, a forecast's outcome said as such. */
function alsoThatDay(day: SlideDay) {
  const others = day.arrived.slice(1);
  if (others.length === 0) return nothing;
  const { index } = day;
  return html`<section class="also" aria-labelledby="also-title">
    <h3 id="also-title">${msg('Also first reported that day')}</h3>
    <ul>
      ${others.map((event) => {
        const forecast = event.related.find((r) => r.type === 'forecast' && index.event.has(r.event));
        const of = forecast ? index.event.get(forecast.event) : undefined;
        return html`<li>
          <span class="date">${eventDateText(index, event)}</span>
          <span lang=${datasetLang(index)} dir="auto">${event.title}</span>
          <span class="status"
            >(${statusText(event.status).label}${of ? msg(str`; the outcome of the forecast “${of.title}”`) : nothing})</span
          >
        </li>`;
      })}
    </ul>
  </section>`;
}
