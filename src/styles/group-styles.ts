/**
 * The group colours of a dataset as stylesheets, built at run time (the groups are the dataset's) and adopted, never
 * written into a `<style>` or a `style` attribute, which the page's security policy refuses.
 *
 * - The theme sheet defines `--st-group-<id>` on the element that carries the theme (`:root`, or a `:host` such
 *   as `<sourced-timeline>` or the presentation), with the projector's colour where `data-theme="projector"`.
 *   The value inherits into every shadow root below.
 * - The class sheet, adopted by each element that shows groups, gives `.group-<id>` its `--group`, which
 *   styles then use (`border-color: var(--group)`); the light and dark colours are its fallback, for an element
 *   used without the app around it.
 *
 * Only validated ids (`[a-z0-9_-]`) and colours built here from validated hex reach the CSS text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetIndex } from '../data/dataset-index.js';
import { NO_GROUP } from '../data/dataset-index.js';
import { groupColors, type GroupColor } from './group-colors.js';

const SAFE_ID = /^-?[a-z0-9][a-z0-9_-]*$/;

const safe = (colors: ReadonlyMap<string, GroupColor>) => [...colors].filter(([id]) => SAFE_ID.test(id));

/** `--st-group-<id>` for each group, per theme, on whichever element carries the theme. */
export function groupThemeCss(colors: ReadonlyMap<string, GroupColor>): string {
  const entries = safe(colors);
  const normal = entries.map(([id, c]) => `--st-group-${id}: light-dark(${c.light}, ${c.dark});`).join(' ');
  const projector = entries.map(([id, c]) => `--st-group-${id}: ${c.projector};`).join(' ');
  return (
    `:root, :host { ${normal} }\n` +
    `:root[data-theme='projector'], :host([data-theme='projector']) { ${projector} }\n` +
    `@media print { :root, :host { ${entries.map(([id, c]) => `--st-group-${id}: ${c.light};`).join(' ')} } }\n`
  );
}

/**
 * `.group-<id>` (and the timeline's `.st-group-<id>` items) get `--group`: the theme's colour where an element
 * carries the theme sheet above, else the light and dark ones, so that an element used on its own still has colours.
 */
export function groupClassCss(colors: ReadonlyMap<string, GroupColor>): string {
  return safe(colors)
    .map(
      ([id, c]) =>
        `.group-${id}, .st-group-${id} { --group: var(--st-group-${id}, light-dark(${c.light}, ${c.dark})); }`,
    )
    .join('\n');
}

/** The colours of an index's groups (its "Other" lane grey). */
export function indexGroupColors(index: DatasetIndex): Map<string, GroupColor> {
  return groupColors(index.groups, new Set([NO_GROUP]));
}

interface Sheets {
  theme: CSSStyleSheet;
  classes: CSSStyleSheet;
}

/** Built once per dataset index, shared by every element that shows it. */
const built = new WeakMap<DatasetIndex, Sheets>();
/** Every sheet made here, and which part it is, so that one adopted for an earlier dataset can be replaced. */
const partOf = new WeakMap<CSSStyleSheet, keyof Sheets>();

function sheetsFor(index: DatasetIndex): Sheets {
  let sheets = built.get(index);
  if (!sheets) {
    const colors = indexGroupColors(index);
    const sheet = (text: string, part: keyof Sheets) => {
      const made = new CSSStyleSheet();
      made.replaceSync(text);
      partOf.set(made, part);
      return made;
    };
    sheets = { theme: sheet(groupThemeCss(colors), 'theme'), classes: sheet(groupClassCss(colors), 'classes') };
    built.set(index, sheets);
  }
  return sheets;
}

/**
 * Makes the sheets of `index`'s groups now (each colour is searched for in three themes): the loader does it in a
 * turn of its own, so that the first frame's task does not (decision 0057).
 */
export function prepareGroupStyles(index: DatasetIndex): void {
  sheetsFor(index);
}

type Root = Document | ShadowRoot;

/**
 * Adopts `add` in `root`, in place of any sheet of the same part (theme or classes) made for another dataset, and
 * drops `remove`.
 */
function adopt(root: Root, part: keyof Sheets, add?: CSSStyleSheet, remove?: CSSStyleSheet): void {
  const kept = root.adoptedStyleSheets.filter((s) => s !== remove && !(add && partOf.get(s) === part));
  root.adoptedStyleSheets = add ? [...kept, add] : kept;
}

export interface GroupStylesOptions {
  /** Also define the colours here: the host carries a theme of its own (the app, the presentation). */
  themeRoot?: 'own' | 'root-node';
}

/**
 * Gives a lit element's shadow root the group classes of its dataset (and, for the element that carries the
 * theme, the colours). `index` is read before each update, so a new dataset restyles the element.
 */
export class GroupStyles implements ReactiveController {
  private index: DatasetIndex | undefined;
  /** Where the theme sheet went, to take it back on disconnect. */
  private themeAt: { root: Root; sheet: CSSStyleSheet } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly read: () => DatasetIndex | undefined,
    private readonly options: GroupStylesOptions = {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const index = this.read();
    if (index === this.index) return;
    this.index = index;
    const sheets = index ? sheetsFor(index) : undefined;
    const shadow = this.host.renderRoot;
    if (shadow instanceof ShadowRoot) adopt(shadow, 'classes', sheets?.classes);
    if (this.options.themeRoot) this.adoptTheme(sheets?.theme);
  }

  hostConnected(): void {
    // Back in the page after a move: the theme sheet goes where the element now is.
    if (this.index && this.options.themeRoot) this.adoptTheme(sheetsFor(this.index).theme);
  }

  hostDisconnected(): void {
    this.adoptTheme(undefined);
  }

  private adoptTheme(sheet: CSSStyleSheet | undefined): void {
    if (this.themeAt) adopt(this.themeAt.root, 'theme', undefined, this.themeAt.sheet);
    this.themeAt = undefined;
    if (!sheet) return;
    const root = this.options.themeRoot === 'own' ? this.host.renderRoot : this.host.getRootNode();
    if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
    adopt(root, 'theme', sheet);
    this.themeAt = { root, sheet };
  }
}
