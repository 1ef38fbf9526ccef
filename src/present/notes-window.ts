/**
 * Presenter notes on a second screen: a small window of the same origin that the teacher drags to the laptop
 * while the projector shows the slide. Built with DOM calls and `textContent` only (no HTML strings), and it
 * forwards the clicker's keys, so the presentation follows whichever window has focus.
 */
import { msg, str } from '@lit/localize';
import { activeLanguage } from '../i18n/localization.js';

export interface NotesContent {
  progress: string;
  title: string;
  note: string | undefined;
  question: string | undefined;
  next: string | undefined;
}

const STYLE = `
  body { font: 1.25rem/1.5 system-ui, sans-serif; margin: 1.5rem; background: #ffffff; color: #000000; }
  h1 { font-size: 1rem; margin: 0 0 0.5rem; }
  h2 { font-size: 1.5rem; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  .label { font-weight: 700; }
`;

export class NotesWindow {
  private popup: Window | null = null;
  /** The document whose keys we hear: a new window's first blank document can be replaced, listeners and all. */
  private listening: Document | null = null;

  constructor(private readonly onKey: (event: KeyboardEvent) => void) {}

  get isOpen(): boolean {
    return this.popup !== null && !this.popup.closed;
  }

  /** Opens the window (or brings it forward); false when the browser refused (pop-up blocker, sandbox). */
  open(): boolean {
    if (!this.isOpen) {
      this.popup = window.open('', 'sourced-timeline-notes', 'popup,width=640,height=520');
      if (!this.popup) return false;
    }
    this.popup?.focus();
    return true;
  }

  /** Shows the current step's notes; does nothing while the window is closed. */
  update(content: NotesContent): void {
    if (!this.isOpen || !this.popup) return;
    const doc = this.popup.document;
    if (this.listening !== doc) {
      this.listening = doc;
      doc.documentElement.lang = activeLanguage();
      // A constructed stylesheet, not a <style> element: the blank window inherits the page's security policy,
      // which refuses inline styles. It must be the window's own CSSStyleSheet to be adopted by its document.
      const sheet = new (this.popup as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(STYLE);
      doc.adoptedStyleSheets = [sheet];
      doc.addEventListener('keydown', this.onKey);
    }
    doc.title = msg(str`Presenter notes: ${content.progress}`);
    const line = (tag: 'h1' | 'h2' | 'p', text: string, label?: string) => {
      const element = doc.createElement(tag);
      if (label) {
        const strong = doc.createElement('span');
        strong.className = 'label';
        strong.textContent = `${label}: `;
        element.append(strong);
      }
      element.append(text);
      return element;
    };
    const parts = [line('h1', msg(str`Presenter notes, step ${content.progress}`)), line('h2', content.title)];
    parts.push(line('p', content.note ?? msg('No note for this step.'), msg('Note')));
    if (content.question) parts.push(line('p', content.question, msg('Question for the class')));
    parts.push(line('p', content.next ?? msg('This is the last step.'), msg('Next')));
    doc.body.replaceChildren(...parts);
  }

  close(): void {
    if (this.isOpen) this.popup?.close();
    this.popup = null;
    this.listening = null;
  }
}
