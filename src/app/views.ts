/**
 * The view the tabs choose (timeline, list, claims, sources), as a template: what each shows of the filtered events,
 * and what stands in for a lazily loaded element until its code arrives.
 */
import { html, nothing } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import type { TimeWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';
import type { View } from './app-state.js';
import type { LazyElements, LazyTag } from './lazy-elements.js';
import { timelinePreview } from './timeline-preview.js';
import { msg } from '@lit/localize';

export interface ViewContext {
  index: DatasetIndex;
  /** The events the filters leave, in date order. */
  events: readonly TimelineEvent[];
  /** Search terms to mark. */
  terms: readonly string[];
  selected: string | undefined;
  /** The window the address asks for; else the dataset's first. */
  window: TimeWindow | undefined;
  firstWindow: TimeWindow | undefined;
  lazy: LazyElements;
  /** In an embed: the selected event is shown above the view, which then need not scroll to it. */
  embed: boolean;
  onWindowChange: (event: CustomEvent<TimeWindow>) => void;
}

/** Stands in for a lazily loaded element until its code arrives (shown only while the element is undefined). */
export function lazyStatus(lazy: LazyElements, tag: Exclude<LazyTag, 'st-timeline'>, state: 'loading' | 'failed') {
  const text = {
    'st-overview': () => [msg('The overview could not be loaded.'), msg('Loading the overview…')],
    'st-claims-view': () => [msg('The claims chart could not be loaded.'), msg('Loading the claims chart…')],
    'st-presentation': () => [msg('The presentation could not be loaded.'), msg('Loading the presentation…')],
  }[tag]();
  return state === 'failed'
    ? html`<p class="lazy-status" role="status">
        ${text[0]}
        <button type="button" @click=${() => lazy.retry(tag)}>${msg('Try again')}</button>
      </p>`
    : html`<p class="lazy-status" role="status">${text[1]}</p>`;
}

export function renderView(view: View, context: ViewContext) {
  const { index, events, terms, selected, lazy } = context;
  switch (view) {
    case 'timeline': {
      const timeline = lazy.state('st-timeline');
      const overview = lazy.state('st-overview');
      const window = context.window ?? context.firstWindow;
      return html`<h2 class="visually-hidden">${msg('Timeline')}</h2>
        <st-overview .index=${index} .events=${events} .window=${window}
          >${overview === 'failed' ? lazyStatus(lazy, 'st-overview', overview) : nothing}</st-overview
        >
        <st-timeline
          .index=${index}
          .events=${events}
          .selectedId=${selected}
          .startWindow=${context.window}
          @st-window-change=${context.onWindowChange}
          >${
            timeline === 'ready'
              ? nothing
              : timelinePreview(index, events, window, timeline, () => lazy.retry('st-timeline'))
          }</st-timeline
        >`;
    }
    case 'list':
      return html`<h2 class="visually-hidden">${msg('Events in date order')}</h2>
        <st-event-list
          .index=${index}
          .events=${events}
          .selectedId=${selected}
          .terms=${terms}
          .followSelection=${!context.embed}
        ></st-event-list>`;
    case 'claims': {
      const claims = lazy.state('st-claims-view');
      return html`<st-claims-view .index=${index} .events=${events}
        >${claims === 'ready' ? nothing : lazyStatus(lazy, 'st-claims-view', claims)}</st-claims-view
      >`;
    }
    case 'sources':
      return html`<st-sources-view .index=${index} .events=${events}></st-sources-view>`;
  }
}
