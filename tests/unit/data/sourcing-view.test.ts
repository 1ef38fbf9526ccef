// What the views say about an event's sourcing, on the curated data: the counts with the one original source named,
// the single-source mark and its reason, the date resting on one article, the chain of an excerpt, the editor's notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { editorNoteLabel, eventSourcingView, viaText } from '../../../src/data/sourcing-view.js';
import { validateDataset } from '../../../src/data/validate.js';

const json: unknown = JSON.parse(readFileSync(new URL('../../../data/events.json', import.meta.url), 'utf8'));
const result = validateDataset(json);
if (!result.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const index = indexDataset(result.dataset);
const view = (id: string) => eventSourcingView(index, index.event.get(id)!);

describe('eventSourcingView(index, event)', () => {
  it('counts articles and original sources, naming the one source several articles repeat', () => {
    const forecast = view('nk-first-units-expected-kursk-2024-10-23');
    expect(forecast.count).toBe('Reported in 4 articles, 1 original source');
    expect(forecast.line).toMatch(/^Reported in 4 articles, 1 original source: Kyrylo Budanov, for /);
    expect(forecast.single).toBe(
      'All 4 articles go back to one original source, so they repeat it rather than corroborate it.',
    );
  });

  it('marks what only one article reports, and not what several independent sources do', () => {
    expect(view('putin-bill-strategic-partnership-2024-10-21').single).toMatch(/^Only one article reports this/);
    expect(view('putin-bill-strategic-partnership-2024-10-21').line).toBe('Reported in 1 article');
    // Three articles repeating one agency are one source; two articles' own reporting are two.
    expect(view('nis-nk-deployment-2024-10-18').single).toMatch(/^All 3 articles go back to one original source/);
    expect(view('ukraine-kursk-incursion-2024-08')).toMatchObject({
      single: undefined,
      line: 'Reported in 2 articles, 2 original sources',
    });
  });

  it('says when the date rests on one article', () => {
    expect(view('russia-nk-defence-pact-2024-06-18').date).toMatch(
      /^Only one article \(“Zelensky says Russia will use North Korean troops/,
    );
    expect(view('syrsky-briefing-2024-10-25').date).toBeUndefined();
  });

  it('gathers the editor’s notes on the event and its actors, under a label saying they are not from the articles', () => {
    const notes = view('kim-tae-hyung-press-conference-2024-10-22').notes;
    expect(notes.map((n) => n.about)).toEqual(['Kim Tae-hyung']);
    expect(notes[0]!.text).toMatch(/Kim Tae-hyo, First Deputy Director/);
    expect(view('russia-nk-defence-pact-2024-06-18').notes.map((n) => n.about)).toEqual(['this event']);
    expect(editorNoteLabel(index)).toBe('Editor’s note, from outside the articles');
    expect(view('syrsky-briefing-2024-10-25').notes).toEqual([]);
  });
});

describe('viaText(index, source)', () => {
  it('names the original source first, then whom the article had it through', () => {
    expect(viaText(index, { via: ['the-war-zone', 'budanov'] })).toBe('Attributed to Kyrylo Budanov, via The War Zone');
    expect(viaText(index, { via: ['zelensky'] })).toBe(`Attributed to ${index.actor.get('zelensky')!.name}`);
    expect(viaText(index, { via: ['a', 'b', 'c'] })).toBe('Attributed to c, via b, via a');
    expect(viaText(index, {})).toBeUndefined();
  });
});
