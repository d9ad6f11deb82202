import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/build-site.ts';
import { runIngest, tempDir } from '#tests/support/ingest.ts';
import { seedMarkdown, seedSlug } from '#tests/support/seed.ts';

/** The words of a shell command line: whitespace splits, double quotes group, `\` continues a line. */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quoted = false;
  for (const char of command.replace(/\\\n/g, ' ')) {
    if (char === '"') {
      quoted = !quoted;
      word ??= '';
    } else if (/\s/.test(char) && !quoted) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The seed's ingest command, exactly as docs/ingest.md documents it. */
function documentedSeedCommand(): string[] {
  const readme = readFileSync(join(repoRoot, 'docs', 'ingest.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const seedBlocks = blocks.filter((block) => block.includes('ingest -- content/sources/000_872a19423decc652.txt'));
  expect(seedBlocks).toHaveLength(1);
  const words = shellWords(seedBlocks[0]!.trim());
  expect(words.slice(0, 5)).toEqual(['npm', 'run', '--silent', 'ingest', '--']);
  return words.slice(5);
}

describe('the golden seed', () => {
  it('reads the documented command as a shell would', () => {
    expect(shellWords('a --t "x y" --tags A,"B C" \\\n  --e ""')).toEqual([
      'a',
      '--t',
      'x y',
      '--tags',
      'A,B C',
      '--e',
      '',
    ]);
  });

  it('is byte for byte what the documented command writes from the seed text', () => {
    const out = tempDir();
    const args = documentedSeedCommand();
    expect(args).not.toContain('--out');
    expect(args).not.toContain('--force');
    const run = runIngest([...args, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(basename(run.stdout.trim())).toBe(`${seedSlug}.md`);
    expect(readFileSync(join(out, `${seedSlug}.md`), 'utf8')).toBe(seedMarkdown);
    // The publisher's slip is reported, not corrected: 8 November 2024 was a Friday.
    expect(run.stderr).toContain('"Kamis (8/11/2024)" says Kamis, but 8 November 2024 was a Jumat');
  });
});
