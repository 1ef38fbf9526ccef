/**
 * What the timeline hands to vis-timeline for a plan (titled events in their rows, "+N more" markers), in
 * vis-timeline's item shape, and the DOM nodes drawn for them: one element per event or marker, made when first drawn
 * and then reused (see `template` in vis-timeline-controller.ts for why). No vis-timeline import: items are plain
 * objects here, and the controller applies them.
 */
import { formatDateSpan } from '../data/dates.js';
import type { TimeRange } from '../data/time.js';
import { itemElement, moreElement, type Stop } from './item-element.js';
import { SINGLE_LANE, toItem, type ItemModel } from './items.js';
import type { Layout, Shown } from './layout.js';
import type { Marker } from './placement.js';
import type { Plan } from './windowing.js';
import { msg, str } from '@lit/localize';
import { numberText, plural } from '../i18n/plural.js';

/** The row of the "+N more" markers: after every row of titles. */
export const MARKER_ROW = 1_000_000;

/**
 * An item as vis-timeline takes it: no data strings, only our class names; the content is our element. Each is in a
 * row of its lane (`subgroup`, ordered by `row`), which vis-timeline draws as a band of its own without stacking.
 */
export interface VisItem {
  id: string;
  group: string;
  subgroup: string;
  /** The row's place in the lane: vis-timeline orders a lane's subgroups by this field (`subgroupOrder`). */
  row: number;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  content: string;
  /** Width of the label (px): a change makes vis-timeline measure the item again. */
  width: number;
  /** Where a range's content goes: markers stay where they are planned. */
  align?: 'left';
}

export class DrawnItems {
  /** What was last handed over, by id. */
  private handed = new Map<string, VisItem>();
  /** Item models, made when an event is first handed over. */
  private models = new Map<string, ItemModel>();
  /** One element per event, made when vis-timeline first draws it. */
  private elements = new Map<string, HTMLElement>();
  /** The width of each titled event's label (px), as planned. */
  private widths = new Map<string, number>();
  /** How far a range's label is moved left to end at the window's right edge (px), as planned; 0 for most. */
  private shifts = new Map<string, number>();
  /** The markers handed over, in order of time and lane, and their elements once drawn. */
  private markers = new Map<string, { marker: Marker; element: HTMLElement | undefined }>();

  constructor(
    private readonly layout: () => Layout | undefined,
    private readonly shown: () => Shown,
  ) {}

  /** A new layout (dataset or lanes): models and elements are made again. */
  forget(): void {
    this.models = new Map();
    this.elements = new Map();
    this.clear();
  }

  /** Nothing handed over (vis-timeline's data was cleared). */
  clear(): void {
    this.handed = new Map();
    this.markers.clear();
  }

  /**
   * The items for a plan, and the events that stay loaded whatever it says (`pinned`, in row 0 when the plan left
   * them out: they are outside the span it considered); remembered as handed over.
   */
  next(plan: Plan, pinned: readonly (string | undefined)[]): Map<string, VisItem> {
    const next = new Map<string, VisItem>();
    const { titled, markers, labelPx } = plan.placement;
    for (const title of titled) {
      this.widths.set(title.id, title.widthPx);
      this.shifts.set(title.id, title.shiftPx ?? 0);
      this.addEvent(next, title.id, title.row, title.widthPx, title.flip === true);
    }
    const position = this.shown().position;
    for (const id of pinned) {
      if (id === undefined || !position.has(id) || next.has(id)) continue;
      this.widths.set(id, labelPx);
      this.shifts.set(id, 0);
      this.addEvent(next, id, 0, labelPx, false);
    }
    const ordered = [...markers].sort((a, b) => a.start - b.start || this.laneRank(a.lane) - this.laneRank(b.lane));
    // The same marker may come back from a plan at another zoom: its element is kept, its box and events are new.
    const previous = this.markers;
    this.markers = new Map(ordered.map((marker) => [marker.id, { marker, element: previous.get(marker.id)?.element }]));
    for (const { marker, element } of this.markers.values())
      element?.setAttribute('aria-label', this.markerLabel(marker));
    for (const marker of ordered) next.set(marker.id, markerItem(marker));
    // The planned width on every label already made (one made later gets it in `element`).
    for (const [id, width] of this.widths) {
      const element = this.elements.get(id);
      if (element && next.has(id)) this.size(element, id, width);
    }
    this.handed = next;
    return next;
  }

  /** The element of an item, made the first time vis-timeline draws it and the same one every time after. */
  element(id: string | undefined): HTMLElement {
    if (id === undefined) return document.createElement('span');
    const entry = this.markers.get(id);
    if (entry) {
      entry.element ??= moreElement(id, entry.marker.ids.length, this.markerLabel(entry.marker));
      return entry.element;
    }
    let element = this.elements.get(id);
    const model = element ? undefined : this.model(id);
    if (model) {
      element = itemElement(model);
      this.elements.set(id, element);
    }
    const width = this.widths.get(id);
    if (element && width !== undefined) this.size(element, id, width);
    return element ?? document.createElement('span');
  }

  /**
   * The planned width of a label and, for a range's label moved to end at the window's right edge, the move; by
   * CSSOM, which the page's Content-Security-Policy allows (a style attribute in markup it would not). `translate`,
   * not `transform`: vis-timeline sets the content's transform itself.
   */
  private size(element: HTMLElement, id: string, width: number): void {
    element.style.width = `${width}px`;
    const shift = this.shifts.get(id) ?? 0;
    element.style.translate = shift === 0 ? '' : `${Math.round(shift)}px 0`;
    // Moved out of its span, it stands on the page's colour: the span's edge then never runs through its words.
    element.classList.toggle('st-shifted', shift !== 0);
  }

  /** An event's element, if vis-timeline shows it. */
  eventElement(id: string): HTMLElement | undefined {
    const element = this.elements.get(id);
    return element?.isConnected ? element : undefined;
  }

  /** The event labels vis-timeline has drawn. */
  drawnEvents(): HTMLElement[] {
    return [...this.handed.keys()].flatMap((id) => this.eventElement(id) ?? []);
  }

  /** The markers handed over, in order of time and lane. */
  markerIds(): string[] {
    return [...this.markers.keys()];
  }

  marker(id: string): Marker | undefined {
    return this.markers.get(id)?.marker;
  }

  /** A marker's element, if vis-timeline shows it. */
  markerElement(id: string): HTMLElement | undefined {
    const element = this.markers.get(id)?.element;
    return element?.isConnected ? element : undefined;
  }

  /** The markers vis-timeline has drawn, in order of time and lane. */
  drawnMarkers(): HTMLElement[] {
    return [...this.markers.values()].flatMap(({ element }) => (element?.isConnected ? [element] : []));
  }

  /** How many events the handed-over markers gather. */
  gathered(): number {
    let count = 0;
    for (const { marker } of this.markers.values()) count += marker.ids.length;
    return count;
  }

  /** The span a tab stop stands for: an event's, or that of the events a marker gathers. */
  spanOf(stop: Stop): TimeRange | undefined {
    if (stop.kind === 'more') return this.marker(stop.id)?.span;
    return this.layout()?.placed.get(stop.id);
  }

  /** "12 more events, 20 – 22 October 2024, Harbour". */
  markerLabel(marker: Marker): string {
    const lane = this.layout()?.laneModels.find((l) => l.id === marker.lane)?.label ?? '';
    const count = marker.ids.length;
    const { start, end } = marker.span;
    const period = formatDateSpan(
      { edtf: '', start, end, precision: 'day', approximate: false, uncertain: false, interval: start !== end },
      { style: 'long' },
    );
    const n = numberText(count);
    const more = plural(count, {
      one: msg(str`${n} more event`, { id: 'n-more-events.one' }),
      few: msg(str`${n} more events`, { id: 'n-more-events.few' }),
      many: msg(str`${n} more events`, { id: 'n-more-events.many' }),
      other: msg(str`${n} more events`, { id: 'n-more-events.other' }),
    });
    return `${more}, ${period}${lane === '' ? '' : `, ${lane}`}`;
  }

  private laneRank(lane: string): number {
    return this.layout()?.laneModels.findIndex((l) => l.id === lane) ?? 0;
  }

  private addEvent(items: Map<string, VisItem>, id: string, row: number, width: number, flip: boolean): void {
    const model = this.model(id);
    if (model) items.set(id, eventItem(model, row, width, flip));
  }

  private model(id: string): ItemModel | undefined {
    let model = this.models.get(id);
    const layout = this.layout();
    const event = layout?.index.event.get(id);
    if (!model && event && layout) {
      model = toItem(layout.index, event, layout.lanes);
      this.models.set(id, model);
    }
    return model;
  }
}

/**
 * The vis item of an event in a row; its content is the element `element()` makes. `flip`: a point's label on the
 * left of its dot (`st-flip`, timeline-styles.ts), where the window's right edge would cut it.
 */
function eventItem(model: ItemModel, row: number, width: number, flip: boolean): VisItem {
  return {
    id: model.id,
    group: model.lane,
    subgroup: `r${row}`,
    row,
    start: model.start,
    ...(model.end ? { end: model.end } : {}),
    type: model.type,
    className: flip ? `${model.className} st-flip` : model.className,
    content: '',
    width,
  };
}

function markerItem(marker: Marker): VisItem {
  const group = marker.lane === SINGLE_LANE ? '' : ` st-group-${marker.lane}`;
  return {
    id: marker.id,
    group: marker.lane,
    // In a row of titles where it has room, else in the lane's row of markers.
    subgroup: marker.row === undefined ? 'more' : `r${marker.row}`,
    row: marker.row ?? MARKER_ROW,
    start: new Date(marker.start),
    end: new Date(marker.end),
    type: 'range',
    className: `st-more${group}`,
    content: '',
    width: 0,
    align: 'left',
  };
}
