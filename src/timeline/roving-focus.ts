/**
 * One tab stop among the events (or aggregates) vis-timeline has drawn, and focus that survives its redraws.
 * vis-timeline removes the elements of items that leave the window; when the focused one goes, focus moves to what
 * took its place (zooming turned events into aggregates, or back) or to the canvas, never to the page. The arrow
 * keys, Home and End move between events in date order, loading and revealing the next one, or between aggregates.
 * See docs/decisions/0004-timeline-adapter.md.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { overlaps } from '../data/time.js';
import { stopElement, stopOf, type Stop } from './item-element.js';
import type { Shown } from './layout.js';
import type { VisTimelineController } from './vis-timeline-controller.js';

/** Where a key moves focus from a tab stop. */
export type Move = 'previous' | 'next' | 'first' | 'last';

/** What the controller reads from its host. */
export interface RovingSource {
  /** Where focus goes when no item can take it. */
  canvas(): HTMLElement;
  /** The events drawn, in date order. */
  shown(): Shown;
  selectedId(): string | undefined;
}

/** How many frames a move of focus waits for its target to be drawn (about a second). */
const MAX_FRAMES = 60;

export class RovingFocus implements ReactiveController {
  /** The event that holds the tab stop among events. */
  activeId: string | undefined;
  /** How many moves of focus to an event or aggregate are under way (`focusWhenDrawn`). */
  private focusing = 0;
  /** The tab stop that has focus, to notice when vis-timeline removes it, and the time it stands for. */
  private focused: HTMLElement | undefined;
  private focusedTime: number | undefined;
  /** The selection `aria-current` was last set for. */
  private marked: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly vis: VisTimelineController,
    private readonly source: RovingSource,
  ) {
    host.addController(this);
  }

  /** After an update that changed the selection (and the vis controller's, which draws it): mark it. */
  hostUpdated(): void {
    const selected = this.source.selectedId();
    if (selected === this.marked || !this.vis.instance) return;
    this.marked = selected;
    this.sync();
  }

  /** One tab stop among the drawn events (or aggregates): the active one if drawn, else the first. */
  sync(): void {
    const labels = this.vis.items.drawnEvents();
    const order = this.source.shown().position;
    labels.sort((a, b) => (order.get(a.dataset.id ?? '') ?? 0) - (order.get(b.dataset.id ?? '') ?? 0));
    const aggregates = this.vis.items.drawnAggregates();
    const active =
      labels.find((label) => label.dataset.id === this.activeId) ??
      aggregates.find((aggregate) => aggregate === this.focused) ??
      labels[0] ??
      aggregates[0];
    const selected = this.source.selectedId();
    for (const label of labels) {
      label.tabIndex = label === active ? 0 : -1;
      label.toggleAttribute('aria-current', label.dataset.id === selected);
    }
    for (const aggregate of aggregates) aggregate.tabIndex = aggregate === active ? 0 : -1;
    // vis-timeline removes items that leave the window; if the focused one went, keep focus here: on what took its
    // place when zooming changed events into aggregates or back, else on the canvas.
    const lost = this.focused;
    if (!lost || lost.isConnected) return;
    this.focused = undefined;
    // Focus being moved to an event already (arrow keys): that will do.
    if (this.focusing > 0) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      // Replaced by aggregates (zooming out) or by finer ones or events (zooming in): the nearest of those.
      const time = this.focusedTime;
      const window = this.vis.window();
      const replaced = stopOf(lost)?.kind === 'aggregate' || this.vis.grouped !== undefined;
      const inView = time !== undefined && window !== undefined && overlaps({ start: time, end: time }, window);
      const distance = (stop: HTMLElement) => Math.abs((this.timeOf(stop) ?? Infinity) - (time ?? 0));
      const nearest =
        replaced && inView ? [...labels, ...aggregates].sort((a, b) => distance(a) - distance(b))[0] : undefined;
      (nearest ?? this.source.canvas()).focus();
    }
  }

  /** Notes which tab stop has focus (bound to `focusin` on the canvas). */
  focusin(event: FocusEvent): void {
    const stop = stopElement(event.target as Element);
    this.focused = stop;
    this.focusedTime = stop ? this.timeOf(stop) : undefined;
    if (stop?.dataset.id) this.activeId = stop.dataset.id;
  }

  /** Moves focus from a tab stop: to another event in date order (revealing it), or to another aggregate. */
  move(from: Stop, to: Move): void {
    if (from.kind === 'event') {
      const { events, position } = this.source.shown();
      const next = events[step(position.get(from.id) ?? -1, to, events.length)];
      if (next) void this.focusEvent(next.id);
    } else {
      const ids = this.vis.items.aggregateIds();
      const next = ids[step(ids.indexOf(from.id), to, ids.length)];
      if (next !== undefined) void this.focusAggregate(next);
    }
  }

  /** The time a tab stop stands for: an event's middle, or an aggregate's period's. */
  private timeOf(element: HTMLElement): number | undefined {
    const stop = stopOf(element);
    const span = stop && this.vis.items.spanOf(stop);
    return span && (span.start + span.end) / 2;
  }

  /** Brings an event into view (loading it if needed) and focuses it once drawn. */
  private async focusEvent(id: string): Promise<void> {
    this.vis.reveal(id);
    await this.focusWhenDrawn(() => this.vis.items.drawnEvents().find((label) => label.dataset.id === id));
  }

  /** Focuses an aggregate, bringing it into view first if it is out of it. */
  private async focusAggregate(id: string): Promise<void> {
    const period = this.vis.items.aggregate(id)?.period;
    if (!period || !this.vis.window()) return;
    if (!this.vis.items.aggregateElement(id)) this.vis.centreOn((period.start + period.end) / 2);
    await this.focusWhenDrawn(() => this.vis.items.aggregateElement(id));
  }

  private async focusWhenDrawn(find: () => HTMLElement | undefined): Promise<void> {
    this.focusing++;
    let stop = find();
    try {
      // vis-timeline may scroll the lanes a little later (it settles vertical focus after 100 ms).
      for (let frame = 0; !stop && frame < MAX_FRAMES; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        stop = find();
      }
    } finally {
      this.focusing--;
    }
    if (stop) {
      this.sync();
      stop.focus();
    } else if (document.activeElement === document.body) {
      this.source.canvas().focus();
    }
  }
}

/** The position a move leads to from `at` among `length`, kept inside the list. */
function step(at: number, to: Move, length: number): number {
  const target = to === 'previous' ? at - 1 : to === 'next' ? at + 1 : to === 'first' ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, target));
}
