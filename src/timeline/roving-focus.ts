/**
 * Two tab stops among what vis-timeline has drawn, one among the titled events and one among the "+N more"
 * markers, and focus that survives its redraws. vis-timeline removes the elements of items that leave the window or
 * change rows; when the focused one goes, focus moves back to it once drawn again, or to the nearest stop in time,
 * or to the canvas, never to the page. The arrow keys, Home and End move between events in date order (loading,
 * titling and revealing the next one, even one a marker gathered), or between markers.
 * See docs/decisions/0004-timeline-adapter.md and 0017-legible-timeline.md.
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
  /** The marker that holds the tab stop among markers. */
  private activeMarker: string | undefined;
  /** How many moves of focus to an event or marker are under way (`focusWhenDrawn`). */
  private focusing = 0;
  /** The tab stop that has focus, to notice when vis-timeline removes it, and the time it stands for. */
  private focused: HTMLElement | undefined;
  private focusedTime: number | undefined;
  /** The selection `aria-current` was last set for. */
  private marked: string | undefined;
  /** Whether the canvas holds focus for the focused stop while vis-timeline has it out of the page (`focusout`). */
  private holding = false;

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

  /** One tab stop among the drawn events (the active one if drawn, else the first), one among the markers. */
  sync(): void {
    const labels = this.vis.items.drawnEvents();
    const order = this.source.shown().position;
    labels.sort((a, b) => (order.get(a.dataset.id ?? '') ?? 0) - (order.get(b.dataset.id ?? '') ?? 0));
    const markers = this.vis.items.drawnMarkers();
    const active = labels.find((label) => label.dataset.id === this.activeId) ?? labels[0];
    const activeMarker = markers.find((marker) => marker.dataset.more === this.activeMarker) ?? markers[0];
    const selected = this.source.selectedId();
    for (const label of labels) {
      label.tabIndex = label === active ? 0 : -1;
      label.toggleAttribute('aria-current', label.dataset.id === selected);
    }
    for (const marker of markers) marker.tabIndex = marker === activeMarker ? 0 : -1;
    const lost = this.focused;
    const held = this.holding && this.source.canvas().matches(':focus');
    if (!lost || !(held || pageHasFocusLost())) return;
    this.holding = false;
    // A move of focus is waiting for its target to be drawn (focusWhenDrawn): the canvas holds focus meanwhile,
    // never the page, where a key would scroll the page instead of reaching the timeline.
    if (this.focusing > 0) {
      this.focused = undefined;
      this.source.canvas().focus();
      return;
    }
    // vis-timeline took the focused stop out: back to it if it is drawn again (it changed rows), else to the stop
    // nearest in time if that time is still in the window (it went into a marker, or out of one), else the canvas.
    if (lost.isConnected) {
      lost.focus();
      return;
    }
    this.focused = undefined;
    const time = this.focusedTime;
    const window = this.vis.window();
    const inView = time !== undefined && window !== undefined && overlaps({ start: time, end: time }, window);
    const distance = (stop: HTMLElement) => Math.abs((this.timeOf(stop) ?? Infinity) - (time ?? 0));
    const nearest = inView ? [...labels, ...markers].sort((a, b) => distance(a) - distance(b))[0] : undefined;
    (nearest ?? this.source.canvas()).focus();
  }

  /** Notes which tab stop has focus (bound to `focusin` on the canvas). */
  focusin(event: FocusEvent): void {
    // The canvas taking focus for a stop vis-timeline has taken out (`focusout`): that stop is still the one.
    if (this.holding && event.target === this.source.canvas()) return;
    this.holding = false;
    const stop = stopElement(event.target as Element);
    this.focused = stop;
    this.focusedTime = stop ? this.timeOf(stop) : undefined;
    if (stop?.dataset.id) this.activeId = stop.dataset.id;
    if (stop?.dataset.more) this.activeMarker = stop.dataset.more;
  }

  /**
   * Forgets the focused stop when the reader moves focus away (bound to `focusout` on the canvas); not when
   * vis-timeline takes the element out of the page, which `sync` makes up for.
   */
  focusout(event: FocusEvent): void {
    const stop = stopElement(event.target as Element);
    // Chromium says focusout while it removes the focused element, when it is still connected: decide once the
    // removal is done. Still in the page, the reader moved focus away. Taken out, it is `sync`'s to make up for
    // once vis-timeline has drawn again (on a busy machine, some frames later): until then the canvas holds focus,
    // never the page.
    queueMicrotask(() => {
      if (!stop || stop !== this.focused) return;
      if (stop.isConnected) {
        this.focused = undefined;
      } else if (pageHasFocusLost()) {
        this.holding = true;
        this.source.canvas().focus();
      }
    });
  }

  /** Moves focus from a tab stop: to another event in date order (revealing it), or to another marker. */
  move(from: Stop, to: Move): void {
    if (from.kind === 'event') {
      const { events, position } = this.source.shown();
      const next = events[step(position.get(from.id) ?? -1, to, events.length)];
      if (next) void this.focusEvent(next.id);
    } else {
      const ids = this.vis.items.markerIds();
      const next = ids[step(ids.indexOf(from.id), to, ids.length)];
      if (next !== undefined) void this.focusMarker(next);
    }
  }

  /** Brings an event into view (loading and titling it if needed) and focuses it once drawn. */
  async focusEvent(id: string): Promise<void> {
    this.vis.reveal(id);
    await this.focusWhenDrawn(() => this.vis.items.drawnEvents().find((label) => label.dataset.id === id));
  }

  /** The time a tab stop stands for: an event's middle, or a marker's events'. */
  private timeOf(element: HTMLElement): number | undefined {
    const stop = stopOf(element);
    const span = stop && this.vis.items.spanOf(stop);
    return span && (span.start + span.end) / 2;
  }

  /** Focuses a marker, bringing it into view first if it is out of it. */
  private async focusMarker(id: string): Promise<void> {
    const marker = this.vis.items.marker(id);
    if (!marker || !this.vis.window()) return;
    if (!this.vis.items.markerElement(id)) this.vis.move.centreOn((marker.start + marker.end) / 2);
    await this.focusWhenDrawn(() => this.vis.items.markerElement(id));
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
    } else if (pageHasFocusLost()) {
      this.source.canvas().focus();
    }
  }
}

/** Whether focus is on nothing in particular: the page, as when the focused element was taken out. */
function pageHasFocusLost(): boolean {
  return document.activeElement === document.body || document.activeElement === null;
}

/** The position a move leads to from `at` among `length`, kept inside the list. */
function step(at: number, to: Move, length: number): number {
  const target = to === 'previous' ? at - 1 : to === 'next' ? at + 1 : to === 'first' ? 0 : length - 1;
  return Math.max(0, Math.min(length - 1, target));
}
