/**
 * npm run --silent ingest -- <file.txt|folder>... [options]
 *
 * Turns publishers' raw text into article files. stdout: the path of each article
 * file (written or already identical); stderr: warnings, `<file>: <problem>` errors,
 * and in batch mode a progress line per file and a summary. Exit 0 when every file
 * made it, 1 when any failed, 2 for a bad command line.
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs, ingestAll, type FileResult } from '../src/ingest/batch.ts';
import type { IngestOptions } from '../src/ingest/ingest-article.ts';
import { IngestError } from '../src/ingest/errors.ts';
import { readLeadImage } from '../src/ingest/lead-image.ts';
import { loadSiteConfig } from '../src/site.config.ts';

const USAGE = `usage: npm run --silent ingest -- <file.txt|folder>... [--title T] [--description D] [--date YYYY-MM-DD[THH:MM]]
  [--category C] [--tags a,b] [--source-name N] [--source-url URL] [--name-variants a,b] [--slug S] [--out DIR] [--force]
  [--image FILE --image-alt A [--image-caption C] [--image-credit C]]`;

/** Options that describe one article, meaningless for a batch. */
const PER_ARTICLE = ['title', 'description', 'slug', 'source-url', 'image'] as const;

const VERB = { written: 'wrote', replaced: 'replaced', unchanged: 'unchanged' } as const;

class UsageError extends Error {}

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        date: { type: 'string' },
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

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('name a .txt file or a folder of them');

  // npm runs scripts in the package root; paths on the command line are the caller's.
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const shown = (path: string) => {
    const fromCaller = relative(callerDir, path);
    return fromCaller.startsWith('..') || fromCaller === '' ? path : fromCaller;
  };
  const options: IngestOptions = {
    title: values.title,
    description: values.description,
    date: values.date,
    category: values.category,
    tags: values.tags?.split(','),
    sourceName: values['source-name'],
    sourceUrl: values['source-url'],
    nameVariants: values['name-variants']?.split(','),
    slug: values.slug,
  };
  const outDir =
    values.out === undefined ? resolve(loadSiteConfig().contentDir, 'articles') : resolve(callerDir, values.out);

  const { inputs, batch } = expandInputs(positionals, callerDir);
  const misplaced = PER_ARTICLE.find((name) => values[name] !== undefined);
  if (batch && misplaced) throw new UsageError(`--${misplaced} describes one article; it cannot apply to several files`);

  const imageText = (['image-alt', 'image-caption', 'image-credit'] as const).find((name) => values[name] !== undefined);
  if (imageText && values.image === undefined) throw new UsageError(`--${imageText} describes the photo given with --image`);
  if (values.image !== undefined) {
    const image = { file: values.image, alt: values['image-alt'], caption: values['image-caption'], credit: values['image-credit'] };
    try {
      options.image = await readLeadImage(image, resolve(callerDir, values.image));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      process.stderr.write(`ingest: ${error.message}\n`);
      return 1;
    }
  }

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
  };
  const { total, counts } = await ingestAll(inputs, options, { outDir, force: values.force, show: shown }, report);
  if (batch) {
    process.stderr.write(
      `ingest: ${total} file${total === 1 ? '' : 's'}: ${counts.written} written, ${counts.replaced} replaced, ` +
        `${counts.unchanged} unchanged, ${counts.failed} failed\n`,
    );
  }
  return counts.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`ingest: ${error.message}\n${USAGE}\n`);
  process.exitCode = 2;
}
