import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, runIngest, tempDir } from '#tests/support/ingest.ts';
import { testPhoto } from '#tests/support/photo.ts';

const OPTIONS = ['--title', 'Banjir di Kota', '--source-name', 'Warta', '--source-url', 'https://warta.example/banjir'];

describe('a lead photo replaced by hand since the ingest wrote it (issue 26)', () => {
  it('is an edit: the article sent again changed is a conflict, and the photo stays', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
    writeFileSync(join(dir, 'foto.jpg'), await testPhoto({ width: 64, height: 40 }));
    const photoArgs = ['--image', 'foto.jpg', '--image-alt', 'Air setinggi lutut'];
    const first = runIngest(['berita.txt', ...OPTIONS, ...photoArgs, '--out', 'out'], { cwd: dir });
    expect(first.status, first.stderr).toBe(0);

    // An editor swaps the photo (a face to blur, say) under the same name.
    const swapped = await testPhoto({ width: 48, height: 30 });
    writeFileSync(join(dir, 'out', 'banjir-di-kota.jpg'), swapped);
    const entry = readFileSync(join(dir, 'out', 'banjir-di-kota.md'), 'utf8');

    const again = runIngest(['berita.txt', ...OPTIONS, '--description', 'Ringkasan baru.', '--out', 'out'], {
      cwd: dir,
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'berita.txt: conflict: out/banjir-di-kota.md was edited since the ingest wrote it (its ingestDigest no longer matches); not overwritten: pass --force to replace the edits\n',
    );
    expect(readFileSync(join(dir, 'out', 'banjir-di-kota.jpg')).equals(swapped)).toBe(true);
    expect(readFileSync(join(dir, 'out', 'banjir-di-kota.md'), 'utf8')).toBe(entry);
  }, 600_000);
});
