/**
 * Reading a CSV file with papaparse (quoted fields with commas, quotes and line breaks; a byte-order mark; blank
 * rows), into rows named by the header. Rows are numbered as a spreadsheet numbers them: the header is row 1, so
 * a problem "at row 7" is found on the seventh row of the sheet, whatever line breaks the cells hold.
 */
import Papa from 'papaparse';
import type { RowProblem } from './types.js';

export interface CsvRow {
  /** The spreadsheet row number (the header is row 1). */
  row: number;
  /** Cells by header name (trimmed header; names as written); a missing trailing cell reads as `""`. */
  cells: ReadonlyMap<string, string>;
  /** Cells beyond the header's columns, which would be lost. */
  extra: number;
}

export interface CsvTable {
  /** Column names as written, trimmed. */
  header: string[];
  rows: CsvRow[];
  /** Problems with the file itself (an unclosed quote); rows are not reliable after one. */
  problems: RowProblem[];
}

/** Parses `text` as CSV; the first non-blank row is the header. Never throws. */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  });
  const problems: RowProblem[] = parsed.errors
    // papaparse falls back to commas when it cannot guess (a file of one column): not a problem.
    .filter((error) => error.type !== 'Delimiter')
    .map((error) => ({
      where: error.row === undefined ? 'file' : `row ${error.row + 1}`,
      message: `${error.message} (the CSV cannot be read reliably from here on)`,
    }));
  const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
  const start = parsed.data.findIndex((cells) => !blank(cells));
  if (start < 0) return { header: [], rows: [], problems };
  const header = (parsed.data[start] ?? []).map((name) => name.trim());
  const rows: CsvRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (i <= start || blank(cells)) return;
    const named = new Map<string, string>();
    header.forEach((name, j) => {
      if (name !== '' && !named.has(name)) named.set(name, cells[j] ?? '');
    });
    const extra = cells.slice(header.length).filter((cell) => cell.trim() !== '').length;
    rows.push({ row: i + 1, cells: named, extra });
  });
  return { header, rows, problems };
}

/** A cell looked up without regard to case or surrounding spaces in its header name; `""` when absent. */
export function cell(row: CsvRow, name: string): string {
  const direct = row.cells.get(name);
  if (direct !== undefined) return direct.trim();
  const wanted = name.toLowerCase();
  for (const [key, value] of row.cells) if (key.toLowerCase() === wanted) return value.trim();
  return '';
}
