import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, runIngest, tempDir } from '#tests/support/ingest.ts';

describe('labels in two Unicode forms or with invisible characters (issue 26)', () => {
  it('are written in NFC without soft hyphens or zero-width characters, so no label is split in two', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
    writeFileSync(
      join(dir, 'm.tsv'),
      // A soft hyphen in the category; "Kópi" decomposed (NFD) and composed; a zero-width space in a tag.
      'file\tcategory\ttags\tpublisher\n' +
        'berita.txt\tEko\u00ADnomi\tKo\u0301pi, K\u00F3pi, Pa\u200Bsar\u200D\tWar\u2060ta\n',
    );
    const run = runIngest(['berita.txt', '--manifest', 'm.tsv', '--out', 'out', '--date', '2024-11-04'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const file = readFileSync(join(dir, 'out', 'paragraf-pertama-berita-uji.md'), 'utf8');
    expect(file).toContain('category: "Ekonomi"\ntags:\n  - "K\u00F3pi"\n  - "Pasar"\n');
    expect(file).toContain('source:\n  name: "Warta"\n');
  });
});
