/**
 * Only addresses of web pages may become links: data could hold `javascript:` or `data:` URLs, or an address with
 * a user name and password (`https://www.bbc.co.uk@evil.example/`) that reads as one site and leads to another.
 */
export function webUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.href;
  } catch {
    return undefined;
  }
}

/** The host name a link leads to, without `www.`, for showing beside it: "bbc.co.uk". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
