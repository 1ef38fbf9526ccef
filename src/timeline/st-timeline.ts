import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import * as vis from 'vis-timeline/standalone';
import { Timeline, type TimelineOptions } from 'vis-timeline/standalone';
import type { DataSet as VisDataSet } from 'vis-data';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { groupsNoun, type DatasetIndex } from '../data/dataset-index.js';
import type { TimelineEvent } from '../data/types.js';
import { formatWindow } from '../data/dates.js';
import { emit } from '../events.js';
import { GroupStyles } from '../styles/group-styles.js';
import { buttonStyles, focusRing, visuallyHidden } from '../styles/shared-styles.js';
import { aggregateElement, itemElement, laneElement } from './item-element.js';
import {
  SINGLE_LANE,
  panWindow,
  placeOf,
  toItem,
  toLanes,
  windowAround,
  type ItemModel,
  type LaneMode,
  type LaneModel,
  type TimeWindow,
  type WindowPreset,
  windowPresets,
} from './items.js';
import { itemStyles } from './timeline-styles.js';
import {
  SpanIndex,
  aggregateLabel,
  plan,
  revealWindow,
  stillServes,
  unitText,
  type Aggregate,
  type BinUnit,
  type Placed,
  type Plan,
  type PlanOptions,
  type Range,
} from './windowing.js';
import './st-timeline-legend.js';

interface VisItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  content: string;
}

const DAY = 86_400_000;
/** A date no window reaches (past the earliest a dataset may hold), where items wait before they are moved into place. */
const OUT_OF_SIGHT = new Date(-8.6e15);
// The standalone build bundles its own DataSet (the one its Timeline understands); its typings only re-export
// vis-data's, under another name.
const { DataSet } = vis as unknown as { DataSet: typeof VisDataSet };
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The zoomable timeline. Owns one vis-timeline instance: creates it in `firstUpdated`,
 * destroys it on disconnect, and re-dispatches its selection as `st-select`.
 * Keyboard: on the canvas, ←/→ pan and +/− zoom; on an event, ←/→/Home/End move
 * between events and Enter/Space select.
 *
 * @fires st-select - an event was chosen (click, Enter or Space)
 * @fires st-window-change - the visible window changed; detail `{start, end}`
 * @cssprop --st-timeline-height - maximum height of the drawing area
 */
@customElement('st-timeline')
export class StTimeline extends LitElement {
  static override styles = [
    unsafeCSS(visCss),
    itemStyles,
    focusRing,
    buttonStyles,
    visuallyHidden,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      .group {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .canvas {
        position: relative;
        border-radius: var(--st-radius);
      }
      .vis-host:not(.drawn) {
        visibility: hidden;
      }
      .canvas:focus-visible {
        outline-offset: 3px;
      }
      .status {
        margin: 0.35rem 0 0;
        font-size: 0.85rem;
        color: var(--st-text-muted);
      }
    `,
  ];

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

  @state() private visible: TimeWindow | undefined;

  /** The period aggregates are drawn by, when the window holds too many events to draw one by one. */
  @state() private grouped: BinUnit['id'] | undefined;
  /** The polite announcement of a new selection. */
  @state() private announcement = '';

  protected readonly groupStyles = new GroupStyles(this, () => this.index);

  @query('.vis-host') private host!: HTMLElement;
  @query('.canvas') private canvas!: HTMLElement;

  private timeline: Timeline | undefined;

  /** The events drawn: the given ones, else all. */
  private get shown(): readonly TimelineEvent[] {
    return this.events ?? this.index?.events ?? [];
  }
  private resolveReady: () => void = () => undefined;

  /** Resolves once vis-timeline has drawn for the first time and shows its items. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.resolveReady = resolve));
  private presets: WindowPreset[] = [];
  private laneModels: LaneModel[] = [];
  /** Where every event of the dataset is drawn (lane and span), by id. */
  private placed = new Map<string, Placed>();
  /** The shown events by time, to find those in or near a window. */
  private spans = new SpanIndex();
  /** Position of each shown event in date order, for the arrow keys. */
  private position = new Map<string, number>();
  /** Item models, made when an event is first handed to vis-timeline. */
  private models = new Map<string, ItemModel>();
  /**
   * One element per event, made when vis-timeline first draws it and reused on every redraw: vis-timeline replaces
   * an item's content when its outerHTML changes, which would drop focus whenever tabindex or selection change.
   */
  private elements = new Map<string, HTMLElement>();
  /** The aggregates handed to vis-timeline, and their elements once drawn. */
  private clusters = new Map<string, { aggregate: Aggregate; element: HTMLElement | undefined }>();
  /** What vis-timeline holds: only the events (or aggregates) in and near the window, changed item by item. */
  private readonly data = new DataSet<VisItem>();
  /** The plan the data was last made from. */
  private current: Plan | undefined;
  /** The event that holds the single tab stop among events. */
  private activeId: string | undefined;
  /** The event vis-timeline draws as selected (the selected one, or the one the arrow keys moved to). */
  private highlighted: string | undefined;
  /** An event being brought into view: kept loaded whatever the window shows until it is there. */
  private revealing: string | undefined;
  private revealTimer: number | undefined;
  /** Width of the drawing in pixels, kept by a ResizeObserver (reading it while zooming would force layouts). */
  private widthPx = 0;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width > 0 && Math.abs(width - this.widthPx) >= 1) {
      this.widthPx = width;
      this.scheduleSync();
    }
  });

  override render() {
    const presets = this.presets.map(
      (preset) => html`<button type="button" @click=${() => this.showPreset(preset)}>${preset.label}</button>`,
    );
    return html`
      <div class="toolbar">
        <div class="group" role="group" aria-label="Zoom">
          <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoom(0.5)}>+</button>
          <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoom(-1)}>−</button>
          <button type="button" @click=${() => this.fitAll()}>Fit all</button>
        </div>
        <div class="group" role="group" aria-label="Move">
          <button type="button" aria-label="Earlier" title="Earlier (←)" @click=${() => this.pan(-0.3)}>
            ← Earlier
          </button>
          <button type="button" aria-label="Later" title="Later (→)" @click=${() => this.pan(0.3)}>Later →</button>
        </div>
        ${presets.length ? html`<div class="group" role="group" aria-label="Jump to">${presets}</div>` : nothing}
        ${
          this.index && this.index.groups.length > 0
            ? html`<button
                type="button"
                aria-pressed=${this.lanes === 'groups' ? 'true' : 'false'}
                @click=${() => this.toggleLanes()}
              >
                Lanes by ${groupsNoun(this.index).toLowerCase()}
              </button>`
            : nothing
        }
      </div>
      <div
        class="canvas"
        tabindex="0"
        role="region"
        aria-roledescription="timeline"
        aria-label="Timeline"
        aria-describedby="timeline-help timeline-status"
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
        @pointerdown=${this.onPointerdown}
        @click=${this.onClick}
      >
        <div class="vis-host"></div>
      </div>
      <p id="timeline-help" class="visually-hidden">
        Arrow keys move earlier or later, plus and minus zoom. Press Tab to reach the events, then use the arrow keys to
        go from one event to the next and Enter to open one. The List view gives the same events as text.
      </p>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      <p id="timeline-status" class="status">${this.statusText()}</p>
      <st-timeline-legend
        .index=${this.index}
        .lanes=${this.lanes}
        .grouped=${this.grouped !== undefined}
      ></st-timeline-legend>
    `;
  }

  protected override firstUpdated(): void {
    this.createTimeline();
  }

  private createTimeline(): void {
    const options: TimelineOptions = {
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      showCurrentTime: false,
      // Weekly ticks (dated by their Monday) when days are too narrow to label one by one.
      showWeekScale: true,
      format: { minorLabels: { week: 'D MMM', day: 'D', weekday: 'ddd D' }, majorLabels: { week: 'MMMM YYYY' } },
      // Selection is ours (click, Enter, Space); vis-timeline only draws it via setSelection.
      selectable: false,
      zoomable: true,
      moveable: true,
      zoomMin: 2 * DAY,
      zoomMax: 40 * 365 * DAY,
      margin: { item: { horizontal: 6, vertical: 4 }, axis: 6 },
      // vis-timeline cannot read CSS variables, so the custom property is resolved here.
      maxHeight: getComputedStyle(this).getPropertyValue('--st-timeline-height').trim() || 'min(75vh, 40rem)',
      verticalScroll: true,
      horizontalScroll: false,
      // Data strings never reach vis-timeline as HTML: items and lanes are DOM nodes.
      template: (item?: VisItem) => this.renderItem(item?.id),
      // Aggregates nearest the axis; then known days and short spans; month-long fuzzy spans below them.
      order: (a: VisItem, b: VisItem) => this.stackRank(a) - this.stackRank(b) || a.start.getTime() - b.start.getTime(),
      // Lanes are handed over with empty content (a group's label is the dataset's words): ours draws the name.
      groupTemplate: (group?: { id: string }) =>
        laneElement(this.laneModels.find((lane) => lane.id === group?.id) ?? { id: '', label: '', order: 0 }),
      xss: { disabled: false },
      onInitialDrawComplete: () => this.onFirstDraw(),
    };
    // No `start`/`end` here: given them, vis-timeline stays `visibility: hidden` until its range changes
    // (visjs/vis#3616, visjs/vis-timeline#1340), and whether it ever does depends on timing (it did not
    // inside a sandboxed iframe). Without them it fits all, shows itself, and `onFirstDraw` sets our window.
    // Items arrive in `updated`, which runs right after this with every initial property.
    this.drawn = false;
    this.host.classList.remove('drawn');
    // Measured once here; from then on the ResizeObserver keeps it without forcing layouts.
    this.widthPx = this.widthPx || this.host.clientWidth || 1000;
    this.timeline = new Timeline(this.host, this.data, options);
    const center = this.host.querySelector('.vis-panel.vis-center');
    if (center) this.resizeObserver.observe(center);
    this.timeline.on('rangechange', (props: { start: Date; end: Date }) => {
      // While dragging or zooming: load more only when what is loaded no longer serves the window.
      if (this.drawn && this.current && !stillServes(this.current, this.spans, toRange(props), this.planOptions())) {
        this.scheduleSync();
      }
    });
    this.timeline.on('rangechanged', (props: { start: Date; end: Date }) => {
      if (!this.drawn) return;
      // Once the window settles, load what is in and around it.
      this.syncItems({ window: toRange(props), replan: true });
      const near = (a: Date, b: Date | undefined) => b !== undefined && Math.abs(a.getTime() - b.getTime()) < 1000;
      if (near(props.start, this.visible?.start) && near(props.end, this.visible?.end)) return;
      this.visible = { start: props.start, end: props.end };
      emit(this, 'st-window-change', this.visible);
    });
    this.timeline.on('changed', () => this.syncLabels());
  }

  /** Whether vis-timeline has drawn once and shows our window. */
  private drawn = false;

  private onFirstDraw(): void {
    const timeline = this.timeline;
    const window = this.visible;
    if (!timeline) return;
    const shown = () => {
      timeline.off('changed', shown);
      this.drawn = true;
      // Hidden until now, so the fit-all frame before our window is never seen.
      this.host.classList.add('drawn');
      this.resolveReady();
    };
    // Ready once the items of our window are drawn (vis-timeline redraws on the next frame).
    timeline.on('changed', shown);
    if (window) timeline.setWindow(window.start, window.end, { animation: false });
    else timeline.redraw();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.isUpdating = true;
    const index = this.index;
    // Said once, politely and briefly (the details panel has the rest); not for the selection it starts with.
    if (changed.has('selectedId') && this.hasUpdated) {
      const event = this.selectedId === undefined ? undefined : index?.event.get(this.selectedId);
      this.announcement = event ? `Selected: ${event.title}` : '';
    }
    if (changed.has('index') || changed.has('lanes')) {
      this.placed = new Map(index ? index.events.map((event) => [event.id, placeOf(index, event, this.lanes)]) : []);
      this.models = new Map();
      this.elements = new Map();
      this.presets = index ? windowPresets(index) : [];
      this.laneModels = index ? toLanes(index, this.lanes) : [];
    }
    if (changed.has('index') || changed.has('lanes') || changed.has('events')) {
      const shown = this.shown;
      this.spans = new SpanIndex(shown.flatMap((event) => this.placed.get(event.id) ?? []));
      this.position = new Map(shown.map((event, i) => [event.id, i]));
      if (!this.visible && index) this.visible = this.startWindow ?? this.datasetWindow();
    }
  }

  /** The dataset's initial window, else one around every event (not just the shown ones). */
  private datasetWindow(): TimeWindow | undefined {
    const preset = this.presets.find((p) => p.initial);
    if (preset) return preset.window;
    const all = this.allBounds();
    return all && windowAround(all.start, all.end);
  }

  /** The span of every event of the dataset. */
  private allBounds(): Range | undefined {
    let start = Infinity;
    let end = -Infinity;
    for (const placed of this.placed.values()) {
      start = Math.min(start, placed.start);
      end = Math.max(end, placed.end);
    }
    return start <= end ? { start, end } : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    try {
      this.apply(changed);
    } finally {
      this.isUpdating = false;
    }
  }

  private apply(changed: PropertyValues<this>): void {
    if (!this.timeline) return;
    if (changed.has('index') || changed.has('lanes')) this.resetData();
    else if (changed.has('events')) this.syncItems({ replan: true });
    if (changed.has('selectedId')) {
      const id = this.selectedId;
      this.highlighted = id;
      // Loaded (and drawn as selected) wherever it is, before it is revealed.
      this.syncItems();
      // Before the first draw, vis-timeline would reset the window over a reveal; wait for it.
      if (id) void this.ready.then(() => this.reveal(id));
      else this.timeline.setSelection([]);
      this.syncLabels();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.clearTimeout(this.destroyTimer);
    // Moved in the document after its timeline was destroyed: draw it again.
    if (this.hasUpdated && !this.timeline) {
      this.createTimeline();
      this.resetData();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const timeline = this.timeline;
    // A scroll event already queued for vis-timeline's panels would run after destroy() and throw
    // (it reads the DOM destroy() has dropped); destroying a moment later lets it run first.
    this.destroyTimer = window.setTimeout(() => {
      timeline?.destroy();
      if (this.timeline === timeline) {
        this.timeline = undefined;
        this.resizeObserver.disconnect();
        cancelAnimationFrame(this.syncFrame);
        this.syncFrame = 0;
      }
    }, 100);
  }

  private destroyTimer: number | undefined;

  /** Selects the event in the drawing and, if it is out of sight, brings it into view keeping the zoom. */
  reveal(id: string): void {
    const placed = this.position.has(id) ? this.placed.get(id) : undefined;
    const shown = this.timeline?.getWindow();
    if (!placed || !this.timeline || !shown) return;
    this.activeId = id;
    this.highlighted = id;
    const visible = toRange(shown);
    // vis-timeline draws only what is in view, across time and down the lanes.
    if (placed.end >= visible.start && placed.start <= visible.end && this.isInSight(id)) {
      this.syncItems();
      this.timeline.setSelection([id]);
      return;
    }
    // Kept loaded while the window moves, whatever the windows on the way show.
    this.revealing = id;
    window.clearTimeout(this.revealTimer);
    this.revealTimer = window.setTimeout(() => {
      this.revealing = undefined;
      this.syncItems();
    }, 1000);
    // Centred, the same width, unless that is too crowded to show single events: then narrower.
    const target = revealWindow(this.spans, placed, visible);
    // Load what the target window shows before moving there.
    this.syncItems({ window: target, replan: true });
    this.timeline.setSelection([id]);
    if (Math.abs(target.end - target.start - (visible.end - visible.start)) > 1) {
      this.timeline.setWindow(new Date(target.start), new Date(target.end), { animation: false });
    }
    // A short animation: vis-timeline scrolls the lanes to the item only while animating.
    // With reduced motion, 1 ms: still an animation to vis (so the lanes scroll), but nothing to see.
    const duration = reducedMotion() ? 1 : 120;
    this.timeline.focus(id, { zoom: false, animation: { duration, easingFunction: 'linear' } });
  }

  /** True when the event is drawn wholly inside the visible part of the drawing, lanes scrolled as they are. */
  private isInSight(id: string): boolean {
    const element = this.elements.get(id);
    const panel = this.renderRoot.querySelector('.vis-panel.vis-center');
    if (!element?.isConnected || !panel) return false;
    const item = element.getBoundingClientRect();
    const view = panel.getBoundingClientRect();
    return item.top >= view.top && item.bottom <= view.bottom;
  }

  /** Shows a window, e.g. one of the presets. */
  showWindow(window: TimeWindow): void {
    this.timeline?.setWindow(window.start, window.end, { animation: !reducedMotion() });
  }

  /** Shows a preset window and, if it names one, selects its event. */
  showPreset(preset: WindowPreset): void {
    this.showWindow(preset.window);
    if (preset.event !== undefined) this.select(preset.event);
  }

  /** Zooms in (positive) or out (negative) by a fraction of the window. */
  zoom(fraction: number): void {
    if (fraction > 0) this.timeline?.zoomIn(fraction, { animation: !reducedMotion() });
    else this.timeline?.zoomOut(-fraction, { animation: !reducedMotion() });
  }

  /** Pans by a fraction of the window width; negative moves earlier. */
  pan(fraction: number): void {
    const window = this.timeline?.getWindow();
    if (window) this.showWindow(panWindow(window, fraction));
  }

  fitAll(): void {
    const bounds = this.spans.bounds();
    if (bounds) this.showWindow(windowAround(bounds.start, bounds.end));
  }

  private toggleLanes(): void {
    this.lanes = this.lanes === 'groups' ? 'single' : 'groups';
  }

  private planOptions(): PlanOptions {
    return { widthPx: this.widthPx || 1000, laneOrder: this.laneModels.map((lane) => lane.id) };
  }

  /** New dataset or lanes: lanes first, then the items of the window. */
  private resetData(): void {
    const all = this.allBounds();
    if (all) {
      // Keep panning within reach of the data: a year either side of the first and last event.
      const year = 365 * DAY;
      this.timeline?.setOptions({ min: new Date(all.start - year), max: new Date(all.end + year) });
    }
    // Lanes first, so that no item ever points at a lane vis-timeline does not know.
    this.data.clear();
    this.clusters.clear();
    this.current = undefined;
    this.timeline?.setGroups(this.laneModels.map((lane) => ({ id: lane.id, content: '', order: lane.order })));
    this.syncItems({ replan: true });
    this.timeline?.setSelection(this.selectedId ? [this.selectedId] : []);
  }

  private syncFrame = 0;

  /** Syncs on the next frame (once however often asked), for the window vis-timeline shows then. */
  private scheduleSync(): void {
    if (this.syncFrame) return;
    this.syncFrame = requestAnimationFrame(() => {
      this.syncFrame = 0;
      this.syncItems();
    });
  }

  /** The window vis-timeline shows, or ours before it has drawn. */
  private currentRange(): Range | undefined {
    const window = this.drawn ? this.timeline?.getWindow() : this.visible;
    return window && toRange(window);
  }

  /**
   * Hands vis-timeline what the window needs, changing only what differs: the events in and near the window, or
   * their aggregates, plus the selected event and the one being revealed (and, among events, the active one).
   */
  private syncItems({ window = this.currentRange(), replan = false }: { window?: Range; replan?: boolean } = {}): void {
    if (!window || !this.timeline) return;
    const options = this.planOptions();
    if (replan || !this.current || !stillServes(this.current, this.spans, window, options)) {
      this.current = plan(this.spans, window, options);
    }
    const current = this.current;
    const next = new Map<string, VisItem>();
    const clusters = new Map<string, Aggregate>();
    if (current.mode === 'events') {
      for (const placed of current.items) this.addEvent(next, placed.id);
    } else {
      for (const aggregate of current.aggregates) {
        clusters.set(aggregate.id, aggregate);
        next.set(aggregate.id, aggregateItem(aggregate));
      }
    }
    const pinned = [this.selectedId, this.revealing, current.mode === 'events' ? this.activeId : undefined];
    for (const id of pinned) if (id !== undefined && this.position.has(id)) this.addEvent(next, id);

    const remove = this.data.getIds().filter((id) => !next.has(String(id)));
    const add = [...next.values()].filter((item) => !this.data.get(item.id));
    // In the plan's order (period, then lane), keeping the elements already made.
    const previous = this.clusters;
    this.clusters = new Map(
      [...clusters].map(([id, aggregate]) => [id, previous.get(id) ?? { aggregate, element: undefined }]),
    );
    if (remove.length) this.data.remove(remove);
    if (add.length) {
      // vis-timeline draws an item added inside its window at once and measures it on its own: a forced layout per
      // item, hundreds in a row when aggregates turn into events. Added out of sight and then moved into place, the
      // items are drawn by the next redraw instead, measured all together.
      this.data.add(add.map((item) => ({ ...item, start: OUT_OF_SIGHT, ...(item.end ? { end: OUT_OF_SIGHT } : {}) })));
      this.data.update(add);
    }
    if (this.highlighted !== undefined && add.some((item) => item.id === this.highlighted)) {
      this.timeline.setSelection([this.highlighted]);
    }
    if (remove.length || add.length) this.syncLabels();
    const grouped = current.mode === 'aggregate' ? current.unit.id : undefined;
    // Changed during an update (`updated`), it is set right after it, as a next update of its own.
    if (grouped !== this.grouped) {
      if (this.isUpdating) queueMicrotask(() => (this.grouped = grouped));
      else this.grouped = grouped;
    }
  }

  /** From `willUpdate` to the end of `updated`. */
  private isUpdating = false;

  private addEvent(items: Map<string, VisItem>, id: string): void {
    if (items.has(id)) return;
    const model = this.model(id);
    if (model) items.set(id, eventItem(model));
  }

  private model(id: string): ItemModel | undefined {
    let model = this.models.get(id);
    const event = this.index?.event.get(id);
    if (!model && event && this.index) {
      model = toItem(this.index, event, this.lanes);
      this.models.set(id, model);
    }
    return model;
  }

  private stackRank(item: VisItem): number {
    if (this.clusters.has(item.id)) return 0;
    const days = item.end ? (item.end.getTime() - item.start.getTime()) / DAY : 0;
    return days > 7 ? 2 : 1;
  }

  /** The element of an item, made the first time vis-timeline draws it. */
  private renderItem(id: string | undefined): HTMLElement {
    if (id === undefined) return document.createElement('span');
    const cluster = this.clusters.get(id);
    if (cluster) {
      const { aggregate } = cluster;
      const lane = this.laneModels.find((l) => l.id === aggregate.lane)?.label ?? '';
      cluster.element ??= aggregateElement(id, aggregate.count, aggregateLabel(aggregate, lane));
      return cluster.element;
    }
    let element = this.elements.get(id);
    const model = element ? undefined : this.model(id);
    if (model) {
      element = itemElement(model);
      this.elements.set(id, element);
    }
    return element ?? document.createElement('span');
  }

  /** The event labels vis-timeline has drawn. */
  private labels(): HTMLElement[] {
    const drawn: HTMLElement[] = [];
    for (const id of this.data.getIds()) {
      const element = this.elements.get(String(id));
      if (element?.isConnected) drawn.push(element);
    }
    return drawn;
  }

  /** The aggregates vis-timeline has drawn, in order of time and lane. */
  private drawnClusters(): HTMLElement[] {
    return [...this.clusters.values()].flatMap(({ element }) => (element?.isConnected ? [element] : []));
  }

  /** The time a tab stop stands for: an event's middle, or an aggregate's period's. */
  private stopTime(stop: HTMLElement): number | undefined {
    const cluster = stop.dataset.cluster === undefined ? undefined : this.clusters.get(stop.dataset.cluster);
    const span = cluster ? cluster.aggregate.period : this.placed.get(stop.dataset.id ?? '');
    return span && (span.start + span.end) / 2;
  }

  /** One tab stop among the drawn events (or aggregates): the active one if drawn, else the first. */
  private syncLabels(): void {
    const labels = this.labels();
    const order = this.position;
    labels.sort((a, b) => (order.get(a.dataset.id ?? '') ?? 0) - (order.get(b.dataset.id ?? '') ?? 0));
    const clusters = this.drawnClusters();
    const active =
      labels.find((label) => label.dataset.id === this.activeId) ??
      clusters.find((cluster) => cluster === this.focusedLabel) ??
      labels[0] ??
      clusters[0];
    for (const label of labels) {
      label.tabIndex = label === active ? 0 : -1;
      label.toggleAttribute('aria-current', label.dataset.id === this.selectedId);
    }
    for (const cluster of clusters) cluster.tabIndex = cluster === active ? 0 : -1;
    // vis-timeline removes events that leave the window; if the focused one went, keep focus here: on what took its
    // place when zooming changed events into aggregates or back, else on the canvas.
    const lost = this.focusedLabel;
    if (!lost || lost.isConnected) return;
    this.focusedLabel = undefined;
    // Focus being moved to an event already (arrow keys): that will do.
    if (this.focusing > 0) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      // Replaced by aggregates (zooming out) or by finer ones or events (zooming in): the nearest of those.
      const time = this.focusedTime;
      const window = this.timeline?.getWindow();
      const replaced = lost.classList.contains('st-cluster') || this.current?.mode === 'aggregate';
      const inView = time !== undefined && window && time >= window.start.getTime() && time <= window.end.getTime();
      const distance = (stop: HTMLElement) => Math.abs((this.stopTime(stop) ?? Infinity) - (time ?? 0));
      const nearest =
        replaced && inView ? [...labels, ...clusters].sort((a, b) => distance(a) - distance(b))[0] : undefined;
      (nearest ?? this.canvas).focus();
    }
  }

  /** How many moves of focus to an event or aggregate are under way (`focusWhenDrawn`). */
  private focusing = 0;

  /** The event label (or aggregate) that has focus, to notice when vis-timeline removes it, and its time. */
  private focusedLabel: HTMLElement | undefined;
  private focusedTime: number | undefined;

  private onFocusin(event: FocusEvent): void {
    const label = (event.target as Element).closest<HTMLElement>('.st-label, .st-cluster');
    this.focusedLabel = label ?? undefined;
    this.focusedTime = label ? this.stopTime(label) : undefined;
    if (label?.dataset.id) this.activeId = label.dataset.id;
  }

  private select(id: string): void {
    this.activeId = id;
    emit(this, 'st-select', { id });
  }

  /** Shows an aggregate's period, where its events (or finer aggregates) are drawn. */
  private zoomInto(id: string): void {
    const cluster = this.clusters.get(id);
    if (cluster) this.showWindow(toWindow(cluster.aggregate.period));
  }

  private pointerStart: { x: number; y: number } | undefined;

  private onPointerdown(event: PointerEvent): void {
    this.pointerStart = { x: event.clientX, y: event.clientY };
  }

  /** A click on an item (label, dot or range bar) selects it, on an aggregate zooms in; the end of a drag does not. */
  private onClick(event: MouseEvent): void {
    const start = this.pointerStart;
    this.pointerStart = undefined;
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 5) return;
    const item = (event.target as Element).closest('.vis-item');
    const cluster = item?.querySelector<HTMLElement>('.st-cluster')?.dataset.cluster;
    const id = item?.querySelector<HTMLElement>('.st-label')?.dataset.id;
    if (cluster !== undefined) this.zoomInto(cluster);
    else if (id) this.select(id);
  }

  /** Brings an event into view (loading it if needed) and focuses it once drawn. */
  private async focusEvent(id: string): Promise<void> {
    this.reveal(id);
    await this.focusWhenDrawn(() => this.labels().find((label) => label.dataset.id === id));
  }

  /** Focuses an aggregate, bringing it into view first if it is out of it. */
  private async focusCluster(id: string): Promise<void> {
    const cluster = this.clusters.get(id);
    const window = this.timeline?.getWindow();
    if (!cluster || !window) return;
    if (!cluster.element?.isConnected) {
      const width = window.end.getTime() - window.start.getTime();
      const middle = (cluster.aggregate.period.start + cluster.aggregate.period.end) / 2;
      this.timeline?.setWindow(new Date(middle - width / 2), new Date(middle + width / 2), { animation: false });
    }
    await this.focusWhenDrawn(() => (cluster.element?.isConnected ? cluster.element : undefined));
  }

  private async focusWhenDrawn(find: () => HTMLElement | undefined): Promise<void> {
    this.focusing++;
    let label = find();
    try {
      // vis-timeline may scroll the lanes a little later (it settles vertical focus after 100 ms).
      for (let frame = 0; !label && frame < 60; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        label = find();
      }
    } finally {
      this.focusing--;
    }
    if (label) {
      this.syncLabels();
      label.focus();
    } else if (document.activeElement === document.body) {
      this.canvas.focus();
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as Element;
    const cluster = target.closest<HTMLElement>('.st-cluster')?.dataset.cluster;
    const id = target.closest<HTMLElement>('.st-label')?.dataset.id;
    const events = this.shown;
    const position = id === undefined ? -1 : (this.position.get(id) ?? -1);
    const step = (to: number) => {
      const next = events[Math.max(0, Math.min(events.length - 1, to))];
      if (next) void this.focusEvent(next.id);
    };
    const clusters = [...this.clusters.keys()];
    const at = cluster === undefined ? -1 : clusters.indexOf(cluster);
    const stepCluster = (to: number) => {
      const next = clusters[Math.max(0, Math.min(clusters.length - 1, to))];
      if (next !== undefined) void this.focusCluster(next);
    };
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
        if (id) step(position - 1);
        else if (cluster !== undefined) stepCluster(at - 1);
        else this.pan(-0.2);
        break;
      case 'ArrowRight':
        if (id) step(position + 1);
        else if (cluster !== undefined) stepCluster(at + 1);
        else this.pan(0.2);
        break;
      case 'Home':
        if (id) step(0);
        else if (cluster !== undefined) stepCluster(0);
        else return;
        break;
      case 'End':
        if (id) step(events.length - 1);
        else if (cluster !== undefined) stepCluster(clusters.length - 1);
        else return;
        break;
      case 'Enter':
      case ' ':
        if (id) this.select(id);
        else if (cluster !== undefined) this.zoomInto(cluster);
        else return;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private statusText(): string {
    const window = this.visible;
    if (!window || !this.index) return '';
    const shown = this.spans.count(toRange(window));
    const range = formatWindow(toRange(window));
    const grouped = this.grouped ? ` Too many to draw one by one: ${unitText(this.grouped)}; zoom in to see them.` : '';
    return `Showing ${range}: ${shown} of ${this.spans.size} events.${grouped}`;
  }
}

const toRange = (window: TimeWindow): Range => ({ start: window.start.getTime(), end: window.end.getTime() });
const toWindow = (range: Range): TimeWindow => ({ start: new Date(range.start), end: new Date(range.end + 1) });

/** The vis item of an event: no data strings, only our class names; its content is the element `renderItem` makes. */
function eventItem(model: ItemModel): VisItem {
  return {
    id: model.id,
    group: model.lane,
    start: model.start,
    ...(model.end ? { end: model.end } : {}),
    type: model.type,
    className: model.className,
    content: '',
  };
}

function aggregateItem(aggregate: Aggregate): VisItem {
  const group = aggregate.lane === SINGLE_LANE ? '' : ` st-group-${aggregate.lane}`;
  return {
    id: aggregate.id,
    group: aggregate.lane,
    start: new Date(aggregate.start),
    end: new Date(aggregate.end),
    type: 'range',
    className: `st-aggregate st-density-${aggregate.density}${group}`,
    content: '',
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'st-timeline': StTimeline;
  }
}
