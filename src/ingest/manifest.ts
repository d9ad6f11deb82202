import { readFileSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeManifest } from './decode-text.ts';
import { IngestError } from './errors.ts';
import { type NumericOrder, numericForm, numericOrderOf } from './publisher-date.ts';

/**
 * The manifest's columns: each field and the header names that mean it (compared in
 * lower case, spaces and underscores alike). Only `file` is required; other columns
 * are ignored. A new column is one more entry here and one more field of ManifestRow.
 */
export const MANIFEST_COLUMNS = {
  file: ['file', 'filename', 'path'],
  title: ['title', 'judul'],
  description: ['description', 'deskripsi'],
  date: ['date', 'date as given', 'pubdate', 'tanggal'],
  url: ['url', 'source url', 'link'],
  publisher: ['publisher', 'source', 'source name', 'penerbit'],
  category: ['category', 'kategori', 'rubrik'],
  tags: ['tags', 'topik'],
  authors: ['authors', 'author', 'penulis'],
  editor: ['editor'],
  image: ['image', 'foto', 'gambar'],
  imageAlt: ['image alt', 'alt', 'foto alt'],
  imageCaption: ['image caption', 'caption', 'keterangan foto'],
  imageCredit: ['image credit', 'photo credit', 'kredit foto'],
} as const satisfies Record<string, readonly string[]>;

export type ManifestField = keyof typeof MANIFEST_COLUMNS;

/**
 * One row: the text of each column it fills (empty cells left out), and why it is
 * refused, if it is: nothing is read or written for such a row.
 */
export type ManifestRow = { line: number; problem?: string } & Partial<Record<ManifestField, string>>;

export interface Manifest {
  /** Rows by file, the path relative to the manifest's folder. */
  rows: Map<string, ManifestRow>;
  /** The manifest's folder: its `file` column is relative to it. */
  dir: string;
  /** For each form of numeric date in the date column, the order its rows agree on. */
  dateOrders: Map<string, NumericOrder | undefined>;
  /** What the reader had to guess (the manifest's encoding). */
  warnings: string[];
}

/**
 * A row's key: its path relative to the manifest's folder, in Unicode NFC, so that the
 * two spellings of one name (a Mac writes "kópi.txt" decomposed, NFD) are one file.
 */
const keyOf = (dir: string, path: string) => relative(dir, resolve(dir, path)).normalize('NFC');

const isOutside = (relativePath: string) =>
  relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath);

/**
 * Why a path cell (file, image) is refused, or undefined: a manifest names files in its
 * own folder, never elsewhere (`../../secret.txt`, `/etc/hostname`, or a link leading
 * out of it), so a delivery cannot make the ingest publish a file of the machine.
 */
function pathProblem(dir: string, realDir: string, cell: string): string | undefined {
  if (isAbsolute(cell)) return `"${cell}" is an absolute path; name files relative to the manifest's folder`;
  if (isOutside(relative(dir, resolve(dir, cell)))) return `"${cell}" is outside the manifest's folder`;
  let real: string;
  try {
    real = realpathSync(resolve(dir, cell));
  } catch {
    return undefined; // a missing file is reported when it is read
  }
  return isOutside(relative(realDir, real)) ? `"${cell}" links to a file outside the manifest's folder` : undefined;
}

/** A URL as compared between rows: parsed (so the host's case and default port do not count), else as written. */
function urlKey(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Refuses every row that shares its URL with another: a URL is one article, so two rows
 * naming it would overwrite each other. Each such row is refused, naming the others.
 */
function refuseSharedUrls(rows: readonly ManifestRow[]): void {
  const byUrl = new Map<string, ManifestRow[]>();
  for (const row of rows) {
    if (row.url === undefined || row.problem !== undefined) continue;
    const key = urlKey(row.url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), row]);
  }
  for (const group of byUrl.values()) {
    if (group.length < 2) continue;
    for (const row of group) {
      const others = group.filter((other) => other !== row).map((other) => other.line);
      row.problem =
        `manifest row ${row.line}, url: "${row.url}" is also the url of row${others.length > 1 ? 's' : ''} ${others.join(', ')}; ` +
        'one URL is one article, so none of these rows is ingested';
    }
  }
}

const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ');

/** Which field each header names, or undefined. */
function fieldOf(header: string): ManifestField | undefined {
  const name = normalize(header);
  return (Object.keys(MANIFEST_COLUMNS) as ManifestField[]).find((field) =>
    (MANIFEST_COLUMNS[field] as readonly string[]).includes(name),
  );
}

/** The records of a TSV, CSV (by extension) or JSON Lines file, each as header → value. */
function records(path: string, text: string): Record<string, unknown>[] {
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    return text.split('\n').flatMap((line, index) => {
      if (line.trim() === '') return [];
      try {
        const value: unknown = JSON.parse(line);
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
          return [value as Record<string, unknown>];
      } catch {
        // reported below
      }
      throw new IngestError(`line ${index + 1} is not a JSON object`);
    });
  }
  if (ext !== '.tsv' && ext !== '.csv' && ext !== '.tab')
    throw new IngestError('name it .tsv, .csv or .jsonl so its format is known');
  try {
    // TSV has no quoting (IANA text/tab-separated-values): a quote in a title is text.
    return parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      delimiter: ext === '.csv' ? ',' : '\t',
      quote: ext === '.csv' ? '"' : false,
    });
  } catch (error) {
    throw new IngestError((error as Error).message);
  }
}

/** A cell as text: lists (JSON Lines) joined as the text columns write them. */
function cellText(value: unknown, field: ManifestField): string | undefined {
  const text = Array.isArray(value)
    ? value.map(String).join(field === 'authors' ? '; ' : ', ')
    : value == null
      ? ''
      : String(value);
  return text.trim() === '' ? undefined : text.trim();
}

/**
 * Reads a manifest: a header row (or JSON Lines keys) naming at least `file`. Throws an
 * IngestError naming the problem; rows are checked one by one when used.
 */
export function readManifest(path: string): Manifest {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new IngestError(`cannot read it (${(error as NodeJS.ErrnoException).code})`);
  }
  const { text, warnings } = decodeManifest(bytes);
  const rows = new Map<string, ManifestRow>();
  const dir = dirname(resolve(path));
  const realDir = realpathSync(dir);
  const dates = new Map<string, string[]>();
  for (const [index, record] of records(path, text).entries()) {
    const row: ManifestRow = { line: index + 2 };
    for (const [header, value] of Object.entries(record)) {
      const field = fieldOf(header);
      const cell = field && cellText(value, field);
      if (field && cell !== undefined) row[field] = cell;
    }
    if (row.file === undefined) throw new IngestError(`row ${row.line} names no file (a "file" column is required)`);
    if (row.image === undefined && (row.imageAlt ?? row.imageCaption ?? row.imageCredit) !== undefined)
      throw new IngestError(`row ${row.line} describes a photo but names none in the image column`);
    const key = keyOf(dir, row.file);
    if (rows.has(key)) throw new IngestError(`row ${row.line} names ${row.file} again`);
    rows.set(key, row);
    for (const column of ['file', 'image'] as const) {
      const problem = row[column] === undefined ? undefined : pathProblem(dir, realDir, row[column]);
      if (problem) row.problem ??= `manifest row ${row.line}, ${column}: ${problem}; nothing is read for this row`;
    }
    const form = row.date === undefined ? undefined : numericForm(row.date);
    if (form !== undefined) dates.set(form, [...(dates.get(form) ?? []), row.date!]);
  }
  refuseSharedUrls([...rows.values()]);
  const dateOrders = new Map([...dates].map(([form, values]) => [form, numericOrderOf(values)] as const));
  return { rows, dir, dateOrders, warnings };
}

/** The row for a file, by its path relative to the manifest's folder (in either Unicode form). */
export function manifestRow(manifest: Manifest, file: string): ManifestRow | undefined {
  return manifest.rows.get(keyOf(manifest.dir, file));
}

/** A list cell: tags by commas, authors by semicolons (a name may hold a comma). */
export function listCell(value: string | undefined, separator: ',' | ';'): string[] {
  return value === undefined
    ? []
    : value
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
