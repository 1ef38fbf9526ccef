/**
 * What the app shows instead of the timeline when a dataset cannot be shown: the error panel, and after a file the
 * reader opened, the way back and the way to open another.
 */
import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Problem } from '../data/types.js';
import type { FileOpener } from './file-opener.js';
import '../components/st-error-panel.js';
import { msg } from '@lit/localize';

export interface ProblemsShown {
  problems: Problem[];
  /** Where the dataset came from, as the reader named it. */
  source: string;
  /** Refused by the policy on datasets from elsewhere (not broken). */
  refused: boolean;
  /** A file the reader opened. */
  file: boolean;
}

export function problemsView(main: StaticValue, { problems, source, refused, file }: ProblemsShown, files: FileOpener) {
  const heading = file
    ? msg('This file could not be opened')
    : refused
      ? msg('This dataset is not allowed here')
      : undefined;
  return staticHtml`<${main} class="layout">
    <st-error-panel
      .problems=${problems}
      source=${source}
      heading=${heading ?? nothing}
      .problemsLang=${refused ? undefined : 'en'}
    ></st-error-panel>
    ${
      file
        ? html`<p class="file-actions">
            <button type="button" class="close-file" @click=${() => files.close()}>
              ${msg('Back to the timeline')}
            </button>
            ${files.renderButton(msg('Open another file…'))}
          </p>`
        : nothing
    }
  </${main}>`;
}

/** The panel for a load that failed outright (the network, a bug): its message as the one problem. */
export function failureView(main: StaticValue, error: unknown, source: string, files: FileOpener) {
  const message = error instanceof Error ? error.message : String(error);
  return problemsView(main, { problems: [{ path: '', message }], source, refused: false, file: false }, files);
}
