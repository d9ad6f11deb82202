/**
 * npm run --silent ingest -- <file.txt|folder>... [--manifest FILE] [options]
 *
 * Turns publishers' raw text into article files (docs/ingest.md). stdout: the path of
 * each article file (written or already identical); stderr: warnings, `<file>: <problem>`
 * errors, and in batch mode a line per file, a progress line every few seconds and a
 * summary by reason. Exit 0 when every file made it, 1 when any failed or was in conflict
 * (or the manifest was refused), 2 for a bad command line, 130/143 when stopped by
 * SIGINT/SIGTERM (between two files: nothing half-written).
 */
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EntryRegistry } from '#src/ingest/entry-registry.ts';
import { expandInputs, ingestAll, type FileResult, type Input } from '#src/ingest/batch.ts';
import { IngestError } from '#src/ingest/errors.ts';
import { inThisThread, workerPool } from '#src/ingest/ingest-pool.ts';
import type { IngestOptions } from '#src/ingest/ingest-article.ts';
import { type Manifest, readManifest } from '#src/ingest/manifest.ts';
import { parseDateOption } from '#src/ingest/date-option.ts';
import { loadSiteConfig } from '#src/site.config.ts';

const USAGE = `usage: npm run --silent ingest -- <file.txt|folder>... [--manifest FILE.tsv|.csv|.jsonl] [--title T] [--description D]
  [--date YYYY-MM-DD[THH:MM]] [--default-date YYYY-MM-DD] [--category C] [--tags a,b] [--source-name N] [--source-url URL]
  [--name-variants a,b] [--slug S] [--out DIR] [--force]
  [--image FILE --image-alt A [--image-caption C] [--image-credit C]]
  (with --manifest, the files may be left out: the manifest's are ingested)`;

/** Options that describe one article, meaningless for a batch. */
const PER_ARTICLE = ['title', 'description', 'slug', 'source-url', 'image'] as const;

/** Options that describe the photo given with --image. */
const IMAGE_TEXTS = ['image-alt', 'image-caption', 'image-credit'] as const;

const VERB = { written: 'wrote', updated: 'updated', replaced: 'replaced', unchanged: 'unchanged' } as const;

/** A batch of this many files or more is spread over worker threads... */
const WORKERS_FROM = 64;
/** ...at most this many. */
const MAX_WORKERS = 4;

/** Seconds between two progress lines. */
const PROGRESS_EVERY = 5;

class UsageError extends Error {}
/** A manifest that cannot be used as it is: the input is refused (exit 1), not the command line. */
class RefusedManifest extends Error {}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        date: { type: 'string' },
        'default-date': { type: 'string' },
        manifest: { type: 'string' },
        category: { type: 'string' },
        tags: { type: 'string' },
        'source-name': { type: 'string' },
        'source-url': { type: 'string' },
        'name-variants': { type: 'string' },
        slug: { type: 'string' },
        image: { type: 'string' },
        'image-alt': { type: 'string' },
        'image-caption': { type: 'string' },
        'image-credit': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The manifest named by --manifest (its warnings written out), or a refusal naming its problem. */
function loadManifest(path: string | undefined, callerDir: string): Manifest | undefined {
  if (path === undefined) return undefined;
  let manifest: Manifest;
  try {
    manifest = readManifest(resolve(callerDir, path));
  } catch (error) {
    if (error instanceof IngestError) throw new RefusedManifest(`--manifest ${path}: ${error.message}`);
    throw error;
  }
  for (const warning of manifest.warnings) process.stderr.write(`--manifest ${path}: warning: ${warning}\n`);
  return manifest;
}

/** "about 2 min left" from the rate so far. */
function timeLeft(done: number, total: number, seconds: number): string {
  const left = ((total - done) * seconds) / done;
  return left < 90 ? `about ${Math.ceil(left)} s left` : `about ${Math.round(left / 60)} min left`;
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // npm runs scripts in the package root; paths on the command line are the caller's.
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const manifest = loadManifest(values.manifest, callerDir);
  if (positionals.length === 0 && !manifest)
    throw new UsageError('name a .txt file or a folder of them, or a --manifest');
  if (values['default-date'] !== undefined) {
    try {
      parseDateOption(values['default-date']);
    } catch (error) {
      throw new UsageError(`--default-date: ${(error as Error).message}`);
    }
  }

  const shown = (path: string) => {
    const fromCaller = relative(callerDir, path);
    return fromCaller.startsWith('..') || fromCaller === '' ? path : fromCaller;
  };
  const options: IngestOptions = {
    title: values.title,
    description: values.description,
    date: values.date,
    defaultDate: values['default-date'],
    category: values.category,
    tags: values.tags?.split(','),
    sourceName: values['source-name'],
    sourceUrl: values['source-url'],
    nameVariants: values['name-variants']?.split(','),
    slug: values.slug,
    ...(values.image !== undefined && {
      image: {
        file: values.image,
        path: resolve(callerDir, values.image),
        alt: values['image-alt'],
        caption: values['image-caption'],
        credit: values['image-credit'],
        label: '--image',
      },
    }),
  };
  const outDir =
    values.out === undefined ? resolve(loadSiteConfig().contentDir, 'articles') : resolve(callerDir, values.out);

  const { inputs, batch } =
    positionals.length > 0
      ? expandInputs(positionals, callerDir)
      : {
          inputs: [...manifest!.rows.values()].map((row): Input => ({
            name: shown(resolve(manifest!.dir, row.file!)),
            path: resolve(manifest!.dir, row.file!),
          })),
          batch: true,
        };
  const misplaced = PER_ARTICLE.find((name) => values[name] !== undefined);
  if (batch && misplaced)
    throw new UsageError(`--${misplaced} describes one article; it cannot apply to several files`);
  const imageText = IMAGE_TEXTS.find((name) => values[name] !== undefined);
  if (imageText && values.image === undefined)
    throw new UsageError(`--${imageText} describes the photo given with --image`);

  // Ctrl-C or a kill: finish the file at hand, then stop, so nothing is half-written.
  let signal: NodeJS.Signals | undefined;
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.on(name, () => (signal ??= name));

  const started = performance.now();
  let lastProgress = started;
  const report = (result: FileResult, index: number) => {
    for (const warning of result.warnings) process.stderr.write(`${result.name}: warning: ${warning}\n`);
    const progress = batch ? `[${index + 1}/${inputs.length}] ` : '';
    if (result.ok) {
      process.stdout.write(`${shown(result.path)}\n`);
      if (batch || result.outcome !== 'written') {
        process.stderr.write(`${progress}${result.name}: ${VERB[result.outcome]} ${shown(result.path)}\n`);
      }
    } else {
      process.stderr.write(`${progress}${result.name}: ${result.problem}\n`);
    }
    const now = performance.now();
    if (batch && now - lastProgress >= PROGRESS_EVERY * 1000) {
      lastProgress = now;
      const seconds = (now - started) / 1000;
      process.stderr.write(
        `ingest: ${index + 1}/${inputs.length} files, ${Math.round((index + 1) / seconds)} a second, ${timeLeft(index + 1, inputs.length, seconds)}\n`,
      );
    }
  };
  const registry = new EntryRegistry(outDir);
  // Workers pay off on a big batch; a few files go faster without starting them.
  const workers = inputs.length >= WORKERS_FROM ? Math.min(MAX_WORKERS, availableParallelism()) : 1;
  const { total, done, counts, reasons } = await ingestAll(
    inputs,
    options,
    {
      registry,
      force: values.force,
      manifest,
      show: shown,
      durable: !batch,
      workers,
      ingester: workers > 1 ? workerPool(workers) : inThisThread,
    },
    report,
    () => signal !== undefined,
  );
  if (batch) {
    for (const [reason, count] of reasons) process.stderr.write(`ingest: failed ${count}: ${reason}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `ingest: ${total} file${total === 1 ? '' : 's'}${done < total ? ` (stopped by ${signal} after ${done})` : ''}: ` +
        `${counts.written} written, ${counts.updated} updated, ${counts.replaced} replaced, ` +
        `${counts.unchanged} unchanged, ${counts.failed} failed in ${seconds} s\n`,
    );
  }
  if (signal) return signal === 'SIGINT' ? 130 : 143;
  return counts.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof RefusedManifest) {
    process.stderr.write(`ingest: ${error.message}\n`);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    process.stderr.write(`ingest: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
