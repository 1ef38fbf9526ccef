/** Styles of `<st-handout>`: paper, not screen; sizes in points, events never split across pages. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--st-text);
    background: var(--st-bg);
    font-family: var(--st-font-serif, Georgia, serif);
    font-size: 11pt;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  h1,
  h2,
  h3,
  .when,
  .scope {
    font-family: var(--st-font, sans-serif);
  }
  h1,
  h2,
  h3 {
    line-height: 1.2;
    break-after: avoid;
  }
  h1 {
    font-size: 18pt;
    margin: 0 0 4pt;
  }
  h2 {
    font-size: 14pt;
    margin: 16pt 0 4pt;
    padding-bottom: 2pt;
    border-bottom: 1pt solid var(--st-text);
  }
  h3 {
    font-size: 12pt;
    margin: 1pt 0 3pt;
  }
  p {
    margin: 0 0 4pt;
    orphans: 3;
    widows: 3;
  }
  .description {
    font-style: italic;
  }
  .scope {
    font-size: 10pt;
  }
  .event {
    break-inside: avoid;
    padding: 8pt 0 6pt;
    border-bottom: 0.5pt solid var(--st-border-subtle);
  }
  .when {
    margin: 0;
    font-size: 9.5pt;
    font-weight: 600;
  }
  .meaning {
    font-weight: 400;
  }
  .status {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .meaning,
  .basis,
  .who,
  .sourcing,
  .single,
  figcaption {
    font-size: 9pt;
    color: var(--st-text-muted);
  }
  figure {
    margin: 5pt 0 0;
    break-inside: avoid;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 8pt;
    border-inline-start: 2pt solid var(--st-border);
  }
  figcaption {
    margin: 1pt 0 0 10pt;
  }
  cite {
    color: var(--st-text);
  }
  .articles {
    margin: 0;
    padding-inline-start: 16pt;
  }
  .articles li {
    margin: 0 0 4pt;
    break-inside: avoid;
  }
  .unsourced {
    padding: 0.2rem 0.5rem;
    border: 1px dashed currentColor;
  }
  .check {
    font-size: 0.85em;
  }
  .url {
    font-family: var(--st-font, sans-serif);
    font-size: 9pt;
  }
  .via {
    display: block;
  }
  .editor-note {
    display: block;
    margin: 4pt 0 0;
    padding: 2pt 6pt;
    border: 1px dashed currentColor;
    font-size: 9pt;
    break-inside: avoid;
  }
  aside.editor-note p {
    margin: 0;
  }
`;
