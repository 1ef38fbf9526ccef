/**
 * The styles every view of whole events shares (the list's entries and the details panel): a text block, buttons,
 * focus ring, hidden text, status badges, excerpts and sourcing marks. Each view adds its own layout after them.
 */
import { buttonStyles, focusRing, statusBadges, textBlock, visuallyHidden } from '../styles/shared-styles.js';
import { excerptStyles } from './excerpt.js';
import { sourcingStyles } from './sourcing-marks.js';

export const eventEntryStyles = [
  textBlock,
  buttonStyles,
  focusRing,
  visuallyHidden,
  statusBadges,
  excerptStyles,
  sourcingStyles,
] as const;
