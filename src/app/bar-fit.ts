/**
 * Keeps the view tabs and the actions on one line on a wide screen: when the actions would wrap under the tabs (a
 * longer language, "Копіювати посилання"; a narrower window), all but Present go behind "More", as they do on a
 * phone, instead of taking a second line from the timeline. Measured, not guessed: the actions' width is taken while
 * they are shown in full, and they come back in full once the bar is that wide again. Phones keep their own rule
 * (the media query in st-app.styles.ts). The class is set on the bar itself (its `class` is static in the template,
 * so lit leaves it alone).
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { morePanel } from './view-tabs.styles.js';

/** Narrower than this, the phone's layout already keeps the actions behind "More". */
const PHONE = '(max-width: 39.99rem)';

export class BarFit implements ReactiveController {
  /** The width the actions take shown in full (px), measured when they last were. */
  private natural = 0;
  private frame = 0;
  private observed: Element | undefined;
  private readonly observer = new ResizeObserver(() => this.schedule());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bar = this.host.renderRoot.querySelector('.bar');
    if (bar && bar !== this.observed) {
      this.observer.disconnect();
      this.observer.observe(bar);
      this.observed = bar;
    }
    this.schedule();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    this.observed = undefined;
    cancelAnimationFrame(this.frame);
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.fit());
  }

  private fit(): void {
    const bar = this.host.renderRoot.querySelector<HTMLElement>('.bar');
    const tabs = bar?.querySelector<HTMLElement>('.tabs');
    const actions = bar?.querySelector<HTMLElement>('.actions');
    if (!bar || !tabs || !actions || !actions.querySelector('.more-toggle')) return;
    if (window.matchMedia(PHONE).matches) {
      bar.classList.remove('compact');
      return;
    }
    const gap = (element: Element) => parseFloat(getComputedStyle(element).columnGap) || 0;
    if (!bar.classList.contains('compact')) {
      // Every box the actions' line holds (those inside `display: contents` too), each with its gap; the "Link
      // copied." note counts as empty, as it is until a link is copied.
      const items = [...actions.children]
        .flatMap((child) => (getComputedStyle(child).display === 'contents' ? [...child.children] : [child]))
        .filter((item) => getComputedStyle(item).display !== 'none');
      this.natural =
        items.reduce(
          (sum, item) => sum + (item.classList.contains('copied') ? 0 : item.getBoundingClientRect().width),
          0,
        ) +
        gap(actions) * Math.max(0, items.length - 1);
    }
    const fits = tabs.getBoundingClientRect().width + gap(bar) + this.natural <= bar.clientWidth;
    // Changing the class resizes nothing the observer watches but the bar's height: no loop.
    bar.classList.toggle('compact', !fits);
  }
}

/**
 * A wide screen's bar with the actions behind "More" (`compact`): Present, then More and its list. On a phone More is
 * an icon (its name stays "More actions"), so that the tabs and More share their line in longer languages too.
 */
export const compactBarStyles = css`
  .more-icon,
  .present-icon {
    display: none;
  }
  @media (max-width: 39.99rem) {
    .more-icon,
    .present-icon {
      display: inline;
      font-size: 1.25rem;
      line-height: 1;
    }
    /* Present is only beside the tabs where there is no More (an embed): an icon too, named Present. */
    .more-text,
    .present-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  /* The narrowest screens and frames (320 px): tabs and the one button beside them a little tighter, on one line. */
  @media (max-width: 22.5rem) {
    .tabs {
      gap: 0;
    }
    [role='tab'] {
      padding-inline: 0.2rem;
    }
    .present,
    .more-toggle {
      padding-inline: 0.4rem;
    }
  }
  .bar.compact .actions {
    position: relative;
  }
  .bar.compact .more-toggle {
    display: inline-flex;
  }
  .bar.compact .secondary {
    display: none;
  }
  .bar.compact .secondary.open {
    ${morePanel}
  }
`;
