/** Styles of `<st-embed-dialog>`: the dialog box as the article viewer's, the form, the code and the preview. */
import { css } from 'lit';
import { buttonStyles, focusRing, modalDialog } from '../styles/shared-styles.js';

const dialog = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host {
    --st-dialog-width: 72rem;
    --st-dialog-height: 56rem;
    --st-dialog-body-top: var(--st-space, 0.75rem);
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .body {
    display: grid;
    gap: 1.25rem;
  }
  /* Options beside the result where there is room: the preview answers each change in view. */
  @media (min-width: 56rem) {
    .body {
      grid-template-columns: minmax(18rem, 22rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  @media (max-width: 40rem) {
    .body {
      padding: var(--st-space, 0.75rem);
    }
  }
`;

const form = css`
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }
  fieldset {
    margin: 0;
    padding: 0.4rem 0.7rem 0.6rem;
    min-width: 0;
    border: 1px solid var(--st-border-subtle);
    border-radius: var(--st-radius, 6px);
  }
  legend {
    font-weight: 600;
    font-size: 0.9rem;
    padding: 0 0.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .field label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  label.choice {
    display: flex;
    align-items: flex-start;
    gap: 0.45rem;
    padding: 0.25rem 0;
    cursor: pointer;
  }
  label.choice input {
    flex: none;
    margin: 0.2rem 0 0;
    width: 1.05rem;
    height: 1.05rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    margin-top: 0.3rem;
  }
  select,
  input[type='number'],
  input[type='text'],
  textarea {
    font: inherit;
    color: var(--st-text);
    background: var(--st-surface-raised);
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius, 6px);
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
  }
  select {
    width: 100%;
    max-width: 100%;
  }
  input[type='number'] {
    width: 6rem;
  }
  input[type='color'] {
    width: 3rem;
    height: 2.25rem;
    padding: 0.1rem;
    border: 1px solid var(--st-border);
    border-radius: var(--st-radius, 6px);
    background: var(--st-surface-raised);
  }
  input:disabled {
    opacity: 0.6;
  }
  [aria-invalid='true'] {
    border-color: var(--st-error);
  }
  .hint {
    margin: 0.3rem 0 0;
    font-size: 0.85rem;
    color: var(--st-text-muted);
  }
  .hint.invalid,
  .error {
    color: var(--st-error);
  }
`;

const result = css`
  .result {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    min-width: 0;
  }
  .code {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .code label {
    font-size: 0.9rem;
  }
  textarea {
    width: 100%;
    resize: vertical;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  .copy-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .copy {
    font-weight: 600;
  }
  .message {
    font-size: 0.9rem;
  }
  .widths {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    margin-bottom: 0.6rem;
  }
  /* The stage scrolls sideways when the chosen width is wider than the dialog (600 px on a phone). */
  .stage {
    overflow-x: auto;
    padding: 0.75rem;
    background: var(--st-surface);
    border-radius: var(--st-radius, 6px);
  }
  iframe {
    display: block;
    max-width: none;
    border: 0;
    outline: 1px dashed var(--st-border);
    background: var(--st-bg);
  }
  iframe.width-320 {
    width: 320px;
  }
  iframe.width-600 {
    width: 600px;
  }
  iframe.width-full {
    width: 100%;
  }
`;

export const styles = [buttonStyles, focusRing, modalDialog, dialog, form, result];
