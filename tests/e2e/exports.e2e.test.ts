// Exports for real: the built app in Chromium, the Export menu used from the keyboard, each file downloaded and read
// back with a parser (papaparse, ical.js, JSON, the SVG's text, the PNG's header).
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuildServer } from '../support/build-server.js';

const build = useBuildServer();
const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
  title: string;
  actors: { id: string; name: string }[];
  events: { id: string; status: string; sources: { via?: string[] }[] }[];
};

/** Opens the Export menu and chooses `label` with the keyboard; returns the download it starts. */
async function exportWith(page: Page, label: string, menu = 'Export'): Promise<{ name: string; bytes: Buffer }> {
  const toggle = page.getByRole('button', { name: menu, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.focus();
    await page.keyboard.press('Enter');
  }
  const choice = page.getByRole('button', { name: label, exact: true });
  await choice.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return { name: download.suggestedFilename(), bytes: await read(download) };
}

async function read(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

async function open(query: string, width = 1280, height = 800) {
  const context = await build.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(build.url + query);
  await page.locator('st-app st-event-list, st-app st-timeline').first().waitFor();
  return { page, context, errors };
}

describe('the Export menu', () => {
  it('exports what the filters leave as CSV, iCalendar and JSON', async () => {
    const { page, context, errors } = await open('?view=list&status=claimed');
    try {
      const shown = await page.locator('st-app st-event-list article').count();
      const csv = await exportWith(page, 'Spreadsheet (CSV)');
      expect(csv.name).toMatch(/\.csv$/);
      const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      expect(rows.errors).toEqual([]);
      const ids = new Set(rows.data.map((row) => row['id']));
      expect(ids.size).toBeGreaterThan(0);
      expect(ids.size).toBeLessThan(dataset.events.length);
      expect(rows.data.filter((row) => row['status'] !== '').every((row) => row['status'] === 'claimed')).toBe(true);
      expect(ids.size).toBe(shown);
      // Each source keeps who it has the report through (`via`), by name, in the dataset's order.
      const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
      const chains = dataset.events
        .filter((event) => event.status === 'claimed')
        .flatMap((event) => event.sources.flatMap((source) => (source.via ? [source.via] : [])))
        .map((via) => via.map((id) => names.get(id)).join('; '));
      expect(chains).toContain('The Economist; Kyrylo Budanov');
      expect(rows.data.map((row) => row['source_via']).filter((via) => via !== '')).toEqual(chains);

      const ics = await exportWith(page, 'Calendar (iCalendar)');
      expect(ics.name).toMatch(/\.ics$/);
      const calendar = new ICAL.Component(ICAL.parse(ics.bytes.toString('utf8')) as unknown[]);
      const uids = calendar
        .getAllSubcomponents('vevent')
        .map((v) => String(v.getFirstPropertyValue('uid')).split('.')[0]);
      expect(new Set(uids)).toEqual(ids);

      const json = await exportWith(page, 'Dataset (JSON)');
      const subset = JSON.parse(json.bytes.toString('utf8')) as { events: { id: string; status: string }[] };
      expect(new Set(subset.events.map((event) => event.id))).toEqual(ids);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('exports the timeline window and the claims chart as SVG with the title and as PNG', async () => {
    const { page, context, errors } = await open('?view=timeline&from=2024-10-20&to=2024-10-28');
    try {
      const svg = await exportWith(page, 'Timeline window (SVG)');
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(text).toContain(`<title>${dataset.title}</title>`);
      expect(text).toContain('Sources: ');
      expect(text).toContain('Made with Sourced Timeline on ');
      const width = Number(/<svg[^>]*\swidth="(\d+)"/.exec(text)?.[1]);
      const height = Number(/<svg[^>]*\sheight="(\d+)"/.exec(text)?.[1]);
      const png = await exportWith(page, 'Timeline window (PNG)');
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });

      const claims = await exportWith(page, 'Claims chart (SVG)');
      expect(claims.bytes.toString('utf8')).toContain('Claims in numbers');
      const claimsPng = await exportWith(page, 'Claims chart (PNG)');
      expect(pngSize(claimsPng.bytes).width).toBeGreaterThan(1000);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('writes the pictures in the interface language: ?lang=uk', async () => {
    const { page, context, errors } = await open('?lang=uk&view=timeline&from=2024-10-20&to=2024-10-28');
    try {
      const svg = await exportWith(page, 'Вікно хронології (SVG)', 'Експорт');
      const text = svg.bytes.toString('utf8');
      expect(text).toContain(`<title>${dataset.title}</title>`);
      expect(text).toContain('Джерела: ');
      expect(text).toContain('Створено в Sourced Timeline ');
      expect(text).toContain('жовт.'); // the axis: October, as Intl writes it in Ukrainian
      expect(text).not.toContain('Sources: ');
      expect(text).not.toContain('Made with');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('closes with Escape, giving focus back to the button', async () => {
    const { page, context } = await open('?view=list', 375, 812);
    try {
      await page.getByRole('button', { name: 'More actions' }).click();
      const toggle = page.getByRole('button', { name: 'Export', exact: true });
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('button', { name: 'Spreadsheet (CSV)' }).focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.evaluate((el) => el.matches(':focus'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
