import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { formatDateSpan } from '../data/dates.js';
import { eventDate, type DatasetIndex } from '../data/dataset-index.js';
import { fetchIntegrity, INTEGRITY_FILE, type ScriptIntegrity } from '../embed/integrity.js';
import { clampHeight, isHeightMessage } from '../embed/messages.js';
import {
  DEFAULT_HEIGHT,
  EMBED_ALLOW,
  EMBED_REFERRER_POLICY,
  EMBED_SANDBOX,
  besideApp,
  elementPageUrl,
  elementSnippet,
  embedSnippet,
  embedUrl,
  validHeight,
} from '../embed/snippet.js';
import {
  DEFAULT_FORM,
  EMPTY_READER_STATE,
  filterCount,
  formFromState,
  formOptions,
  snippetScript,
  type EmbedForm,
  type ReaderState,
} from './embed-form.js';
import { radioChoices } from './choice-fields.js';
import { embedOptionsForm } from './embed-options-form.js';
import { styles } from './st-embed-dialog.styles.js';
import { ConnectedListeners } from './connected-listeners.js';
import { Debounce } from './debounce.js';
import { deepActiveElement } from './focus.js';
import { ModalController } from './modal-controller.js';
import { localized, msg, str } from '@lit/localize';

declare global {
  interface HTMLElementTagNameMap {
    'st-embed-dialog': StEmbedDialog;
  }
}

type Output = { src: string; snippet: string } | { error: string };

/** How long the options must rest before the preview reloads: each load starts the whole app. */
export const PREVIEW_DELAY_MS = 300;

/**
 * A modal dialog in which a journalist builds the code that embeds the timeline in an article:
 * a frame or the `<sourced-timeline>` element, height, start event, view, theme, accent colour,
 * title and filters, the script pinned by its published integrity hash; a live preview at phone or
 * column width; the snippet to copy. Esc or Close closes it, and focus goes back where it was.
 *
 * @cssprop --st-surface-raised - Dialog background.
 * @cssprop --st-surface - Background behind the preview.
 * @cssprop --st-error - Text of invalid-value hints.
 */
@customElement('st-embed-dialog')
@localized()
export class StEmbedDialog extends LitElement {
  static override styles = styles;

  /** The dataset, indexed: its events to start from and its title. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The app's base URL, absolute or relative to the page; blank: the folder of this page. */
  @property({ attribute: 'app-url' }) appUrl = '';

  /** What the reader is looking at (an `AppState` fits), to prefill view, event and filters on open. */
  @property({ attribute: false }) state: ReaderState = EMPTY_READER_STATE;

  @state() private form: EmbedForm = { ...DEFAULT_FORM };
  @state() private shown = false;
  /** What the preview frame shows: the embed URL once the options have rested. */
  @state() private previewSrc = '';
  /** The height the previewed app last reported, for auto height. */
  @state() private reported: number | undefined;
  @state() private copyMessage = '';
  /** The hashes published beside the app (integrity.json), once read; none until then or without the file. */
  @state() private integrity: ScriptIntegrity = {};

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('textarea') private textarea!: HTMLTextAreaElement | null;
  @query('iframe') private frame!: HTMLIFrameElement | null;

  /** Who opened it, and focus back there on close. */
  private readonly modal = new ModalController(this);
  /** The preview frame's height messages. */
  private readonly messages = new ConnectedListeners(this, (signal) =>
    window.addEventListener('message', this.onMessage, { signal }),
  );
  private output: Output = { error: '' };
  private choices: { index: DatasetIndex; events: { id: string; label: string }[] } | undefined;
  /** The preview reloads once the options rest. */
  private readonly previewDelay = new Debounce(this, PREVIEW_DELAY_MS);
  /** The src the preview waiting will show. */
  private scheduled: string | undefined;
  /** Where the hashes were last asked for, and how to stop asking. */
  private integrityFrom: { url: string; abort: AbortController } | undefined;

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.dialog?.open === true;
  }

  /** Shows the dialog, prefilled from `state`. Focus returns to `opener` on close, else to whatever had it. */
  async open(opener?: HTMLElement): Promise<void> {
    const from = opener ?? deepActiveElement();
    if (!this.isOpen) {
      this.form = formFromState(this.state, this.index, this.form);
      this.copyMessage = '';
    }
    this.shown = true;
    void this.readIntegrity();
    await this.updateComplete;
    if (this.dialog && !this.dialog.open) {
      this.modal.opened(from);
      this.dialog.showModal();
    }
    this.showPreviewNow();
  }

  /** Reads the hashes published beside the app, once per app address; they join the snippet when they arrive. */
  private async readIntegrity(): Promise<void> {
    let url: string;
    try {
      url = besideApp(this.appAddress(), INTEGRITY_FILE);
    } catch {
      return;
    }
    if (this.integrityFrom?.url === url) return;
    this.integrityFrom?.abort.abort();
    const asked = { url, abort: new AbortController() };
    this.integrityFrom = asked;
    this.integrity = {};
    const found = await fetchIntegrity(url, asked.abort.signal);
    if (this.integrityFrom === asked) this.integrity = found;
  }

  /** The app's address, absolute. */
  private appAddress(): string {
    return new URL(this.appUrl || './', document.baseURI).href;
  }

  /** Closes the dialog; focus goes back as on Esc. */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    // The close event comes a task later; callers of close() can expect focus back at once.
    this.onClose();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.integrityFrom?.abort.abort();
    this.integrityFrom = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!['form', 'state', 'index', 'appUrl', 'integrity'].some((name) => changed.has(name))) return;
    const before = this.output;
    this.output = this.build();
    // "Snippet copied" would be untrue of a new snippet.
    if (!('snippet' in before && 'snippet' in this.output && before.snippet === this.output.snippet)) {
      this.copyMessage = '';
    }
  }

  protected override updated(): void {
    // The preview follows once the options rest: each load starts the whole app.
    const next = this.shown && 'src' in this.output ? this.output.src : '';
    if (!this.shown || next === this.previewSrc || next === this.scheduled) return;
    this.scheduled = next;
    this.previewDelay.schedule(() => this.showPreviewNow());
  }

  /** The address to preview and the snippet for the form, or why there are none. */
  private build(): Output {
    try {
      const appUrl = this.appAddress();
      const options = formOptions(this.form, this.state, this.index, this.integrity);
      return this.form.kind === 'element'
        ? { src: elementPageUrl(appUrl, options), snippet: elementSnippet(appUrl, options) }
        : { src: embedUrl(appUrl, options), snippet: embedSnippet(appUrl, options) };
    } catch {
      return { error: msg(str`The timeline's address “${this.appUrl}” is not a web address.`) };
    }
  }

  private showPreviewNow(): void {
    this.previewDelay.cancel();
    this.scheduled = undefined;
    const next = 'src' in this.output ? this.output.src : '';
    if (next !== this.previewSrc) this.reported = undefined;
    this.previewSrc = next;
  }

  private readonly onMessage = (e: MessageEvent): void => {
    const frame = this.frame?.contentWindow;
    if (!frame || e.source !== frame) return;
    if (isHeightMessage(e.data)) this.reported = clampHeight(e.data.height);
  };

  private onClose(): void {
    this.previewDelay.cancel();
    this.scheduled = undefined;
    // Unloads the previewed app: it should not keep running behind a closed dialog.
    this.shown = false;
    this.previewSrc = '';
    this.modal.closed();
  }

  private change(patch: Partial<EmbedForm>): void {
    this.form = { ...this.form, ...patch };
  }

  private async copy(snippet: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copyMessage = msg('Snippet copied');
    } catch {
      // Refused (no permission, an insecure page, a sandboxed frame): the reader copies by hand.
      this.textarea?.focus();
      this.textarea?.select();
      this.copyMessage = msg('Press Ctrl+C to copy (⌘C on a Mac): the snippet is selected.');
    }
  }

  override render() {
    const script = snippetScript(this.form);
    return html`<dialog aria-labelledby="embed-heading" @close=${() => this.onClose()}>
      <header>
        <h2 id="embed-heading">${msg('Embed this timeline')}</h2>
        <button type="button" class="close" @click=${() => this.close()}>${msg('Close')}</button>
      </header>
      <div class="body">
        ${embedOptionsForm({
          form: this.form,
          filters: filterCount(this.state.filters),
          // Listed only while the dialog is open: for 10,000 events the list is a long task, and no one sees it closed.
          events: this.shown ? this.eventChoices() : [],
          title: this.index?.dataset.title,
          hash: script === undefined ? undefined : this.integrity[script],
          change: (patch) => this.change(patch),
        })}
        <div class="result">${this.renderCode()} ${this.shown ? this.renderPreview() : nothing}</div>
      </div>
    </dialog>`;
  }

  /** The events to start from, labelled by date and title; built once per dataset. */
  private eventChoices(): { id: string; label: string }[] {
    const index = this.index;
    if (!index) return [];
    if (this.choices?.index !== index) {
      const events = index.events.map((e) => ({
        id: e.id,
        label: `${formatDateSpan(eventDate(index, e))}: ${e.title}`,
      }));
      this.choices = { index, events };
    }
    return this.choices.events;
  }

  private renderCode() {
    const output = this.output;
    if ('error' in output) return html`<p class="error" role="alert">${output.error}</p>`;
    return html`<section class="code" aria-labelledby="code-heading">
      <h3 id="code-heading">${msg('Code')}</h3>
      <label for="snippet">${msg('HTML to paste into your article')}</label>
      <textarea id="snippet" readonly rows="7" spellcheck="false" .value=${live(output.snippet)}></textarea>
      <div class="copy-line">
        <button type="button" class="copy" @click=${() => this.copy(output.snippet)}>${msg('Copy')}</button>
        <span class="message" role="status">${this.copyMessage}</span>
      </div>
    </section>`;
  }

  private renderPreview() {
    const form = this.form;
    const fixed = validHeight(Number(form.fixedHeight)) ?? DEFAULT_HEIGHT;
    // The element's preview is the app's own page, which reports no height.
    const height =
      form.kind === 'element' ? DEFAULT_HEIGHT : form.height === 'auto' ? (this.reported ?? DEFAULT_HEIGHT) : fixed;
    const widths = [
      ['320', msg('Phone (320 px)')],
      ['600', msg('Column (600 px)')],
      ['100%', msg('Full width')],
    ] as const;
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${msg('Preview')}</h3>
      <fieldset class="widths">
        <legend>${msg('Preview width')}</legend>
        ${radioChoices('preview-width', widths, form.previewWidth, (previewWidth) => this.change({ previewWidth }), '')}
      </fieldset>
      <div class="stage">
        ${
          // A new frame for each address: navigating one frame would add entries to the page's history.
          keyed(
            this.previewSrc,
            html`<iframe
              class="width-${form.previewWidth === '100%' ? 'full' : form.previewWidth}"
              title=${msg('Preview of the embedded timeline')}
              src=${this.previewSrc || 'about:blank'}
              height=${height}
              sandbox=${EMBED_SANDBOX}
              allow=${EMBED_ALLOW}
              referrerpolicy=${EMBED_REFERRER_POLICY}
            ></iframe>`,
          )
        }
      </div>
    </section>`;
  }
}
