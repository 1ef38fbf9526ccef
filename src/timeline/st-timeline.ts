import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { datasetLang, eventDateText, groupsNoun, type DatasetIndex } from '../data/dataset-index.js';
import { formatWindow } from '../data/dates.js';
import type { TimelineEvent } from '../data/types.js';
import { emit, type LanesDetail, type PanDetail, type PresetDetail, type ZoomDetail } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { stopElement, stopOf, type Stop } from './item-element.js';
import { initialWindow, windowAround, type LaneMode, type TimeWindow, type WindowPreset } from './items.js';
import { layoutOf, shownOf, type Layout, type Shown } from './layout.js';
import { MorePopup } from './more-popup.js';
import type { Marker } from './placement.js';
import { RovingFocus } from './roving-focus.js';
import { VisTimelineController } from './vis-timeline-controller.js';
import { styles } from './st-timeline.styles.js';
import { FirstReportTicks, tickStyles } from './first-report-ticks.js';
import { rangeOf } from './windowing.js';
import './st-timeline-legend.js';
import './st-timeline-toolbar.js';
import { localized, msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';

/** Windows whose ends are this close (ms) are the same window: vis-timeline reports a settled window more than once. */
const SAME_WINDOW_MS = 1000;
/** How far a click may move (px) and still be a click, not the end of a drag. */
const CLICK_SLOP_PX = 5;

/**
 * The zoomable timeline: a toolbar, the vis-timeline drawing, a status line and a key. The drawing is a
 * `VisTimelineController` (vis-timeline's life, the items it holds, its quirks); focus among the drawn events is a
 * `RovingFocus`; the toolbar is `<st-timeline-toolbar>`. This element holds the properties, the keys on the canvas
 * and the status line, and sends what the reader does as `st-select` and `st-window-change`.
 *
 * Keyboard: on the canvas, ←/→ pan and +/− zoom; on an event, ←/→/Home/End move between events and Enter/Space
 * select; on a "+N more" marker, ←/→/Home/End move between markers and Enter/Space open the list of its events.
 *
 * The drawing takes the height it is given: the host's, when it has one (the toolbar, status and key take theirs
 * and the drawing the rest), else `--st-timeline-height`; it titles as many events as fit in that height.
 *
 * @fires st-select - an event was chosen (click, Enter or Space, from a "+N more" list, or a window that names one);
 *   detail `{id}`
 * @fires st-window-change - the visible window changed; detail `{start, end}`
 * @cssprop --st-timeline-height - height of the drawing when the host's own height does not set it (28rem)
 */
@customElement('st-timeline')
@localized()
export class StTimeline extends LitElement {
  static override styles = [styles, tickStyles];

  /** The dataset to draw. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** The events to draw, in date order (e.g. those that pass the filters); all of them when unset. */
  @property({ attribute: false }) events: readonly TimelineEvent[] | undefined;

  /** The window to show first, e.g. from a shared link; else the dataset's initial window. */
  @property({ attribute: false }) startWindow: TimeWindow | undefined;

  /** Id of the selected event. */
  @property({ attribute: false }) selectedId: string | undefined;

  /** One lane per group, or a single lane (the default on narrow screens, where lane labels cost too much width). */
  @property({ reflect: true }) lanes: LaneMode = window.matchMedia('(max-width: 40rem)').matches ? 'single' : 'groups';

  /** The window shown: the one to start on, then the last one vis-timeline settled on. */
  @state() private visible: TimeWindow | undefined;
  /** The polite announcement of a new selection. */
  @state() private announcement = '';

  @query('.vis-host') private visHost!: HTMLElement;
  @query('.canvas') private canvas!: HTMLElement;

  /** Where the dataset's events are drawn, made again when the dataset or the lanes change. */
  private layout: Layout | undefined;
  /** The events drawn, made again when they change. */
  private shown: Shown = shownOf(undefined, []);
  /** Where the last press on the canvas began, to tell a click from a drag. */
  private pointerStart: { x: number; y: number } | undefined;

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  private readonly vis: VisTimelineController = new VisTimelineController(this, {
    container: () => this.visHost,
    layout: () => this.layout,
    shown: () => this.shown,
    visible: () => this.visible,
    selectedId: () => this.selectedId,
    activeId: () => this.roving.activeId,
    revealed: (id) => {
      this.roving.activeId = id;
      this.roving.sync();
    },
    itemsChanged: () => {
      this.roving.sync();
      this.more.sync(() => this.canvas);
      this.ticks.draw();
    },
    windowSettled: (window) => this.onWindowSettled(window),
  });

  /** Each event's first report, drawn when the toolbar's "First reports" is pressed. */
  private readonly ticks = new FirstReportTicks({
    index: () => this.index,
    canvas: () => this.canvas,
    window: () => this.vis.window(),
  });

  private readonly roving: RovingFocus = new RovingFocus(this, this.vis, {
    canvas: () => this.canvas,
    shown: () => this.shown,
    selectedId: () => this.selectedId,
  });

  private readonly more: MorePopup = new MorePopup(this, {
    entries: (marker) =>
      marker.ids.flatMap((id) => {
        const event = this.index?.event.get(id);
        return event && this.index
          ? [{ id, date: eventDateText(this.index, event), title: event.title, lang: datasetLang(this.index) }]
          : [];
      }),
    label: (marker) => this.vis.items.markerLabel(marker),
    select: (id) => {
      this.select(id);
      void this.roving.focusEvent(id);
    },
    zoomTo: (marker) => this.showWindow(windowAround(marker.span.start, marker.span.end)),
  });

  /**
   * Resolves once the current vis-timeline instance has drawn for the first time and shows its items; after the
   * element has left the document and come back, once the new instance has.
   */
  get ready(): Promise<void> {
    return this.vis.ready;
  }

  /**
   * The vis-timeline instance, for tests that check what it was given (not part of the element's API).
   * @internal
   */
  get timeline(): unknown {
    return this.vis.instance;
  }

  override render() {
    const index = this.index;
    return html`
      <st-timeline-toolbar
        .presets=${this.layout?.presets ?? []}
        .lang_=${index ? datasetLang(index) : undefined}
        .lanes=${this.lanes}
        .groupsNoun=${index && index.groups.length > 0 ? groupsNoun(index) : undefined}
        @st-zoom=${this.onZoom}
        @st-pan=${this.onPan}
        @st-fit=${this.onFit}
        @st-preset=${this.onPreset}
        @st-lanes=${this.onLanes}
        .firstReports=${this.ticks.shown}
        @st-first-reports=${this.onFirstReports}
      ></st-timeline-toolbar>
      <div class="stage">
        <div
          class="canvas"
          dir="ltr"
          tabindex="0"
          role="region"
          aria-roledescription=${msg('timeline')}
          aria-label=${msg('Timeline')}
          aria-describedby="timeline-help timeline-status"
          aria-keyshortcuts="ArrowLeft ArrowRight + - Home End Enter"
          @keydown=${this.onKeydown}
          @focusin=${(event: FocusEvent) => this.roving.focusin(event)}
          @focusout=${(event: FocusEvent) => this.roving.focusout(event)}
          @pointerdown=${this.onPointerdown}
          @click=${this.onClick}
        >
          <div class="vis-host"></div>
        </div>
        ${this.more.render()}
      </div>
      <p id="timeline-help" class="visually-hidden">
        ${msg(
          'Arrow keys move earlier or later, plus and minus zoom. Press Tab to reach the events, then use the arrow keys to go from one event to the next and Enter to open one. Where there is no room for every title, a "more" button lists the others. The List view gives the same events as text.',
        )}
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <div class="footer">
        <p id="timeline-status" class="status">${this.statusText()}</p>
        <st-timeline-legend .index=${index} .lanes=${this.lanes} .more=${this.vis.gathered > 0}></st-timeline-legend>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const index = this.index;
    // Said once, politely and briefly (the details panel has the rest); not for the selection it starts with.
    if (changed.has('selectedId') && this.hasUpdated) {
      const event = this.selectedId === undefined ? undefined : index?.event.get(this.selectedId);
      this.announcement = event ? `Selected: ${event.title}` : '';
    }
    if (changed.has('index') || changed.has('lanes')) this.layout = index && layoutOf(index, this.lanes);
    if (changed.has('index') || changed.has('lanes') || changed.has('events')) {
      this.shown = shownOf(this.layout, this.events ?? index?.events ?? []);
      if (!this.visible && index) this.visible = this.startWindow ?? initialWindow(index);
    }
  }

  /** Complete once the toolbar, which renders in an update of its own, has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    await this.renderRoot.querySelector('st-timeline-toolbar')?.updateComplete;
    return complete;
  }

  /** Selects the event in the drawing and, if it is out of sight, brings it into view keeping the zoom. */
  reveal(id: string): void {
    this.vis.reveal(id);
  }

  /** Shows a window, e.g. one of the presets. */
  showWindow(window: TimeWindow): void {
    this.vis.move.show(window);
  }

  /** Shows a preset window and, if it names one, selects its event. */
  showPreset(preset: WindowPreset): void {
    this.showWindow(preset.window);
    if (preset.event !== undefined) this.select(preset.event);
  }

  /** Zooms in (positive) or out (negative) by a fraction of the window. */
  zoom(fraction: number): void {
    this.vis.move.zoom(fraction);
  }

  /** Pans by a fraction of the window width; negative moves earlier. */
  pan(fraction: number): void {
    this.vis.move.pan(fraction);
  }

  /** Shows every event drawn. */
  fitAll(): void {
    const bounds = this.shown.spans.bounds();
    if (bounds) this.showWindow(windowAround(bounds.start, bounds.end));
  }

  // The toolbar's requests: acted on here and kept from the page, where this element's own events are its API.
  private onZoom(event: CustomEvent<ZoomDetail>): void {
    event.stopPropagation();
    this.zoom(event.detail.fraction);
  }

  private onPan(event: CustomEvent<PanDetail>): void {
    event.stopPropagation();
    this.pan(event.detail.fraction);
  }

  private onFit(event: Event): void {
    event.stopPropagation();
    this.fitAll();
  }

  private onPreset(event: CustomEvent<PresetDetail>): void {
    event.stopPropagation();
    const preset = this.layout?.presets.find((p) => p.id === event.detail.id);
    if (preset) this.showPreset(preset);
  }

  private onFirstReports(event: CustomEvent<boolean>): void {
    event.stopPropagation();
    this.ticks.toggle(event.detail);
    this.requestUpdate();
  }

  private onLanes(event: CustomEvent<LanesDetail>): void {
    event.stopPropagation();
    this.lanes = event.detail.lanes;
  }

  private select(id: string): void {
    this.roving.activeId = id;
    emit(this, 'st-select', { id });
  }

  /** Selects an event, or opens (or closes) the list of a marker's events. */
  private activate(stop: Stop, element: HTMLElement): void {
    if (stop.kind === 'event') {
      this.select(stop.id);
      return;
    }
    const marker: Marker | undefined = this.vis.items.marker(stop.id);
    if (marker) this.more.toggle(element, marker);
  }

  private onWindowSettled(window: TimeWindow): void {
    const visible = this.visible;
    const near = (a: Date, b: Date | undefined) =>
      b !== undefined && Math.abs(a.getTime() - b.getTime()) < SAME_WINDOW_MS;
    if (near(window.start, visible?.start) && near(window.end, visible?.end)) return;
    this.visible = window;
    emit(this, 'st-window-change', window);
  }

  private onPointerdown(event: PointerEvent): void {
    this.pointerStart = { x: event.clientX, y: event.clientY };
  }

  /** A click on an item (label, dot or range bar) selects it, on a marker opens its list; the end of a drag does not. */
  private onClick(event: MouseEvent): void {
    const start = this.pointerStart;
    this.pointerStart = undefined;
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX) return;
    const label = (event.target as Element)
      .closest('.vis-item')
      ?.querySelector<HTMLElement>('.st-label, .st-more-label');
    const stop = label ? stopOf(label) : undefined;
    if (stop && label) this.activate(stop, label);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const stop = stopOf(event.target as Element);
    switch (event.key) {
      case '+':
      case '=':
        this.zoom(0.5);
        break;
      case '-':
      case '_':
        this.zoom(-1);
        break;
      case 'ArrowLeft':
        if (stop) this.roving.move(stop, 'previous');
        else this.pan(-0.2);
        break;
      case 'ArrowRight':
        if (stop) this.roving.move(stop, 'next');
        else this.pan(0.2);
        break;
      case 'Home':
      case 'End':
        if (!stop) return;
        this.roving.move(stop, event.key === 'Home' ? 'first' : 'last');
        break;
      case 'Enter':
      case ' ':
        if (!stop) return;
        this.activate(stop, stopElement(event.target as Element) as HTMLElement);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private statusText(): string {
    const window = this.visible;
    if (!window || !this.index) return '';
    const range = rangeOf(window);
    const count = this.shown.spans.count(range);
    // The markers' events near the window too, which are few beside those in it: said as "some".
    // What a "+N more" marker is, the key says beside this line.
    const ticks = this.ticks.shown ? msg(' Faint ticks: when each titled event was first reported.') : '';
    const [window_, shown, all] = [formatWindow(range), numberText(count), numberText(this.shown.spans.size)];
    const showing = plural(this.shown.spans.size, {
      one: msg(str`Showing ${window_}: ${shown} of ${all} event.`, { id: 'timeline-showing.one' }),
      few: msg(str`Showing ${window_}: ${shown} of ${all} events.`, { id: 'timeline-showing.few' }),
      many: msg(str`Showing ${window_}: ${shown} of ${all} events.`, { id: 'timeline-showing.many' }),
      other: msg(str`Showing ${window_}: ${shown} of ${all} events.`, { id: 'timeline-showing.other' }),
    });
    return `${showing}${ticks}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'st-timeline': StTimeline;
  }
}
