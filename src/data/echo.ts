/**
 * Text from an address or a file, made safe to repeat on the page: a crafted link (`?title=`, `?event=`, `?data=`)
 * must not put chosen words in the site's mouth. Control and format characters go (bidi overrides such as U+202E
 * could reverse what follows; zero-width ones hide text), white space becomes single spaces, and the length is
 * limited. Views then show it as the reader's input (in quotes or as code), never as the site's own words.
 */

/** Control, format (bidi, zero-width) and line or paragraph separator characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `text` cleaned and cut to at most `max` characters (code points), an ellipsis marking a cut. */
export function echoText(text: string, max = 80): string {
  const clean = text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const points = Array.from(clean);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : clean;
}
