/**
 * Templates for how an event is sourced, shared by the details, the list, the claims view and the presentation
 * (template functions, so each element keeps its own styles; `sourcingStyles` goes with them):
 * - the single-source mark, a badge whose reason is in its text for everyone, not only in a tooltip;
 * - the sourcing line, "Reported in 3 articles, 1 original source: …", and a date that rests on one article;
 * - the editor's notes, each under a label saying it comes from outside the sources.
 * Every string is rendered as text.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { datasetLang, type DatasetIndex } from '../data/dataset-index.js';
import { SINGLE_SOURCE_TEXT } from '../data/sourcing.js';
import { editorNoteLabel, type EventSourcingView } from '../data/sourcing-view.js';
import { msg, str } from '@lit/localize';

/**
 * The short badge: "Single source", with its reason for screen readers after it, unless the reason is given in
 * words nearby (`sourcingBlock`).
 */
export function singleSourceBadge(view: EventSourcingView, explained = false): TemplateResult | typeof nothing {
  if (view.single === undefined) return nothing;
  return html`<span class="single-source"
    >${SINGLE_SOURCE_TEXT.label}${explained ? nothing : html`<span class="visually-hidden">: ${view.single}</span>`}</span
  >`;
}

/** The sourcing line with the mark and its reason in words, and the one-article date when there is one. */
export function sourcingBlock(view: EventSourcingView): TemplateResult | typeof nothing {
  if (view.line === '' && view.single === undefined && view.date === undefined) return nothing;
  return html`<div class="sourcing">
    ${view.line === '' ? nothing : html`<p class="sourcing-line">${view.line}.</p>`}
    ${
      view.single === undefined
        ? nothing
        : html`<p class="single-source-why">
            <span class="single-source" aria-hidden="true">${SINGLE_SOURCE_TEXT.label}</span> ${view.single}
          </p>`
    }
    ${view.date === undefined ? nothing : html`<p class="single-date">${view.date}</p>`}
  </div>`;
}

/** The editor's notes, each in its own labelled box. */
export function editorNotes(index: DatasetIndex, view: EventSourcingView): TemplateResult | typeof nothing {
  if (view.notes.length === 0) return nothing;
  const label = editorNoteLabel(index);
  return html`${view.notes.map(
    (note) =>
      html`<aside class="editor-note" aria-label=${msg(str`${label}, about ${note.about}`)}>
        <p><strong>${label}</strong> <span class="about">${msg(str`(about ${note.about})`)}</span></p>
        <p lang=${datasetLang(index)} dir="auto">${note.text}</p>
      </aside>`,
  )}`;
}

export const sourcingStyles = css`
  .single-source {
    display: inline-block;
    font-size: 0.8rem;
    font-weight: 600;
    padding: 0 0.4rem;
    border: var(--st-line-width, 1px) dotted var(--st-text);
    border-radius: 0.2rem;
    color: var(--st-text);
    white-space: nowrap;
  }
  .sourcing p {
    margin: 0.3rem 0;
  }
  .sourcing-line,
  .single-date,
  .single-source-why {
    font-size: 0.9rem;
    color: var(--st-text-muted);
  }
  .editor-note {
    margin: 0.75rem 0;
    padding: 0.4rem 0.7rem;
    border: var(--st-line-width, 1px) dashed var(--st-border);
    border-inline-start-width: 0.3rem;
    border-radius: var(--st-radius, 6px);
    background: var(--st-surface);
    font-size: 0.9rem;
  }
  .editor-note p {
    margin: 0.2rem 0;
  }
  .editor-note .about {
    color: var(--st-text-muted);
  }
`;
