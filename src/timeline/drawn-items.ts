/**
 * What the timeline hands to vis-timeline for a plan (events, or aggregates), in vis-timeline's item shape, and the
 * DOM nodes drawn for them: one element per event or aggregate, made when first drawn and then reused (see
 * `template` in vis-timeline-controller.ts for why). No vis-timeline import: items are plain objects here, and the
 * controller applies them.
 */
import { DAY_MS, type TimeRange } from '../data/time.js';
import { aggregateElement, itemElement, type Stop } from './item-element.js';
import { SINGLE_LANE, toItem, type ItemModel } from './items.js';
import type { Layout, Shown } from './layout.js';
import { aggregateLabel, type Aggregate, type Plan } from './windowing.js';

/** An item as vis-timeline takes it: no data strings, only our class names; the content is our element. */
export interface VisItem {
  id: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  content: string;
}

export class DrawnItems {
  /** What was last handed over, by id. */
  private handed = new Map<string, VisItem>();
  /** Item models, made when an event is first handed over. */
  private models = new Map<string, ItemModel>();
  /** One element per event, made when vis-timeline first draws it. */
  private elements = new Map<string, HTMLElement>();
  /** The aggregates handed over, in order of period and lane, and their elements once drawn. */
  private aggregates = new Map<string, { aggregate: Aggregate; element: HTMLElement | undefined }>();

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
    this.aggregates.clear();
  }

  /** The items for a plan and the events that stay loaded whatever it says (`pinned`); remembered as handed over. */
  next(plan: Plan, pinned: readonly (string | undefined)[]): Map<string, VisItem> {
    const next = new Map<string, VisItem>();
    const aggregates = new Map<string, Aggregate>();
    if (plan.mode === 'events') {
      for (const placed of plan.items) this.addEvent(next, placed.id);
    } else {
      for (const aggregate of plan.aggregates) {
        aggregates.set(aggregate.id, aggregate);
        next.set(aggregate.id, aggregateItem(aggregate));
      }
    }
    const position = this.shown().position;
    for (const id of pinned) if (id !== undefined && position.has(id)) this.addEvent(next, id);
    // In the plan's order (period, then lane), keeping the elements already made.
    const previous = this.aggregates;
    this.aggregates = new Map(
      [...aggregates].map(([id, aggregate]) => [id, previous.get(id) ?? { aggregate, element: undefined }]),
    );
    this.handed = next;
    return next;
  }

  /** The element of an item, made the first time vis-timeline draws it and the same one every time after. */
  element(id: string | undefined): HTMLElement {
    if (id === undefined) return document.createElement('span');
    const entry = this.aggregates.get(id);
    if (entry) {
      const { aggregate } = entry;
      const lane = this.layout()?.laneModels.find((l) => l.id === aggregate.lane)?.label ?? '';
      entry.element ??= aggregateElement(id, aggregate.count, aggregateLabel(aggregate, lane));
      return entry.element;
    }
    let element = this.elements.get(id);
    const model = element ? undefined : this.model(id);
    if (model) {
      element = itemElement(model);
      this.elements.set(id, element);
    }
    return element ?? document.createElement('span');
  }

  /** Where an item stacks: aggregates nearest the axis; then known days and short spans; month-long spans below. */
  rank(item: VisItem): number {
    if (this.aggregates.has(item.id)) return 0;
    const days = item.end ? (item.end.getTime() - item.start.getTime()) / DAY_MS : 0;
    return days > 7 ? 2 : 1;
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

  /** The aggregates handed over, in order of period and lane. */
  aggregateIds(): string[] {
    return [...this.aggregates.keys()];
  }

  aggregate(id: string): Aggregate | undefined {
    return this.aggregates.get(id)?.aggregate;
  }

  /** An aggregate's element, if vis-timeline shows it. */
  aggregateElement(id: string): HTMLElement | undefined {
    const element = this.aggregates.get(id)?.element;
    return element?.isConnected ? element : undefined;
  }

  /** The aggregates vis-timeline has drawn, in order of period and lane. */
  drawnAggregates(): HTMLElement[] {
    return [...this.aggregates.values()].flatMap(({ element }) => (element?.isConnected ? [element] : []));
  }

  /** The span a tab stop stands for: an event's, or an aggregate's period. */
  spanOf(stop: Stop): TimeRange | undefined {
    if (stop.kind === 'aggregate') return this.aggregate(stop.id)?.period;
    return this.layout()?.placed.get(stop.id);
  }

  private addEvent(items: Map<string, VisItem>, id: string): void {
    if (items.has(id)) return;
    const model = this.model(id);
    if (model) items.set(id, eventItem(model));
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

/** The vis item of an event; its content is the element `element()` makes. */
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
