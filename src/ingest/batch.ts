import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type IngestOptions, ingestText } from './ingest-article.ts';
import { type WriteOutcome, writeArticle } from './write-article.ts';
import { checkLeadImageTarget, writeLeadImage } from './lead-image.ts';

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
    return names.map((name) => ({ name: join(arg, name), path: join(path, name) }));
  });
  return { inputs, batch };
}

export type FileResult =
  | { name: string; ok: true; path: string; outcome: WriteOutcome; warnings: string[] }
  | { name: string; ok: false; problem: string; warnings: string[] };

export interface WriteSettings {
  /** The folder articles are written to. */
  outDir: string;
  /** Replace an existing article with different content. */
  force?: boolean;
  /** How messages show a path (e.g. relative to the caller's folder). */
  show?: (path: string) => string;
}

/** Ingests one file into `outDir`. Never throws: a failure is a result, so a batch goes on. */
export async function ingestFile(
  input: Input,
  options: IngestOptions,
  { outDir, force = false, show = (path) => path }: WriteSettings,
): Promise<FileResult> {
  if ('problem' in input) return { name: input.name, ok: false, problem: input.problem, warnings: [] };
  let warnings: string[] = [];
  try {
    const article = await ingestText(readFileSync(input.path), options);
    warnings = article.warnings;
    const path = join(outDir, `${article.slug}.md`);
    if (options.image) checkLeadImageTarget(options.image, path, { force, shownAs: show });
    const outcome = writeArticle(path, article.file, { force, shownAs: show(path) });
    if (options.image) writeLeadImage(options.image, path);
    return { name: input.name, ok: true, path, outcome, warnings };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { name: input.name, ok: false, problem, warnings };
  }
}

export interface BatchSummary {
  total: number;
  counts: Record<WriteOutcome | 'failed', number>;
}

/** Ingests the inputs one after another, reporting each result as it comes. */
export async function ingestAll(
  inputs: readonly Input[],
  options: IngestOptions,
  settings: WriteSettings,
  onResult: (result: FileResult, index: number) => void,
): Promise<BatchSummary> {
  const summary: BatchSummary = { total: inputs.length, counts: { written: 0, replaced: 0, unchanged: 0, failed: 0 } };
  for (const [index, input] of inputs.entries()) {
    const result = await ingestFile(input, options, settings);
    summary.counts[result.ok ? result.outcome : 'failed']++;
    onResult(result, index);
  }
  return summary;
}
