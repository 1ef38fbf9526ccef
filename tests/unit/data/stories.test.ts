// The guided stories of the curated dataset: the key events are there, in date order, and every disagreement is shown.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/data/dataset-index.js';
import { validateDataset } from '../../../src/data/validate.js';

const root = new URL('../../../data/', import.meta.url);
const json: unknown = JSON.parse(readFileSync(new URL('events.json', root), 'utf8'));
const result = validateDataset(json);
if (!result.ok) throw new Error('data/events.json is invalid; run npm run check-data');
const dataset = result.dataset;
const index = indexDataset(dataset);
const story = (id: string) => dataset.stories?.find((s) => s.id === id);
const span = (event: string) => index.date.get(event)!;

describe('the stories in data/events.json', () => {
  it('has the essential chronology and the disagreements story, each with a title and a description', () => {
    for (const id of ['essential-chronology', 'how-sources-disagree']) {
      expect(story(id)?.title).toBeTruthy();
      expect(story(id)?.description).toBeTruthy();
    }
  });

  it('points every step at an existing event and, when given, an existing excerpt', () => {
    for (const { steps } of dataset.stories ?? []) {
      for (const step of steps) {
        const event = index.event.get(step.event);
        expect(event, step.event).toBeDefined();
        expect(event!.sources[step.source ?? 0], `${step.event} source ${step.source}`).toBeDefined();
      }
    }
  });

  it('gives every step a presenter note', () => {
    for (const { steps } of dataset.stories ?? []) {
      for (const step of steps) expect(step.note, step.event).toBeTruthy();
    }
  });

  describe('essential-chronology', () => {
    const steps = story('essential-chronology')?.steps.map((s) => s.event) ?? [];
    const key = [
      'russia-nk-defence-pact-2024-06-18',
      'zelensky-address-2024-10-17',
      'nk-first-units-expected-kursk-2024-10-23',
      'hur-first-units-arrived-kursk-2024-10-23',
      'brics-summit-kazan-2024-10',
      'syrsky-briefing-2024-10-25',
      'nk-troops-combat-use-expected-2024-10-27',
      'nk-troops-combat-ready-2024-11',
    ];

    it('includes the key events, in date order', () => {
      expect(steps).toEqual(expect.arrayContaining(key));
      const starts = steps.filter((id) => key.includes(id)).map((id) => span(id).start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it('never places a step after one that certainly happened later', () => {
      // Undated and ranged events (e.g. "2024-10~") may sit anywhere their range allows.
      steps.forEach((id, i) => {
        for (const later of steps.slice(i + 1)) {
          expect(span(id).start, `${id} before ${later}`).toBeLessThanOrEqual(span(later).end);
        }
      });
    });

    it('visits each event once', () => {
      expect(new Set(steps).size).toBe(steps.length);
    });
  });

  describe('how-sources-disagree', () => {
    const steps = new Set(story('how-sources-disagree')?.steps.map((s) => s.event));

    // A disagreement between events shows two of them one after the other; one inside a single event (the
    // articles give it differently) shows that event, whose excerpts hold the versions.
    it.each(dataset.disagreements.map((d) => [d.id, d.events] as const))('shows the versions of %s', (_, events) => {
      expect(events.filter((e) => steps.has(e)).length).toBeGreaterThanOrEqual(Math.min(2, events.length));
    });
  });
});
