/**
 * The rules the app's own page adopts beside theme.css, written once for the page and the shadow roots alike
 * (shared-styles.ts): today, the reader's wish for less motion.
 */
import { reducedMotion } from './shared-styles.js';

/** Adopts the page's shared rules into `doc` (once); returns what was added, to take it away again. */
export function adoptPageStyles(doc: Document = document): CSSStyleSheet[] {
  const sheets = [reducedMotion.styleSheet].filter(
    (sheet): sheet is CSSStyleSheet => sheet !== undefined && !doc.adoptedStyleSheets.includes(sheet),
  );
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...sheets];
  return sheets;
}
