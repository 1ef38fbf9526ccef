import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../../../src/data/import/html-text.js';
import { mediaKind, readMedia } from '../../../../src/data/import/media.js';

describe('htmlToText(html)', () => {
  it('gives the visible text, one line per block, entities decoded', () => {
    expect(htmlToText('<p>Ada <b>Lovelace</b> &amp; Babbage</p><ul><li>one</li><li>two</li></ul>a<br>b')).toEqual({
      text: 'Ada Lovelace & Babbage\none\ntwo\na\nb',
      links: [],
    });
  });

  it('drops the contents of script, style, template and iframe elements, and keeps no markup', () => {
    const html =
      '<script>window.__x=1</script><style>p{}</style><template><b>t</b></template><iframe>i</iframe>' +
      '<img src=x onerror="window.__x=1">kept <svg><text>svg</text></svg>';
    expect(htmlToText(html).text).toBe('kept');
  });

  it('keeps text that looks like markup once decoded, as text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; 1 < 2').text).toBe('<script>alert(1)</script> 1 < 2');
  });

  it('returns web links with their text, each address once, and drops other links', () => {
    const html =
      '<a href="https://example.org/a">first</a> <a href="https://example.org/a">again</a> ' +
      '<a href="javascript:alert(1)">js</a> <a href="https://u:p@example.org/">password</a> ' +
      '<a href="/relative">relative</a> <a href=" http://example.org/b ">b</a> <a href="https://example.org/c"></a>';
    expect(htmlToText(html).links).toEqual([
      { url: 'https://example.org/a', text: 'first' },
      { url: 'http://example.org/b', text: 'b' },
      { url: 'https://example.org/c' },
    ]);
  });

  it('removes control characters', () => {
    expect(htmlToText('a\u0000b\u0007c').text).toBe('abc');
  });

  it('htmlToLine(html) puts the text on one line', () => {
    expect(htmlToLine('<p>one</p><p>two</p>')).toBe('one two');
  });
});

describe('mediaKind(url) and readMedia(media)', () => {
  it.each([
    ['https://example.org/photo.JPG', 'image'],
    ['https://example.org/picture.webp?size=2', 'image'],
    ['https://commons.wikimedia.org/wiki/File:Ape_skeletons.png', 'image'],
    ['https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg', 'image'],
    ['https://example.org/sound.mp3', 'audio or video'],
    ['https://www.google.com/maps/place/Somewhere/@39.9,-75.1,17z', 'map'],
    ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'page'],
    ['https://www.youtube.com/watch?v=aPweFhhXFvY', 'page'],
    ['https://example.org/report.pdf', 'page'],
  ])('mediaKind(%j) is %j', (url, kind) => expect(mediaKind(url)).toBe(kind));

  it('makes a page a link titled with its caption and credit', () => {
    expect(readMedia({ url: 'https://example.org/a', caption: '<i>A</i> page', credit: 'Example' })).toEqual({
      links: [{ url: 'https://example.org/a', text: 'A page (Example)' }],
    });
  });

  it('keeps an image as words, never as a source', () => {
    expect(readMedia({ url: 'https://example.org/a.png', credit: 'Someone' })).toEqual({
      links: [],
      note: 'Image (credit: Someone)',
    });
  });

  it('keeps the text of embed code, without its markup or links', () => {
    expect(readMedia({ url: '<blockquote>Quoted <a href="https://example.org/x">words</a></blockquote>' })).toEqual({
      links: [],
      note: 'Media: Quoted words',
    });
  });
});
