/**
 * The interface language of one app: chosen when it connects (and again when its host page gives a new `lang`),
 * applied (its strings fetched if need be), and written where it belongs: `lang` and `dir` on the app's host, and
 * on the document when the app owns the page. Dataset text carries the dataset's own language (`datasetLang`).
 *
 * One language per page (lit-localize keeps one): the first app on the page that names a language (`?lang=`,
 * `<sourced-timeline lang>`) sets it for every app on the page, while it stays there; an app that names another gets
 * the page's, with a console warning; an app that names none follows the page's (decision 0047).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { chooseLanguage, directionOf, namedLanguage, type Language } from './languages.js';
import { activeLanguage, applyLanguage } from './localization.js';

export interface LanguageHost extends ReactiveControllerHost, HTMLElement {}

/** Where the app's state lives (its `StateController`): the language asked for by name, and who owns the page. */
export interface LanguageSource {
  /** A parameter as asked: `lang` from `?lang=` on the app's own page, or from `<sourced-timeline lang>`. */
  asked(name: string): string | null;
  /** Whether the app owns the page (then the document's `lang` and `dir` are its too). */
  readonly inAddress: boolean;
}

/** The app that named the page's language, and that language; none until one names it. */
let named: { owner: LanguageController; language: Language } | undefined;

export class LanguageController implements ReactiveController {
  /** The language chosen, once its strings are ready (until then the host does not render). */
  language: Language | undefined;
  private asked: string | null | undefined;

  constructor(
    private readonly host: LanguageHost,
    private readonly source: LanguageSource,
  ) {
    host.addController(this);
    // Another app on the page may change the page's language: render again, and say so (`hostUpdate`).
    updateWhenLocaleChanges(host);
  }

  private askedFor(): string | null {
    return this.source.asked('lang');
  }

  /** Whether the chosen language's strings are ready, so the host can render. */
  get ready(): boolean {
    return this.language !== undefined;
  }

  hostConnected(): void {
    this.choose();
  }

  hostDisconnected(): void {
    if (named?.owner === this) named = undefined;
  }

  /**
   * Chooses the language again if the name asked for changed (`<sourced-timeline lang>` set later), and follows the
   * page's language when another app changed it.
   */
  hostUpdate(): void {
    if (this.askedFor() !== this.asked) this.choose();
    else if (this.language !== undefined && this.language !== activeLanguage()) this.show(activeLanguage());
  }

  private choose(): void {
    this.asked = this.askedFor();
    const asked = namedLanguage(this.asked);
    let wanted: Language;
    if (named && named.owner !== this && named.owner.host.isConnected) {
      if (asked !== undefined && asked !== named.language) {
        console.warn(
          `sourced-timeline: lang="${asked}" is not applied: the timelines on a page share one interface language, ` +
            `the first one named ("${named.language}").`,
        );
      }
      wanted = named.language;
    } else {
      if (asked !== undefined) named = { owner: this, language: asked };
      else if (named?.owner === this) named = undefined;
      wanted = chooseLanguage(this.asked, navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
    }
    if (wanted === activeLanguage()) {
      this.show(wanted);
      return;
    }
    void applyLanguage(wanted).then((active) => {
      this.show(active);
      this.host.requestUpdate();
    });
  }

  private show(language: Language): void {
    this.language = language;
    const dir = directionOf(language);
    this.host.lang = language;
    this.host.dir = dir;
    if (this.source.inAddress) {
      document.documentElement.lang = language;
      document.documentElement.dir = dir;
    }
  }
}
