import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '#tests/support/build-site.ts';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';

describe('control characters in options (issue 10, case 4)', () => {
  it.each([
    ['--title', 'Judul\u0001Aneh', '--title has a control character (U+0001), which no page can show'],
    [
      '--description',
      'Ringkasan \u001b[31m merah',
      '--description has a control character (U+001B), which no page can show',
    ],
    ['--category', 'Nas\u0085ional', '--category has a control character (U+0085), which no page can show'],
  ])('refuses %s holding one, naming the option, and writes nothing', (option, value, message) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
    const run = runIngest(['berita.txt', '--date', '2024-11-04', option, value, '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`berita.txt: ${message}\n`);
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });

  it('refuses one in a manifest cell, naming the row and column', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
    writeFileSync(join(dir, 'm.tsv'), 'file\ttitle\nberita.txt\tJudul\u0007Berbunyi\n');
    const run = runIngest(['berita.txt', '--manifest', 'm.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'berita.txt: manifest row 2, title has a control character (U+0007), which no page can show\n',
    );
  });
});

/** Runs the ingest command on `args`, sends `signal` once `afterLines` paths are printed, and waits for its end. */
function interrupted(
  args: string[],
  cwd: string,
  signal: NodeJS.Signals,
  afterLines: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--experimental-strip-types', join(repoRoot, 'scripts/ingest.ts'), ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, INIT_CWD: cwd, WARTA_CONTENT_DIR: tempDir('warta-content-') },
      },
    );
    let lines = 0;
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').length - 1;
      if (!sent && lines >= afterLines) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a batch stopped by Ctrl-C or kill (issue 10, case 10)', () => {
  // Enough files for the worker threads, each written as a whole file or not at all.
  const FILES = 150;
  function inbox(): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'kiriman'));
    for (let n = 0; n < FILES; n++) {
      writeFileSync(
        join(dir, 'kiriman', `${String(n).padStart(3, '0')}.txt`),
        `Warta.example - Berita nomor ${n} dikirim.\n"Siap," katanya, Senin (4/11/2024).\n`,
      );
    }
    return dir;
  }

  it.each([
    ['SIGINT', 1, 130],
    ['SIGINT', 40, 130],
    ['SIGTERM', 10, 143],
  ] as const)(
    'on %s after %i files: stops between files, says so, leaves no temp file',
    async (signal, after, exitCode) => {
      const dir = inbox();
      const { code, stderr } = await interrupted(['kiriman', '--out', 'out', '--category', 'Uji'], dir, signal, after);
      expect(code, stderr.slice(-500)).toBe(exitCode);
      expect(stderr).toMatch(new RegExp(`ingest: ${FILES} files \\(stopped by ${signal} after \\d+\\)`));
      const names = readdirSync(join(dir, 'out'));
      expect(names.filter((name) => name.startsWith('.') || !name.endsWith('.md'))).toEqual([]);
      expect(names.length).toBeGreaterThanOrEqual(after);
      expect(names.length).toBeLessThan(FILES);
      for (const name of names)
        expect(readFileSync(join(dir, 'out', name), 'utf8')).toMatch(
          /^---\n[\s\S]*\n---\n\nWarta\.example - Berita nomor \d+ dikirim\.\n\n"Siap," katanya, Senin \(4\/11\/2024\)\.\n$/,
        );
    },
    120_000,
  );
});
