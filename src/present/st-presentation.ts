import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { datasetLang, eventDate, eventDateText, type DatasetIndex } from '../data/dataset-index.js';
import { formatDateSpan, formatDay, parseEdtf } from '../data/dates.js';
import { dayText } from '../data/as-of.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { stripMarks } from '../charts/strip.js';
import {
  chooseDeck,
  presentAction,
  progressText,
  stepAfter,
  type Deck,
  type PresentAction,
  type Slide,
} from './deck.js';
import { NotesWindow } from './notes-window.js';
import { ModalController } from '../components/modal-controller.js';
import { ConnectedListeners } from '../components/connected-listeners.js';
import { renderSlide } from './slide.js';
import { presentationStyles } from './st-presentation.styles.js';
import { editorNoteLabel, eventSourcingView } from '../data/sourcing-view.js';
import { localized, msg, str } from '@lit/localize';

/**
 * Presentation mode: one event at a time in large type, with its key excerpt and source, where it sits in
 * time and how far the story has come. It fills the screen (the Fullscreen API, or the whole window where
 * that is refused, e.g. in a frame), wears the projector theme, and follows a clicker's keys: → ← Page Down /
 * Page Up, Space / Shift+Space, Home / End, Esc to leave, N for the presenter notes. Every key has a button.
 *
 * The state belongs to the app: the element asks for a new step or deck (`st-present-change`) and to leave
 * (`st-present-exit`), and shows what it is given.
 */
/** A day written `YYYY-MM-DD`, as a date span. */
function daySpan(day: string) {
  const parsed = parseEdtf(day);
  return parsed.ok ? parsed.value : undefined;
}

@customElement('st-presentation')
@localized()
export class StPresentation extends LitElement {
  static override styles = presentationStyles;

  /** The projector's group colours are defined here, on the host that wears the projector theme. */
  protected readonly groupStyles = new GroupStyles(this, () => this.index, { themeRoot: 'own' });

  @property({ attribute: false }) index: DatasetIndex | undefined;
  /** The decks on offer: the dataset's stories, then all events shown. */
  @property({ attribute: false }) decks: readonly Deck[] = [];
  /** The chosen deck's id; unknown or unset: the first deck. */
  @property() story: string | undefined;
  /** The step on screen, from 0; kept inside the deck. */
  @property({ type: Number }) step = 0;

  @state() private notesShown = false;
  @state() private fullscreen = false;
  @state() private message = '';

  @query('.next') private nextButton: HTMLButtonElement | undefined;

  /** Modal: the page underneath is out of reach until the presentation ends, and then focus goes back. */
  private readonly modal = new ModalController(this, { inertOutside: true });
  private readonly keys = new ConnectedListeners(this, (signal) => {
    document.addEventListener('keydown', this.onKeydown, { signal });
    document.addEventListener('fullscreenchange', this.onFullscreenChange, { signal });
  });
  private readonly notesWindow = new NotesWindow((event) => this.onKeydown(event));
  /** Set while we leave full screen ourselves, so that the change is not read as Esc. */
  private leavingFullscreen = false;
  /** When the notes window was last opened: full screen lost soon after is the browser's doing, not Esc. */
  private windowOpenedAt = -Infinity;

  override connectedCallback(): void {
    super.connectedCallback();
    // The projector theme on the host: its tokens come with the styles (theme.css, rewritten for a shadow root).
    this.dataset.theme = 'projector';
    this.modal.opened();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.notesWindow.close();
    if (this.inFullscreen()) {
      this.leavingFullscreen = true;
      void document.exitFullscreen().catch(() => undefined);
    }
  }

  protected override firstUpdated(): void {
    this.nextButton?.focus();
    void this.enterFullscreen();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('step') || changed.has('story') || changed.has('decks')) this.syncNotesWindow();
  }

  private get deck(): Deck | undefined {
    return chooseDeck(this.decks, this.story);
  }

  /** The step shown, kept inside the deck. */
  private get at(): number {
    const length = this.deck?.slides.length ?? 0;
    return Math.min(Math.max(0, this.step), Math.max(0, length - 1));
  }

  override render() {
    const deck = this.deck;
    const index = this.index;
    const slide = deck?.slides[this.at];
    if (!deck || !index || !slide) {
      return html`<section class="stage" role="dialog" aria-modal="true" aria-label=${msg('Presentation')}>
        <p class="empty">${msg('There is nothing to present: no event is shown. Clear the filters and try again.')}</p>
        <footer class="controls">
          <button type="button" class="exit" @click=${this.exit}>${msg('Exit presentation')}</button>
        </footer>
      </section>`;
    }
    const length = deck.slides.length;
    const progress = progressText(this.at, length);
    return html`<section class="stage" role="dialog" aria-modal="true" aria-labelledby="deck-title">
      <header class="top">
        <p class="deck" id="deck-title">
          ${msg('Presentation:')} <span lang=${this.deckLang(deck) ?? nothing} dir="auto">${deck.title}</span>
        </p>
        <p class="progress"><span class="visually-hidden">${msg('Step')} </span>${progress}</p>
        <button type="button" class="exit" @click=${this.exit}>${msg('Exit')} <span class="key">Esc</span></button>
      </header>
      ${renderSlide(index, slide)} ${this.notesShown ? this.renderNotes(index, slide) : nothing}
      ${this.renderStrip(index, deck)}
      <footer class="controls">
        <label class="story"
          >${msg('Story')}
          <select @change=${this.onStoryChange}>
            ${this.decks.map(
              (option) =>
                html`<option value=${option.id} ?selected=${option.id === deck.id}>
                  ${option.title} (${option.slides.length})
                </option>`,
            )}
          </select>
        </label>
        <div class="steps">
          <button
            type="button"
            class="previous"
            aria-disabled=${this.at === 0 ? 'true' : 'false'}
            @click=${() => this.act('previous')}
          >
            ← ${msg('Previous')}
          </button>
          <button
            type="button"
            class="next"
            aria-disabled=${this.at >= length - 1 ? 'true' : 'false'}
            @click=${() => this.act('next')}
          >
            ${msg('Next')} →
          </button>
        </div>
        <div class="tools">
          <button
            type="button"
            class="notes-toggle"
            aria-pressed=${this.notesShown ? 'true' : 'false'}
            @click=${this.toggleNotes}
          >
            ${msg('Notes')} <span class="key">N</span>
          </button>
          <button type="button" class="notes-window" @click=${this.openNotesWindow}>${msg('Notes in a window')}</button>
          <button
            type="button"
            class="fullscreen"
            aria-pressed=${this.fullscreen ? 'true' : 'false'}
            @click=${this.toggleFullscreen}
          >
            ${msg('Full screen')}
          </button>
        </div>
      </footer>
      <p class="visually-hidden" role="status">
        ${progress}: ${slide.day ? msg(str`known by the end of ${dayText(slide.day.day)}, `) : ''}<span
          lang=${datasetLang(index)}
          >${slide.event.title}</span
        >
      </p>
      <p class="message" role="alert">${this.message}</p>
    </section>`;
  }

  /** The deck's title is the dataset's (a story), or ours (every event, the replay). */
  private deckLang(deck: Deck): string | undefined {
    return this.index?.dataset.stories?.some((story) => story.id === deck.id) ? datasetLang(this.index) : undefined;
  }

  private renderNotes(index: DatasetIndex, slide: Slide) {
    const next = this.deck?.slides[this.at + 1];
    return html`<aside class="notes" aria-label=${msg('Presenter notes')}>
      <p><strong>${msg('Note:')}</strong> ${slide.note ?? msg('No note for this step.')}</p>
      <p><strong>${msg('How the date is known:')}</strong> ${slide.event.dateBasis}</p>
      ${eventSourcingView(index, slide.event).notes.map(
        (note) =>
          html`<p><strong>${editorNoteLabel(index)}</strong> ${msg(str`(about ${note.about})`)}: ${note.text}</p>`,
      )}
      <p>
        <strong>${msg('Next:')}</strong>
        ${next ? `${eventDateText(index, next.event)}, ${next.event.title}` : msg('this is the last step.')}
      </p>
    </aside>`;
  }

  private renderStrip(index: DatasetIndex, deck: Deck) {
    // A replay's steps sit at their publication days; other steps at their events' dates.
    const dateOf = (slide: Slide) => (slide.day ? daySpan(slide.day.day) : undefined) ?? eventDate(index, slide.event);
    const strip = stripMarks(deck.slides.map(dateOf), this.at);
    if (!strip) return nothing;
    const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
    const current = deck.slides[this.at];
    const currentMark = strip.marks[this.at];
    const [at, from, to] = [
      current ? formatDateSpan(dateOf(current)) : '',
      formatDay(strip.start),
      formatDay(strip.end),
    ];
    const label = msg(str`Where this step sits: ${at}, on a line from ${from} to ${to}`);
    return html`<div class="strip">
      <svg role="img" aria-label=${label} width="100%" height="44">
        <line class="axis" x1="0" x2="100%" y1="22" y2="22"></line>
        ${
          current && currentMark && currentMark.to > currentMark.from
            ? svg`<line class="range" x1=${pct(currentMark.from)} x2=${pct(currentMark.to)} y1="22" y2="22"></line>`
            : nothing
        }
        ${strip.marks.map(
          (mark) =>
            svg`<circle class=${mark.current ? 'current' : mark.past ? 'past' : 'future'} cx=${pct(mark.x)} cy="22" r=${mark.current ? 11 : 6}></circle>`,
        )}
      </svg>
      <p class="strip-dates"><span>${formatDay(strip.start)}</span><span>${formatDay(strip.end)}</span></p>
    </div>`;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const action = presentAction(event);
    if (!action || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    // A focused list box keeps its own keys, and other buttons their Space. On Previous and Next, Space is
    // the clicker's (cancelling the key stops the button's own click, which would go forward even with Shift).
    if (target instanceof HTMLSelectElement && action !== 'exit') return;
    const stepButton = target instanceof Element && target.matches('.previous, .next');
    if (target instanceof HTMLButtonElement && event.key === ' ' && !stepButton) return;
    event.preventDefault();
    this.act(action);
  };

  private act(action: PresentAction): void {
    if (action === 'exit') {
      this.exit();
      return;
    }
    if (action === 'notes') {
      this.toggleNotes();
      return;
    }
    const deck = this.deck;
    if (!deck) return;
    const to = stepAfter(action, this.at, deck.slides.length);
    if (to !== undefined && to !== this.at) this.change(deck.id, to);
  }

  private change(story: string, step: number): void {
    // Shown at once, so that a second press before the app re-renders moves on from here.
    this.story = story;
    this.step = step;
    emit(this, 'st-present-change', { story, step });
  }

  private exit(): void {
    emit(this, 'st-present-exit', undefined);
  }

  private onStoryChange(event: Event): void {
    const select = event.currentTarget as HTMLSelectElement;
    this.change(select.value, 0);
  }

  private toggleNotes(): void {
    this.notesShown = !this.notesShown;
  }

  private openNotesWindow(): void {
    // Browsers leave full screen when a window opens (even one that was still being entered): expected, so
    // not read as Esc, and the slide stays up.
    this.windowOpenedAt = performance.now();
    if (this.notesWindow.open()) {
      this.message = '';
      this.syncNotesWindow();
    } else {
      this.message = msg(
        'The browser did not open the notes window (a pop-up blocker?). Use the Notes button instead.',
      );
    }
  }

  private syncNotesWindow(): void {
    const deck = this.deck;
    const slide = deck?.slides[this.at];
    if (!deck || !slide || !this.index) return;
    const next = deck.slides[this.at + 1];
    this.notesWindow.update({
      progress: progressText(this.at, deck.slides.length),
      title: slide.event.title,
      note: slide.note,
      question: slide.question,
      next: next?.event.title,
    });
  }

  /** Whether this element is in full screen: the document names only the outermost host, so ask our own root. */
  private inFullscreen(): boolean {
    const root = this.getRootNode();
    return (root instanceof ShadowRoot || root instanceof Document) && root.fullscreenElement === this;
  }

  private async enterFullscreen(): Promise<void> {
    if (!document.fullscreenEnabled || document.fullscreenElement) return;
    try {
      await this.requestFullscreen();
    } catch {
      // Refused (no user gesture, or a frame without allow="fullscreen"): the stage fills the window instead.
    }
  }

  private async toggleFullscreen(): Promise<void> {
    if (this.inFullscreen()) {
      this.leavingFullscreen = true;
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    await this.enterFullscreen();
    if (!this.inFullscreen()) this.message = msg('Full screen is not allowed here; the presentation fills the window.');
  }

  private readonly onFullscreenChange = (): void => {
    const was = this.fullscreen;
    this.fullscreen = this.inFullscreen();
    // Esc in full screen is taken by the browser, which leaves full screen without a key event: leave with it.
    const expected = this.leavingFullscreen || performance.now() - this.windowOpenedAt < 2000;
    if (was && !this.fullscreen && !expected) this.exit();
    this.leavingFullscreen = false;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'st-presentation': StPresentation;
  }
}
