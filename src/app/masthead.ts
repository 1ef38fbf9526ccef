/**
 * The page's headline and standfirst. On a phone the standfirst waits behind "About this timeline", so the
 * events start higher; it is never cut off mid-sentence (WCAG 1.4.10: nothing is lost when the page reflows).
 */
import { css } from 'lit';
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
}

export function masthead({ tag, title, description, lang, open, toggle }: MastheadOptions) {
  return staticHtml`<${tag} class="masthead">
    <h1 lang=${lang} dir="auto">${title}</h1>
    <button
      type="button"
      class="about-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="standfirst"
      @click=${toggle}
    >
      ${msg('About this timeline')}
    </button>
    <p id="standfirst" class="description ${open ? 'open' : ''}" lang=${lang} dir="auto">${description}</p>
  </${tag}>`;
}

export const mastheadStyles = css`
  /* A headline and its standfirst, compact: the chronology is the page's hero, not its title. */
  .masthead {
    padding: var(--st-space-3, 0.75rem) 0 0;
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
  @media (max-width: 39.99rem) {
    h1 {
      font-size: 1.15rem;
    }
    .about-toggle {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      margin-top: var(--st-space-1, 0.25rem);
      min-height: 2rem;
      padding: 0.1rem 0.4rem;
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
