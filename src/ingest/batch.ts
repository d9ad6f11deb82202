import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EntryRegistry, type Placement } from './entry-registry.ts';
import { IngestError } from './errors.ts';
import type { IngestOptions } from './ingest-article.ts';
import { type Ingester, inThisThread } from './ingest-pool.ts';
import { type Manifest, listCell, manifestRow } from './manifest.ts';
import { numericForm } from './publisher-date.ts';
import { writeArticle } from './write-article.ts';

/** One input: a file to ingest, or a path that could not be read as one. */
export type Input = { name: string; path: string } | { name: string; problem: string };

export interface ExpandedInputs {
  inputs: Input[];
  /** More than one file may come out: a folder, or several paths. */
  batch: boolean;
}

/**
 * The files named on the command line: a file as given, a folder as its `.txt` files
 * (not hidden ones, not sub-folders), sorted by name. `name` is what messages call it.
 */
export function expandInputs(args: readonly string[], cwd: string): ExpandedInputs {
  let batch = args.length > 1;
  const inputs = args.flatMap((arg): Input[] => {
    const path = resolve(cwd, arg);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return [{ name: arg, problem: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code})` }];
    }
    if (!isFolder) return [{ name: arg, path }];
    batch = true;
    const names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) return [{ name: arg, problem: 'the folder has no .txt files' }];
    const spellings = new Map<string, number>();
    for (const name of names) spellings.set(name.normalize('NFC'), (spellings.get(name.normalize('NFC')) ?? 0) + 1);
    return names.map((name) =>
      spellings.get(name.normalize('NFC'))! > 1
        ? {
            name: join(arg, name),
            problem: `another file in the folder has this name in another Unicode form (NFC and NFD); keep one`,
          }
        : { name: join(arg, name), path: join(path, name) },
    );
  });
  return { inputs, batch };
}

export type FileResult =
  | { name: string; ok: true; path: string; outcome: Placement; warnings: string[] }
  | { name: string; ok: false; problem: string; reason: string; warnings: string[] };

export interface WriteSettings {
  /** The articles already written, where new ones go. */
  registry: EntryRegistry;
  /** Flush each file to disk before it appears (see writeArticle). */
  durable?: boolean;
  /**
   * Overwrite an entry edited since the ingest wrote it, and let a different article at
   * a taken slug replace it (instead of taking the next free slug).
   */
  force?: boolean;
  /** Per-file metadata, if a manifest was given. */
  manifest?: Manifest;
  /** How messages show a path (e.g. relative to the caller's folder). */
  show?: (path: string) => string;
}

/** The options for one file: the command line's, with its manifest row's values over them. */
export function optionsFor(path: string, options: IngestOptions, manifest: Manifest | undefined): IngestOptions {
  const row = manifest && manifestRow(manifest, path);
  if (!row) return options;
  const label = (column: string) => `manifest row ${row.line}, ${column}`;
  return {
    ...options,
    ...(row.title !== undefined && { title: row.title }),
    ...(row.description !== undefined && { description: row.description }),
    ...(row.date !== undefined && {
      publisherDate: { text: row.date, order: manifest.dateOrders.get(numericForm(row.date) ?? '') },
    }),
    ...(row.url !== undefined && { sourceUrl: row.url }),
    ...(row.publisher !== undefined && { sourceName: row.publisher }),
    ...(row.category !== undefined && { category: row.category }),
    ...(row.tags !== undefined && { tags: listCell(row.tags, ',') }),
    ...(row.authors !== undefined && { authors: listCell(row.authors, ';') }),
    ...(row.editor !== undefined && { editor: row.editor }),
    ...(row.image !== undefined && {
      image: {
        file: row.image,
        path: resolve(manifest.dir, row.image),
        alt: row.imageAlt,
        caption: row.imageCaption,
        credit: row.imageCredit,
        label: label('image'),
      },
    }),
    labels: {
      title: label('title'),
      description: label('description'),
      date: label('date'),
      sourceUrl: label('url'),
      sourceName: label('publisher'),
      category: label('category'),
      tags: label('tags'),
      authors: label('authors'),
      editor: label('editor'),
    },
  };
}

/** What a refusal is about, for the summary: the message without its particulars (quotes, numbers). */
function reasonOf(problem: string): string {
  return problem
    .replace(/"(?:[^"\\]|\\.)*"/gu, '"…"')
    .replace(/U\+[0-9A-F]{4}/gu, 'U+XXXX')
    .replace(/\d+/gu, 'N')
    .replace(/^manifest row N, /u, 'manifest ')
    .slice(0, 100);
}

/** What became of one input before it is placed: its article, or why there is none. */
type Prepared = { input: Input } & ({ problem: string } | Awaited<ReturnType<Ingester['ingest']>>);

/** Ingests one input through `ingester`; an input that could not be read stays a problem. */
async function prepare(
  input: Input,
  options: IngestOptions,
  manifest: Manifest | undefined,
  ingester: Ingester,
): Promise<Prepared> {
  if ('problem' in input) return { input, problem: input.problem };
  const problem = manifest && manifestRow(manifest, input.path)?.problem;
  if (problem) return { input, problem };
  return {
    input,
    ...(await ingester.ingest({ path: input.path, options: optionsFor(input.path, options, manifest) })),
  };
}

/** Places an ingested article among the existing entries and writes it. Never throws for the file's own problems. */
function place(
  prepared: Prepared,
  { registry, force = false, durable = true, show = (path) => path }: WriteSettings,
): FileResult {
  const name = prepared.input.name;
  if ('problem' in prepared)
    return { name, ok: false, problem: prepared.problem, reason: reasonOf(prepared.problem), warnings: [] };
  const { article } = prepared;
  try {
    const { slug, file, outcome, photo, stalePhoto, warnings } = registry.place(article, { force, show, by: name });
    const path = join(registry.dir, `${slug}.md`);
    const photoPath = photo && join(registry.dir, photo.name);
    if (outcome !== 'unchanged')
      writeArticle(path, file, {
        replace: outcome !== 'written',
        durable,
        shownAs: show(path),
        ...(photo && photoPath
          ? {
              photo: {
                path: photoPath,
                bytes: photo.bytes,
                replace: force || outcome !== 'written',
                shownAs: show(photoPath),
              },
            }
          : {}),
        ...(stalePhoto === undefined ? {} : { stalePhoto: join(registry.dir, stalePhoto) }),
      });
    return { name, ok: true, path, outcome, warnings: [...article.warnings, ...warnings] };
  } catch (error) {
    if (!(error instanceof IngestError) && (error as NodeJS.ErrnoException).code === undefined) throw error;
    const problem = (error as Error).message;
    return { name, ok: false, problem, reason: reasonOf(problem), warnings: article.warnings };
  }
}

export interface BatchSummary {
  total: number;
  /** How many were done before a stop was asked for. */
  done: number;
  counts: Record<Placement | 'failed', number>;
  /** Failures by reason, most frequent first. */
  reasons: [string, number][];
}

/** How many files may be in the ingester's hands at once, per worker: enough to keep each busy. */
const IN_FLIGHT = 8;

/**
 * Ingests the inputs, through `ingester` (several at once if it has workers), and places
 * and writes them one after another in input order, reporting each result as it comes.
 * Between two files it checks `stopped()`: a stop (Ctrl-C) ends the batch there, never
 * mid-write. The ingester is closed at the end.
 */
export async function ingestAll(
  inputs: readonly Input[],
  options: IngestOptions,
  settings: WriteSettings & { ingester?: Ingester; workers?: number },
  onResult: (result: FileResult, index: number) => void,
  stopped: () => boolean = () => false,
): Promise<BatchSummary> {
  const { ingester = inThisThread, workers = 1 } = settings;
  const counts: BatchSummary['counts'] = { written: 0, updated: 0, replaced: 0, unchanged: 0, failed: 0 };
  const reasons = new Map<string, number>();
  const pending: Promise<Prepared>[] = [];
  let started = 0;
  let done = 0;
  try {
    while (done < inputs.length && !stopped()) {
      while (started < inputs.length && pending.length < IN_FLIGHT * workers) {
        pending.push(prepare(inputs[started++]!, options, settings.manifest, ingester));
      }
      const result = place(await pending.shift()!, settings);
      counts[result.ok ? result.outcome : 'failed']++;
      if (!result.ok) reasons.set(result.reason, (reasons.get(result.reason) ?? 0) + 1);
      onResult(result, done++);
      // Let a signal's handler run between files.
      await new Promise((resolveTurn) => setImmediate(resolveTurn));
    }
  } finally {
    await ingester.close();
  }
  return { total: inputs.length, done, counts, reasons: [...reasons].sort((a, b) => b[1] - a[1]) };
}
