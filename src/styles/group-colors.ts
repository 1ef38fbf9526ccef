/**
 * The colour of each group (lane), in every theme: the one source of truth for lanes, chips, the legend, the charts,
 * the handout and the presentation. A dataset may give a group its colour; otherwise the groups take, in order, the
 * colours of a colour-blind-safe palette (Okabe and Ito). Either way each colour is adjusted, as the accent is, to
 * stay readable as text: 4.5:1 against the light and the dark backgrounds, 7:1 against the projector's. Pure.
 *
 * Colour is never the only cue: lanes, chips and legends always carry the group's name.
 */
import { PROJECTOR_TEXT_CONTRAST, SCHEME_BACKGROUNDS, readableAccent } from './accent.js';
import { isHexColor } from './contrast.js';

/**
 * Okabe and Ito's palette for colour-blind readers ("Color Universal Design", 2002), without black, in an order that
 * keeps neighbouring lanes apart: blue, vermilion, bluish green, reddish purple, orange, sky blue, yellow.
 */
export const CATEGORICAL_PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442'];

/** Events in no group: a neutral grey. */
export const NEUTRAL = '#6b7280';

export interface GroupColor {
  /** As given by the dataset or the palette, before any adjustment. */
  base: string;
  light: string;
  dark: string;
  projector: string;
}

/** One colour made readable in every theme. */
export function themedColor(base: string): GroupColor {
  return {
    base,
    light: readableAccent(base, SCHEME_BACKGROUNDS.light),
    dark: readableAccent(base, SCHEME_BACKGROUNDS.dark),
    projector: readableAccent(base, SCHEME_BACKGROUNDS.projector, PROJECTOR_TEXT_CONTRAST),
  };
}

/**
 * The colour of each group, by id, in the order given. Groups without a colour of their own take the palette's
 * colours in turn (after the eighth, the palette repeats: the names still tell the lanes apart); `neutral` ids
 * (events in no group) are grey.
 */
export function groupColors(
  groups: readonly { id: string; color?: string | undefined }[],
  neutral: ReadonlySet<string> = new Set(),
): Map<string, GroupColor> {
  const colors = new Map<string, GroupColor>();
  let next = 0;
  for (const group of groups) {
    let base: string;
    if (neutral.has(group.id)) base = NEUTRAL;
    else if (group.color !== undefined && isHexColor(group.color)) base = group.color.toLowerCase();
    else base = CATEGORICAL_PALETTE[next++ % CATEGORICAL_PALETTE.length] ?? NEUTRAL;
    colors.set(group.id, themedColor(base));
  }
  return colors;
}
