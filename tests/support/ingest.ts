import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './build-site.ts';

/** Lines that would mean something in Markdown (CommonMark, GFM or raw HTML) if written unescaped. */
export const MARKDOWN_SPECIAL_LINES = [
  '1. Baris yang diawali angka dan titik.',
  '2024) Angka dan kurung tutup.',
  '# Bukan judul.',
  '- Bukan butir daftar.',
  '+ Juga bukan butir daftar.',
  '* Bintang di depan.',
  '> Bukan kutipan blok.',
  '---',
  '===',
  '***',
  '```',
  '`Backtick` dan ``dua backtick`` tetap teks.',
  '<b>Tag HTML</b> dan <script>alert(1)</script> tampil sebagai teks.',
  '<!-- bukan komentar -->',
  '| kolom | kolom |',
  '|---|---|',
  '*Bintang* dan **dua bintang** bukan penekanan, 2*3*4.',
  '_Garis bawah_ dan __dua__ bukan penekanan, snake_case_word.',
  '[Tautan](https://example.com) dan ![gambar](x.png) bukan tautan.',
  '[^1]: bukan catatan kaki.',
  '[a]: https://example.com',
  'Garis miring terbalik \\* \\_ \\\\ dan C:\\Users tetap, juga di akhir \\',
  '~~Coret~~ dan ~satu~ tetap.',
  '&amp; &copy; &#65; & tetap apa adanya.',
  '- [ ] bukan tugas.',
  '{kurung} $x$ :smile:',
];

/** A short valid raw article: a dateline naming the publisher, a dated quote, two paragraphs. */
export const SIMPLE_RAW = 'Warta.example - Paragraf pertama berita uji.\n"Kami siap," katanya, Senin (4/11/2024).\n';

/** A fresh temp folder. */
export function tempDir(prefix = 'warta-ingest-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The files in a folder, sorted; [] when it does not exist. */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

export interface IngestRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command, `node scripts/ingest.ts <args>`, as `npm run ingest` would
 * from `cwd` (npm passes the caller's folder as INIT_CWD). The default content folder
 * is a fresh temp one unless `env` says otherwise, so a test can never write into content/.
 */
export function runIngest(
  args: string[],
  { cwd = repoRoot, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): IngestRun {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', join(repoRoot, 'scripts/ingest.ts'), ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        INIT_CWD: cwd,
        WARTA_CONTENT_DIR: tempDir('warta-content-'),
        ...env,
      },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
