/**
 * Opening a dataset from the reader's own files: a button and its file picker, and a drop anywhere on the app
 * (with an overlay saying where to drop while files are dragged over it). The files are read in the page and
 * never sent anywhere; the host loads them (see `loadFromFiles`).
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { MAX_DATASET_BYTES } from '../data/limits.js';
import type { OpenedFile } from './dataset-loader.js';
import { msg } from '@lit/localize';

/** The most a reader can open at once: a dataset and its article files. */
const MAX_FILES = 1_001;

/**
 * Reads the files as text, in the order given, at most `MAX_FILES` of them; one larger than a dataset may be is
 * not read at all (its size says why it is refused).
 */
export async function readFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  const chosen = [...files].slice(0, MAX_FILES);
  return Promise.all(
    chosen.map(async (file) => ({
      name: file.name,
      size: file.size,
      text: file.size > MAX_DATASET_BYTES ? '' : await file.text(),
    })),
  );
}

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export class FileOpener implements ReactiveController {
  /** The files open, if any: shown instead of the dataset. */
  opened: OpenedFile[] | undefined;
  /** Files are being dragged over the host. */
  dragging = false;
  /** Enter and leave fire for every child crossed; the drag has left only when they balance. */
  private depth = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when files are opened or closed, after `opened` changed. */
    private readonly onChange: () => void,
    /** Whether a drop may open files now (not in an embed, not while presenting). */
    private readonly enabled: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('dragenter', this.onEnter);
    this.host.addEventListener('dragover', this.onOver);
    this.host.addEventListener('dragleave', this.onLeave);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragenter', this.onEnter);
    this.host.removeEventListener('dragover', this.onOver);
    this.host.removeEventListener('dragleave', this.onLeave);
    this.host.removeEventListener('drop', this.onDrop);
    this.setDragging(false);
  }

  /** Opens the files in place of the dataset. */
  async open(files: Iterable<File>): Promise<void> {
    this.opened = await readFiles(files);
    this.host.requestUpdate();
    this.onChange();
  }

  /** Back to the dataset the page named. */
  close(): void {
    this.opened = undefined;
    this.host.requestUpdate();
    this.onChange();
  }

  /** The button that opens the file picker, and the picker itself (hidden; the button is the way in). */
  renderButton(label = msg('Open a file…')) {
    const choose = (event: Event) => {
      const input = (event.currentTarget as HTMLElement).nextElementSibling;
      if (input instanceof HTMLInputElement) input.click();
    };
    const chosen = (event: Event) => {
      const input = event.currentTarget as HTMLInputElement;
      const files = [...(input.files ?? [])];
      // Cleared, so that choosing the same file again (after editing it) opens it again.
      input.value = '';
      if (files.length > 0) void this.open(files);
    };
    return html`<button type="button" class="open-file" @click=${choose}>${label}</button
      ><input
        class="file-input"
        type="file"
        multiple
        accept=".json,.csv,.txt,application/json,text/csv,text/plain"
        hidden
        aria-label=${msg('Dataset files')}
        @change=${chosen}
      />`;
  }

  private setDragging(dragging: boolean): void {
    if (!dragging) this.depth = 0;
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }

  private readonly onEnter = (event: DragEvent): void => {
    if (!hasFiles(event) || !this.enabled()) return;
    event.preventDefault();
    this.depth += 1;
    this.setDragging(true);
  };

  private readonly onOver = (event: DragEvent): void => {
    if (!hasFiles(event) || !this.enabled()) return;
    // Without this the browser would open the file itself, leaving the page.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };

  private readonly onLeave = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.setDragging(false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!hasFiles(event) || !this.enabled()) return;
    event.preventDefault();
    this.setDragging(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void this.open(files);
  };
}
