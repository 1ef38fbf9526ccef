/**
 * The vis-timeline instance of an `st-timeline`, and everything said to it: the options it is made with, the
 * DataSet it draws and the diff that keeps that to what the window needs, lanes, selection and windows, and its
 * life (made after the host's first render, destroyed a moment after the host leaves the document, made again
 * when it comes back). Every vis-timeline quirk worked around is here, commented where it is worked around; this is
 * the one module that imports vis-timeline. See docs/decisions/0004-timeline-adapter.md and 0014.
 */
import { unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import * as vis from 'vis-timeline/standalone';
import { Timeline } from 'vis-timeline/standalone';
import type { DataSet as VisDataSet } from 'vis-data';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import type { TimeWindow } from '../data/dates.js';
import type { VisSource } from './vis-source.js';
import { YEAR_MS, overlaps, type TimeRange } from '../data/time.js';
import { DrawnItems, type VisItem } from './drawn-items.js';
import { diffItems } from './item-diff.js';
import { laneElement } from './item-element.js';
import { instanceOptions } from './vis-options.js';
import { windowMoves, type WindowMoves } from './vis-motion.js';
import { prefersReducedMotion } from '../styles/motion.js';
import type { Layout, Shown } from './layout.js';
import { DrawingPlan } from './drawing-plan.js';
import { rangeOf, revealWindow, whollyInside } from './windowing.js';

/** vis-timeline's stylesheet, for the host's shadow root (checked by a browser test: nothing lines up without it). */
export const visTimelineStyles = unsafeCSS(visCss);

/** A date no window reaches (past the earliest a dataset may hold), where items wait before they are moved into place. */
const OUT_OF_SIGHT = new Date(-8.6e15);
// The standalone build bundles its own DataSet (the one its Timeline understands); its typings only re-export
// vis-data's, under another name.
const { DataSet } = vis as unknown as { DataSet: typeof VisDataSet };
/** Frames the drawing's size must hold before it is ready. */
const SETTLED_FRAMES = 3;

export class VisTimelineController implements ReactiveController {
  /** The instance: from the host's first update until a moment after it leaves the document. */
  private timeline: Timeline | undefined;
  /** Whether an instance was ever made (the host has rendered its container). */
  private made = false;
  /** Whether the instance has drawn once and shows our window. */
  private drawn = false;
  private resolveFirstDraw: () => void = () => undefined;
  /** Settled when the current instance has drawn once; a new one for the next instance once a drawn one is gone. */
  private firstDraw = this.nextFirstDraw();
  private destroyTimer: number | undefined;
  /** What vis-timeline holds: only the titled events and markers in and near the window, changed item by item. */
  private readonly data = new DataSet<VisItem>();
  /** The plan the data was last made from, and the drawing's size and fonts it is made for. */
  private readonly plan: DrawingPlan;
  /** The host's layout, events and selection as last applied. */
  private applied: { layout?: Layout | undefined; shown?: Shown; selected?: string | undefined } = {};
  /** What is handed to vis-timeline, and the elements drawn for it. */
  readonly items: DrawnItems;
  /** How many events of the plan are gathered into "+N more" markers. */
  private gatheredCount = 0;
  /** The event drawn as selected (the selected one, or the one the arrow keys moved to). */
  private highlighted: string | undefined;
  /** An event being brought into view: kept loaded whatever the window shows until it is there. */
  private revealing: string | undefined;
  private revealTimer: number | undefined;
  private syncFrame = 0;
  /** A sync scheduled for the next frame must plan again (the drawing's size changed). */
  private replanPending = false;
  /** The drawing changed size: once redrawn, bring the selected event back into sight if it left it. */
  private recheckSelection = false;
  /** How many size reports the ResizeObserver has had (for `settled`). */
  private resizes = 0;
  private readonly resizeObserver = new ResizeObserver((entries) => {
    this.resizes++;
    for (const entry of entries) {
      if (entry.target === this.source.container()) {
        // The host was given another size: vis-timeline sizes its panels on its own only once a second.
        this.timeline?.redraw();
      } else if (this.plan.resized(entry.contentRect)) {
        this.scheduleSync({ replan: true });
        // Narrowed (the details opened beside it): the selected event may now run off the drawing's edge.
        this.recheckSelection = true;
      }
    }
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: VisSource,
  ) {
    this.items = new DrawnItems(source.layout, source.shown);
    this.plan = new DrawingPlan({
      layout: source.layout,
      shown: source.shown,
      pinned: () => this.pinned(),
    });
    host.addController(this);
  }

  /** Resolves once the current vis-timeline instance has drawn for the first time and shows its items. */
  get ready(): Promise<void> {
    return this.firstDraw;
  }

  /** The instance, while there is one (tests check what it was given). */
  get instance(): Timeline | undefined {
    return this.timeline;
  }

  /** How many events near the window are gathered into "+N more" markers instead of drawn with their titles. */
  get gathered(): number {
    return this.gatheredCount;
  }

  /** The window vis-timeline shows now. */
  window(): TimeRange | undefined {
    const window = this.timeline?.getWindow();
    return window && rangeOf(window);
  }

  hostConnected(): void {
    window.clearTimeout(this.destroyTimer);
    // Moved in the document after its instance was destroyed: draw it again.
    if (this.made && !this.timeline) {
      this.create();
      this.reset();
      this.applied = { layout: this.source.layout(), shown: this.source.shown(), selected: this.source.selectedId() };
    }
  }

  /** Applies what changed in the host's update: a new layout, other events, another selection. */
  hostUpdated(): void {
    if (!this.made) this.create();
    if (!this.timeline) return;
    const next = { layout: this.source.layout(), shown: this.source.shown(), selected: this.source.selectedId() };
    if (next.layout !== this.applied.layout) this.reset();
    else if (next.shown !== this.applied.shown) this.syncItems({ replan: true });
    if (next.selected !== this.applied.selected) this.select(next.selected);
    this.applied = next;
  }

  hostDisconnected(): void {
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
        // `ready` now waits for the next instance.
        if (this.drawn) this.firstDraw = this.nextFirstDraw();
        this.drawn = false;
      }
    }, 100);
  }

  private nextFirstDraw(): Promise<void> {
    return new Promise((resolve) => (this.resolveFirstDraw = resolve));
  }

  private create(): void {
    const container = this.source.container();
    const options = instanceOptions({
      item: (id) => this.items.element(id),
      lane: (id) =>
        laneElement(this.source.layout()?.laneModels.find((lane) => lane.id === id) ?? { id: '', label: '', order: 0 }),
      firstDraw: () => this.onFirstDraw(),
      fits: (ms, text, major) => this.plan.axisLabelFits(ms, text, this.window(), major),
    });
    // No `start`/`end` here: given them, vis-timeline stays `visibility: hidden` until its range changes
    // (visjs/vis#3616, visjs/vis-timeline#1340), and whether it ever does depends on timing (it did not
    // inside a sandboxed iframe). Without them it fits all, shows itself, and `onFirstDraw` sets our window.
    // Items arrive in `hostUpdated`, which runs right after this with every initial property.
    this.made = true;
    this.drawn = false;
    container.classList.remove('drawn');
    this.timeline = new Timeline(container, this.data, options);
    // Titles are measured in the font the items are drawn in (the drawing's, from the theme); sizes are estimated
    // until the ResizeObserver reports the lanes' panel, without forcing layouts from then on.
    this.plan.start(container, container.querySelector('.vis-timeline') ?? this.host);
    const center = container.querySelector('.vis-panel.vis-center');
    if (center) this.resizeObserver.observe(center);
    this.resizeObserver.observe(container);
    this.timeline.on('rangechange', (props: TimeWindow) => {
      // While dragging or zooming: load more only when what is loaded no longer serves the window.
      if (this.drawn && this.plan.current && !this.plan.serves(rangeOf(props))) {
        this.scheduleSync();
      }
    });
    this.timeline.on('rangechanged', (props: TimeWindow) => {
      if (!this.drawn) return;
      // Once the window settles, load what is in and around it.
      this.syncItems({ window: rangeOf(props), replan: true });
      this.source.windowSettled({ start: props.start, end: props.end });
    });
    this.timeline.on('changed', () => {
      this.source.itemsChanged();
      if (!this.recheckSelection || !this.drawn) return;
      this.recheckSelection = false;
      const selected = this.source.selectedId();
      if (selected !== undefined && !this.isInSight(selected)) this.reveal(selected);
    });
  }

  private onFirstDraw(): void {
    const timeline = this.timeline;
    const visible = this.source.visible();
    const container = this.source.container();
    if (!timeline) return;
    const shown = () => {
      // Not before the plan is made for the drawing's real size: planned again, titles would change rows.
      if (!this.plan.sized || this.syncFrame) return;
      timeline.off('changed', shown);
      window.clearTimeout(unsized);
      this.drawn = true;
      // Hidden until now, so the fit-all frame before our window is never seen.
      container.classList.add('drawn');
      void this.settled().then(() => this.resolveFirstDraw());
    };
    // A drawing that never gets a size (hidden) is drawn for the estimate rather than never.
    const unsized = window.setTimeout(() => {
      this.plan.sized = true;
      timeline.redraw();
    }, 1000);
    // Ready once the items of our window are drawn (vis-timeline redraws on the next frame).
    timeline.on('changed', shown);
    if (visible) timeline.setWindow(visible.start, visible.end, { animation: false });
    else timeline.redraw();
  }

  /**
   * Resolves once the drawing's size has held for a few frames and what it asked for is drawn: a page that sizes the
   * timeline after it first draws (as the app fits it to the screen) makes it plan its rows again, and `ready` stands
   * for the rows it settles on. At most about half a second.
   */
  private async settled(): Promise<void> {
    let quiet = 0;
    for (let frame = 0; quiet < SETTLED_FRAMES && frame < 30; frame++) {
      const resizes = this.resizes;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      quiet = this.resizes === resizes && !this.syncFrame ? quiet + 1 : 0;
    }
  }

  /** New layout (dataset or lanes): lanes first, then the items of the window. */
  private reset(): void {
    const layout = this.source.layout();
    if (layout !== this.applied.layout) this.items.forget();
    const all = layout?.bounds;
    // Keep panning within reach of the data: a year either side of the first and last event.
    if (all) this.timeline?.setOptions({ min: new Date(all.start - YEAR_MS), max: new Date(all.end + YEAR_MS) });
    // Lanes first, so that no item ever points at a lane vis-timeline does not know.
    this.data.clear();
    this.items.clear();
    this.plan.forget();
    const lanes = layout?.laneModels ?? [];
    // Each lane's rows are subgroups, in the order of their `row` field (markers last).
    this.timeline?.setGroups(
      lanes.map((lane) => ({ id: lane.id, content: '', order: lane.order, subgroupOrder: 'row' })),
    );
    this.syncItems({ replan: true });
    const selected = this.source.selectedId();
    this.timeline?.setSelection(selected ? [selected] : []);
  }

  /** Draws an event as selected (or none) and, once vis-timeline has drawn, brings it into view. */
  private select(id: string | undefined): void {
    this.highlighted = id;
    // Loaded (and drawn as selected) wherever it is, before it is revealed.
    this.syncItems();
    // Before the first draw, vis-timeline would reset the window over a reveal; wait for it.
    if (id) void this.ready.then(() => this.reveal(id));
    else this.timeline?.setSelection([]);
  }

  /** Selects the event in the drawing and, if it is out of sight, brings it into view keeping the zoom. */
  reveal(id: string): void {
    const placed = this.source.shown().position.has(id) ? this.source.layout()?.placed.get(id) : undefined;
    const visible = this.window();
    if (!placed || !this.timeline || !visible) return;
    this.source.revealed(id);
    this.highlighted = id;
    // vis-timeline draws only what is in view, across time and down the lanes.
    if (overlaps(placed, visible) && this.isInSight(id)) {
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
    // Centred, the same width (it is pinned, so it is titled wherever it lands).
    const target = revealWindow(placed, visible);
    // Load what the target window shows before moving there.
    this.syncItems({ window: target, replan: true });
    this.timeline.setSelection([id]);
    if (Math.abs(target.end - target.start - (visible.end - visible.start)) > 1) {
      this.timeline.setWindow(new Date(target.start), new Date(target.end), { animation: false });
    }
    // A short animation: vis-timeline scrolls the lanes to the item only while animating.
    // With reduced motion, 1 ms: still an animation to vis (so the lanes scroll), but nothing to see.
    const duration = prefersReducedMotion() ? 1 : 120;
    this.timeline.focus(id, { zoom: false, animation: { duration, easingFunction: 'linear' } });
  }

  /** True when the event's title is drawn wholly inside the visible part of the drawing, lanes scrolled as they are. */
  private isInSight(id: string): boolean {
    const element = this.items.eventElement(id);
    const panel = this.source.container().querySelector('.vis-panel.vis-center');
    if (!element || !panel) return false;
    return whollyInside(element.getBoundingClientRect(), panel.getBoundingClientRect());
  }

  /** Moves the window: show, zoom, pan, centre (`vis-motion.ts`). */
  get move(): WindowMoves {
    return windowMoves(this.timeline);
  }

  /** The events always titled and loaded: the selected one, the one being revealed, the keyboard's. */
  private pinned(): (string | undefined)[] {
    return [this.source.selectedId(), this.revealing, this.source.activeId()];
  }

  /** Syncs on the next frame (once however often asked), for the window vis-timeline shows then. */
  private scheduleSync({ replan = false }: { replan?: boolean } = {}): void {
    this.replanPending ||= replan;
    if (this.syncFrame) return;
    this.syncFrame = requestAnimationFrame(() => {
      this.syncFrame = 0;
      const pending = this.replanPending;
      this.replanPending = false;
      this.syncItems({ replan: pending });
      // Before the first draw is done, a redraw tells it (on 'changed') that the planned rows are in place.
      if (!this.drawn) this.timeline?.redraw();
    });
  }

  /** The window vis-timeline shows, or ours before it has drawn. */
  private currentRange(): TimeRange | undefined {
    const window = this.drawn ? this.timeline?.getWindow() : this.source.visible();
    return window && rangeOf(window);
  }

  /**
   * Hands vis-timeline what the window needs, changing only what differs: the events in and near the window that
   * have room for their titles, in their rows, and "+N more" markers for the rest; the selected event, the one being
   * revealed and the active one are titled first.
   */
  private syncItems({ window = this.currentRange(), replan = false }: { window?: TimeRange; replan?: boolean } = {}) {
    if (!window || !this.timeline) return;
    const next = this.items.next(this.plan.planFor(window, replan), this.pinned());
    const { remove, update, add } = diffItems(this.data.get(), next);
    if (remove.length) this.data.remove(remove);
    if (update.length) this.data.update(update);
    if (add.length) {
      // vis-timeline draws an item added inside its window at once and measures it on its own: a forced layout per
      // item, hundreds in a row when a new window is loaded. Added out of sight and then moved into place, the items
      // are drawn by the next redraw instead, measured all together.
      this.data.add(add.map((item) => ({ ...item, start: OUT_OF_SIGHT, ...(item.end ? { end: OUT_OF_SIGHT } : {}) })));
      this.data.update(add);
    }
    if (this.highlighted !== undefined && add.some((item) => item.id === this.highlighted)) {
      this.timeline.setSelection([this.highlighted]);
    }
    if (remove.length || add.length || update.length) this.source.itemsChanged();
    const gathered = this.items.gathered();
    if (gathered !== this.gatheredCount) {
      this.gatheredCount = gathered;
      // Often changed inside the host's update (hostUpdated): the host renders it as a next update of its own,
      // not one scheduled from inside an update (which lit warns of).
      queueMicrotask(() => this.host.requestUpdate());
    }
  }
}
