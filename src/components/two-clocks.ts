/**
 * The second clock where an event is shown: when it was first reported (derived from its sources' publication
 * dates), when it was said (`statedOn`), whether a forecast's outcome was known by the day shown, and the mark of an
 * excerpt or event known only from an article possibly published by then. Templates shared by the details and the
 * list; each element keeps its own styles.
 */
import { css, html, nothing } from 'lit';
import { forecastNote, isPossibly } from '../data/as-of.js';
import { articleLang, datasetLang, eventDateText, sourceNoun, type DatasetIndex } from '../data/dataset-index.js';
import { formatDateSpan, parseEdtf } from '../data/dates.js';
import { firstReportOf, firstReportText, reportedFirst } from '../data/first-report.js';
import type { TimelineEvent } from '../data/types.js';
import { msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';
import { eventCount } from '../i18n/words.js';

/** "First reported" and, when given, "Said on", as rows of a description list. */
export function clockFacts(index: DatasetIndex, event: TimelineEvent) {
  const report = firstReportOf(index, event);
  const stated = event.statedOn === undefined ? undefined : parseEdtf(event.statedOn);
  const noun = sourceNoun(index);
  const first = report?.articles.length === 1 ? index.article.get(report.articles[0] ?? '') : undefined;
  return html`${
      stated?.ok
        ? html`<div>
            <dt>${msg('Said on')}</dt>
            <dd>${formatDateSpan(stated.value, { style: 'long' })}</dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${msg('First reported')}</dt>
      <dd>
        ${
          report
            ? firstReportText(report, { style: 'long' })
            : noun === 'article'
              ? msg('not known (no dated article)')
              : msg('not known (no dated source)')
        }
        ${
          first
            ? html`<span class="basis"
                >${msg('in')} <cite lang=${articleLang(index, first.id)} dir="auto">${first.title}</cite></span
              >`
            : nothing
        }
        ${
          report && report.articles.length > 1
            ? html`<span class="basis">${oneOfText(report.articles.length, noun)}</span>`
            : nothing
        }
      </dd>
    </div>`;
}

/** A forecast whose outcome was not reported (by the day shown), said in words. */
export function forecastLine(index: DatasetIndex, event: TimelineEvent, tag: 'p' | 'li' = 'p') {
  const note = forecastNote(index, event, sourceNoun(index));
  if (note === undefined) return nothing;
  return tag === 'li' ? html`<li class="no-outcome">${note}</li>` : html`<p class="no-outcome">${note}</p>`;
}

/** The mark of what is known only from an article possibly published by the day shown. */
export function possiblyMark(index: DatasetIndex, kind: 'event' | 'article', id: string) {
  return isPossibly(index, kind, id)
    ? html`<span class="possibly-mark"
        >${kind === 'event' ? msg('possibly reported by then') : msg('possibly published by then')}</span
      >`
    : nothing;
}

export const clockStyles = css`
  .possibly-mark {
    display: inline-block;
    margin-inline-start: 0.35rem;
    padding: 0 0.35rem;
    font-size: 0.8rem;
    font-style: normal;
    border: 1px dashed var(--st-text-muted);
    border-radius: var(--st-radius, 6px);
    color: var(--st-text);
  }
  .no-outcome {
    font-style: italic;
    color: var(--st-text-muted);
  }
`;

/** What an article reported first (sources view): the events, and those it may have reported first. */
export function reportedFirstList(index: DatasetIndex, article: string) {
  const found = reportedFirst(index).get(article);
  if (!found || found.first.length + found.maybe.length === 0) {
    return html`<p class="first-none">
      ${
        sourceNoun(index) === 'article'
          ? msg('Reported nothing first: other articles had everything it reports earlier.')
          : msg('Reported nothing first: other sources had everything it reports earlier.')
      }
    </p>`;
  }
  const item = (event: TimelineEvent, maybe: boolean) =>
    html`<li>
      ${eventDateText(index, event)}:
      <span lang=${datasetLang(index)} dir="auto">${event.title}</span>${
        maybe ? html` <span class="possibly-mark">${msg('maybe first')}</span>` : nothing
      }
    </li>`;
  const count = found.first.length + found.maybe.length;
  return html`<details class="reported-first">
    <summary>
      ${msg(str`Reported first: ${eventCount(count)}`)}${
        found.maybe.length > 0 ? msg(str` (${numberText(found.maybe.length)} maybe)`) : ''
      }
    </summary>
    <ul>
      ${found.first.map((event) => item(event, false))} ${found.maybe.map((event) => item(event, true))}
    </ul>
  </details>`;
}

/** "by one of 3 articles whose dates leave open which came first". */
function oneOfText(n: number, noun: 'article' | 'source'): string {
  const count = numberText(n);
  return noun === 'article'
    ? plural(n, {
        one: msg(str`by one of ${count} article whose dates leave open which came first`, {
          id: 'one-of-articles.one',
        }),
        few: msg(str`by one of ${count} articles whose dates leave open which came first`, {
          id: 'one-of-articles.few',
        }),
        many: msg(str`by one of ${count} articles whose dates leave open which came first`, {
          id: 'one-of-articles.many',
        }),
        other: msg(str`by one of ${count} articles whose dates leave open which came first`, {
          id: 'one-of-articles.other',
        }),
      })
    : plural(n, {
        one: msg(str`by one of ${count} source whose dates leave open which came first`, { id: 'one-of-sources.one' }),
        few: msg(str`by one of ${count} sources whose dates leave open which came first`, { id: 'one-of-sources.few' }),
        many: msg(str`by one of ${count} sources whose dates leave open which came first`, {
          id: 'one-of-sources.many',
        }),
        other: msg(str`by one of ${count} sources whose dates leave open which came first`, {
          id: 'one-of-sources.other',
        }),
      });
}
