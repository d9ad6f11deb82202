import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '../support/ingest.ts';
import { testPhoto } from '../support/photo.ts';

const OPTIONS = ['--title', 'Banjir di Pinggiran Kota', '--category', 'Nasional', '--source-name', 'Warta Uji'];
const ALT = 'Rumah warga terendam air setinggi pinggang';
/** A real image in a format the site does not take. */
const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer();

/** A folder with the raw article, the given extra files, and an output folder next to them. */
function setup(files: Record<string, string | Uint8Array> = {}) {
  const dir = tempDir();
  writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(dir, 'out') };
}

describe('ingest --image', () => {
  it('copies the photo beside the article and writes its alt, caption and credit into the frontmatter', async () => {
    const photo = await testPhoto({ width: 320, height: 200 });
    const { dir, out } = setup({ 'foto.jpg': photo });
    const run = runIngest(
      ['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.jpg', '--image-alt', ALT, '--image-caption', 'Banjir, Minggu  (12/1/2025).', '--image-credit', 'ANTARA/Budi'],
      { cwd: dir },
    );
    // Warnings only, about the guessed date and description: none about the photo.
    expect(run.stderr.split('\n').filter((line) => line && !line.includes(': warning: no --'))).toEqual([]);
    expect(run.status).toBe(0);
    expect(filesIn(out)).toEqual(['banjir-di-pinggiran-kota.jpg', 'banjir-di-pinggiran-kota.md']);
    expect(readFileSync(join(out, 'banjir-di-pinggiran-kota.jpg')).equals(photo)).toBe(true);
    const { frontmatter } = parseFrontmatter(readFileSync(join(out, 'banjir-di-pinggiran-kota.md'), 'utf8'));
    expect(frontmatter.image).toEqual({ src: './banjir-di-pinggiran-kota.jpg', alt: ALT, caption: 'Banjir, Minggu (12/1/2025).', credit: 'ANTARA/Budi' });
  });

  it('names the copy by what the file is, not by its name: a PNG called .jpg becomes .png', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
    const { dir, out } = setup({ 'foto.jpg': png });
    const run = runIngest(['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.jpg', '--image-alt', ALT], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(filesIn(out)).toEqual(['banjir-di-pinggiran-kota.md', 'banjir-di-pinggiran-kota.png']);
    expect(readFileSync(join(out, 'banjir-di-pinggiran-kota.md'), 'utf8')).toContain('src: "./banjir-di-pinggiran-kota.png"');
  });

  it.each([
    ['a text file named .jpg', { 'foto.jpg': 'bukan gambar\n' }, ['--image', 'foto.jpg', '--image-alt', ALT], /--image foto\.jpg: not an image/],
    ['a GIF', { 'foto.gif': gif }, ['--image', 'foto.gif', '--image-alt', ALT], /a gif image; use JPEG, PNG, WebP or AVIF/],
    ['a missing file', {}, ['--image', 'hilang.jpg', '--image-alt', ALT], /--image hilang\.jpg: no such file/],
    ['no alt text', { 'foto.jpg': 'x' }, ['--image', 'foto.jpg'], /needs --image-alt/],
    ['blank alt text', { 'foto.jpg': 'x' }, ['--image', 'foto.jpg', '--image-alt', '  '], /needs --image-alt/],
  ])('refuses %s with a message, and writes nothing', (_name, files, args, message) => {
    const { dir, out } = setup(files);
    const run = runIngest(['berita.txt', ...OPTIONS, '--out', 'out', ...args], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(filesIn(out)).toEqual([]);
  });

  it('takes the photo texts only with --image, and --image only for one article', async () => {
    const { dir } = setup({ 'foto.jpg': await testPhoto({ width: 32, height: 24 }), 'dua.txt': SIMPLE_RAW });
    const alone = runIngest(['berita.txt', ...OPTIONS, '--image-caption', 'Keterangan'], { cwd: dir });
    expect([alone.status, alone.stderr]).toEqual([2, expect.stringContaining('--image-caption describes the photo given with --image')]);
    const batch = runIngest(['berita.txt', 'dua.txt', '--image', 'foto.jpg', '--image-alt', ALT], { cwd: dir });
    expect([batch.status, batch.stderr]).toEqual([2, expect.stringContaining('--image describes one article')]);
  });

  it('leaves a different photo already there alone without --force, and writes no article either', async () => {
    const { dir, out } = setup({ 'foto.jpg': await testPhoto({ width: 32, height: 24 }) });
    const args = ['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.jpg', '--image-alt', ALT];
    const other = await testPhoto({ width: 48, height: 32 });
    // The photo's target exists with other bytes; the article does not exist yet.
    mkdirSync(out);
    writeFileSync(join(out, 'banjir-di-pinggiran-kota.jpg'), other);
    const run = runIngest(args, { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/banjir-di-pinggiran-kota\.jpg already exists with a different image; pass --force/);
    expect(filesIn(out)).toEqual(['banjir-di-pinggiran-kota.jpg']);
    const forced = runIngest([...args, '--force'], { cwd: dir });
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(join(out, 'banjir-di-pinggiran-kota.jpg')).equals(readFileSync(join(dir, 'foto.jpg')))).toBe(true);
  });
});
