/**
 * What a TimelineJS `media` becomes. A web page it points to (an article, a Wikipedia entry, a video's page) can
 * be a source for the event: the reader can open it and check. An image, a sound or video file, or a map cannot
 * back up a statement, so it is no source; its caption and credit are kept as text so that nothing the file says
 * is lost. Embed code (a `<blockquote>` of a quote or a post) is kept as its text.
 */
import { webUrl } from '../web-url.js';
import { htmlToLine, type FoundLink } from './html-text.js';

export interface TimelineJsMedia {
  url?: unknown;
  caption?: unknown;
  credit?: unknown;
  thumbnail?: unknown;
}

export interface MediaReading {
  /** Pages that may back up the event, with a title taken from the caption or credit. */
  links: FoundLink[];
  /** What the media says in words, for the event's summary: `Image: Portrait by … (credit: Wikimedia Commons)`. */
  note?: string;
}

/** Files by their extension: pictures, sound and video, documents that are media rather than pages. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?|ico|heic)$/i;
const AV_FILE = /\.(?:mp3|wav|m4a|ogg|oga|flac|aac|mp4|m4v|webm|mov|ogv)$/i;

/** What kind of media a web address is; anything not recognised as a file or a map is a page. */
export function mediaKind(url: string): 'image' | 'audio or video' | 'map' | 'page' {
  const parsed = new URL(url);
  const path = decodeURIComponentSafe(parsed.pathname);
  // Wikipedia's media viewer shows one picture at `…#/media/File:Portrait.jpg`.
  const viewer = /^#\/media\/File:/i.test(parsed.hash) && IMAGE_FILE.test(decodeURIComponentSafe(parsed.hash));
  if (IMAGE_FILE.test(path) || viewer) return 'image';
  if (parsed.hostname === 'i.imgur.com' || parsed.hostname.endsWith('.staticflickr.com')) return 'image';
  if (AV_FILE.test(path)) return 'audio or video';
  const google = /(?:^|\.)google\.[a-z.]+$/.test(parsed.hostname);
  if ((google && path.startsWith('/maps')) || parsed.hostname.startsWith('maps.google.')) return 'map';
  return 'page';
}

/** `Image: Portrait (credit: Wikimedia Commons)`, `Map`, or nothing when the file says nothing about it. */
function describe(what: string, caption: string, credit: string): string | undefined {
  if (caption === '' && credit === '') return undefined;
  const by = credit === '' ? '' : ` (credit: ${credit})`;
  return caption === '' ? `${what}${by}` : `${what}: ${caption}${by}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const text = (value: unknown): string =>
  typeof value === 'string' ? htmlToLine(value) : typeof value === 'number' ? String(value) : '';

/** Reads a slide's `media`. Never throws. */
export function readMedia(media: TimelineJsMedia): MediaReading {
  const caption = text(media.caption);
  const credit = text(media.credit);
  const url = typeof media.url === 'string' ? media.url.trim() : '';
  const links: FoundLink[] = [];
  const title = caption !== '' && credit !== '' ? `${caption} (${credit})` : caption || credit;
  let note: string | undefined;

  const web = webUrl(url);
  if (web !== undefined) {
    const kind = mediaKind(web);
    if (kind === 'page') links.push(title === '' ? { url: web } : { url: web, text: title });
    else note = describe(kind === 'image' ? 'Image' : kind === 'map' ? 'Map' : 'Audio or video', caption, credit);
  } else if (url.includes('<')) {
    // Embed code: a quote or a post as a `<blockquote>`; an `<iframe>` has no text and is dropped. Its links
    // (hashtags, pictures, the post's own address) are not taken as sources: the text is what the file shows.
    const words = htmlToLine(url);
    if (words !== '') note = describe('Media', caption === '' ? words : `${words} (${caption})`, credit);
  }
  return note === undefined ? { links } : { links, note };
}
