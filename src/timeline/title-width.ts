/**
 * How wide an event's label must be for its whole title to fit on two lines (or on one, when short), measured on a
 * canvas once per word (never by laying out the DOM), so that each title takes no more room than it needs and is
 * cut short only when even the widest label for the zoom level cannot hold it. Browser-only; the placement stays
 * pure and is given the result.
 */

/** What is drawn before the title on the first line, in em of the label's font: status glyph, sources badge. */
const CHROME_EM = 2.6;
/** Room for what the canvas and the page measure differently (kerning, hinting): a few percent and pixels. */
const SLACK = 1.04;
const SLACK_PX = 4;
/** A title that fits on one line this wide (em) stays on one line. */
const ONE_LINE_EM = 10;

export class TitleWidths {
  /** The width each title needs on two lines (px), by title. */
  private readonly needed = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private context: CanvasRenderingContext2D | null | undefined;

  constructor(
    private readonly fontPx: number,
    private readonly fontFamily: string,
  ) {}

  /** The width of a label for `title`: what it needs on two lines (one if short), at most `labelPx`. */
  widthOf(title: string, labelPx: number): number {
    let needed = this.needed.get(title);
    if (needed === undefined) {
      needed = this.measure(title) ?? Infinity;
      this.needed.set(title, needed);
    }
    return Math.min(labelPx, needed);
  }

  /** The width of `text` on one line (px), unpadded: an axis label (the same font size as a title's). */
  lineWidth(text: string): number {
    this.context ??= document.createElement('canvas').getContext('2d');
    if (this.context) this.context.font = `${this.fontPx}px ${this.fontFamily}`;
    const words = text.split(/\s+/).filter((word) => word !== '');
    const space = words.length > 1 ? this.wordWidth(' ') : 0;
    return words.reduce((sum, word) => sum + this.wordWidth(word), 0) + space * Math.max(0, words.length - 1);
  }

  private measure(title: string): number | undefined {
    this.context ??= document.createElement('canvas').getContext('2d');
    const context = this.context;
    if (!context) return undefined;
    context.font = `${this.fontPx}px ${this.fontFamily}`;
    const space = this.wordWidth(' ');
    const words = title.split(/\s+/).filter((word) => word !== '');
    const widths = words.map((word) => this.wordWidth(word));
    const chrome = CHROME_EM * this.fontPx;
    const oneLine = chrome + widths.reduce((sum, width) => sum + width, 0) + space * Math.max(0, words.length - 1);
    const pad = (width: number) => Math.ceil(width * SLACK + SLACK_PX);
    if (oneLine <= ONE_LINE_EM * this.fontPx) return pad(oneLine);
    // The narrowest width at which the words break into two lines, as the browser breaks them (greedy).
    const fits = (width: number) => {
      let lines = 1;
      let x = chrome;
      for (const word of widths) {
        const next = x === 0 ? word : x + space + word;
        if (next <= width) {
          x = next;
          continue;
        }
        lines++;
        x = word;
        if (lines > 2 || word > width) return false;
      }
      return true;
    };
    let low = Math.max(chrome, ...widths);
    let high = Math.ceil(oneLine);
    if (!fits(high)) return undefined;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (fits(mid)) high = mid;
      else low = mid;
    }
    return pad(high);
  }

  private wordWidth(word: string): number {
    let width = this.words.get(word);
    if (width === undefined) {
      width = this.context?.measureText(word).width ?? word.length * this.fontPx * 0.55;
      this.words.set(word, width);
    }
    return width;
  }
}
