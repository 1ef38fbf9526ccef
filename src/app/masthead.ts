/**
 * The page's headline and standfirst. On a phone the standfirst waits behind "About this timeline", so the
 * events start higher; it is never cut off mid-sentence (WCAG 1.4.10: nothing is lost when the page reflows).
 */
import { css, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { msg } from '@lit/localize';

export interface MastheadOptions {
  /** The landmark's tag: `header` on the app's own page, `div` inside another site's page. */
  tag: StaticValue;
  title: string;
  description: string;
  /** The language of the title and description (the dataset's). */
  lang: string;
  /** Whether the standfirst is shown on a phone. */
  open: boolean;
  toggle: () => void;
  /** On a phone, a control that shares the line of "About this timeline" (the collapsed "As known on"). */
  beside?: TemplateResult | undefined;
}

export function masthead({ tag, title, description, lang, open, toggle, beside }: MastheadOptions) {
  return staticHtml`<${tag} class="masthead">
    <h1 lang=${lang} dir="auto">${title}</h1>
    <div class="about-line">
      <button
        type="button"
        class="about-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="standfirst"
        @click=${toggle}
      >
        <span class="narrow">${msg('About this timeline')}</span><span class="wide">${msg('More')}</span>
      </button>
      ${beside ?? nothing}
    </div>
    <p id="standfirst" class="description ${open ? 'open' : ''}" lang=${lang} dir="auto" ${ref(watchClamp)}>${description}</p>
  </${tag}>`;
}

const watched = new WeakSet<Element>();

/**
 * Marks the masthead `clamped` while its standfirst is cut to its first line (a wide screen, a long standfirst),
 * which shows the button that opens it whole: a standfirst that fits has no button that would do nothing.
 */
function watchClamp(element: Element | undefined): void {
  if (!element || watched.has(element)) return;
  watched.add(element);
  const check = () => {
    const cut = !element.classList.contains('open') && element.scrollHeight > element.clientHeight + 1;
    element.parentElement?.classList.toggle('clamped', cut);
  };
  // In the next frame: showing "More" narrows the line it observes, which must not loop within one frame.
  new ResizeObserver(() => requestAnimationFrame(check)).observe(element);
}

export const mastheadStyles = css`
  /* A headline and its standfirst, compact: the chronology is the page's hero, not its title. */
  .masthead {
    padding: var(--st-space-2, 0.5rem) 0 0;
  }
  h1 {
    margin: 0;
    font-size: clamp(var(--st-font-size-lg, 1.25rem), 1rem + 0.9vw, var(--st-font-size-xl, 1.5625rem));
    line-height: 1.2;
  }
  .description {
    margin: var(--st-space-1, 0.25rem) 0 0;
    color: var(--st-text-muted);
    font-size: var(--st-font-size-sm, 0.875rem);
    line-height: 1.4;
    max-width: 72rem;
  }
  .about-toggle {
    display: none;
  }
  /* Wide screens: the standfirst's first line, and "More" beside it when there is more. */
  @media (min-width: 40rem) {
    .masthead {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--st-space-2, 0.5rem);
      align-items: baseline;
    }
    h1 {
      grid-column: 1 / -1;
    }
    .description {
      grid-row: 2;
      grid-column: 1;
    }
    .about-line {
      grid-row: 2;
      grid-column: 2;
    }
    .description:not(.open) {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 1;
      line-clamp: 1;
      overflow: hidden;
    }
    .about-toggle .narrow {
      display: none;
    }
    .masthead.clamped .about-toggle,
    .about-toggle[aria-expanded='true'] {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      min-height: 1.5rem;
      padding: 0 0.3rem;
      border-color: transparent;
      background: none;
      color: var(--st-accent);
      font-size: var(--st-font-size-sm, 0.875rem);
    }
    .about-toggle::after {
      content: '▸';
    }
    .about-toggle[aria-expanded='true']::after {
      content: '▾';
    }
  }
  .about-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--st-space-1, 0.25rem);
  }
  .about-line > st-as-of {
    flex: 0 1 auto;
    margin-top: var(--st-space-1, 0.25rem);
  }
  @media (max-width: 39.99rem) {
    h1 {
      font-size: 1.15rem;
    }
    /* "About this timeline" and "As known on …" share one line in any language: where they are too long for it,
       each wraps inside its own button (as tall as a touch target anyway) rather than taking a line of its own. A
       day chosen opens a box of its own, on its own line. */
    .about-line {
      flex-wrap: nowrap;
    }
    .about-line:has(> .as-of-set) {
      flex-wrap: wrap;
    }
    .about-line > * {
      flex: 0 1 auto;
      min-width: 0;
    }
    .about-toggle {
      text-align: start;
      line-height: 1.2;
    }
    .about-toggle .wide {
      display: none;
    }
    .about-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      margin-top: var(--st-space-1, 0.25rem);
      min-height: 2rem;
      padding: 0.1rem 0.2rem;
      border-color: transparent;
      background: none;
      color: var(--st-text-muted);
      font-size: var(--st-font-size-sm, 0.875rem);
    }
    .about-toggle::before {
      content: '▸';
    }
    .about-toggle[aria-expanded='true']::before {
      content: '▾';
    }
    .description:not(.open) {
      display: none;
    }
  }
`;
