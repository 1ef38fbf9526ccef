/**
 * The frame every chart here is drawn in: an `<svg>` with its class, width and accessible name, sized by its
 * viewBox once its height is known, and the base of its stylesheet (the theme's font, text and grid colours).
 * Charts are styled by class from the stylesheet of the shadow root they are drawn in, never by a `<style>`
 * inside the SVG, which the page's security policy would refuse (docs/decisions/0011-custom-data-and-csp.md).
 */
import { create, select, type Selection } from 'd3-selection';

export type Svg = Selection<SVGSVGElement, undefined, null, undefined>;

export interface FrameOptions {
  /** The chart's class, which its stylesheet's rules start with. */
  className: string;
  width: number;
  /** `img` for a picture read as one (its label says it all), `group` for a chart whose marks are controls. */
  role: 'img' | 'group';
  label?: string;
}

/** A new chart's svg, or the chart `into` drawn again in place (so focus and d3's data joins survive). */
export function chartFrame({ className, width, role, label }: FrameOptions, into?: SVGSVGElement): Svg {
  const svg: Svg = into ? select<SVGSVGElement, undefined>(into) : create('svg');
  svg.attr('class', className).attr('width', width).attr('role', role);
  if (label !== undefined) svg.attr('aria-label', label);
  return svg;
}

/** Sets the chart's height, its viewBox following, and gives back its element. */
export function frameHeight(svg: Svg, height: number): SVGSVGElement {
  const node = svg.node();
  if (!node) throw new Error('could not create an svg element');
  svg.attr('height', height).attr('viewBox', `0 0 ${svg.attr('width')} ${height}`);
  return node;
}

/** The rules every chart's stylesheet starts with; `.chart` stands for the chart's class. */
const STYLE = `
.chart { font-family: var(--st-font, system-ui, sans-serif); }
.chart text { fill: var(--st-text); }
.chart .grid { stroke: var(--st-border-subtle); }
`;

/** The rules every chart's stylesheet starts with, for the chart of class `className`. */
export function frameStyle(className: string): string {
  return STYLE.replaceAll('.chart', `.${className}`);
}
