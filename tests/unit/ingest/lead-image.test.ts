import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SIMPLE_RAW, filesIn, runIngest, tempDir } from '#tests/support/ingest.ts';
import { testPhoto } from '#tests/support/photo.ts';

const OPTIONS = ['--title', 'Banjir di Pinggiran Kota', '--category', 'Nasional', '--source-name', 'Warta Uji'];
const SLUG = 'banjir-di-pinggiran-kota';
const ALT = 'Rumah warga terendam air setinggi pinggang';
/** A real image in a format the site does not take. */
const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
  .gif()
  .toBuffer();

/** A folder with the raw article and the given extra files; the output folder `out` goes next to them. */
function setup(files: Record<string, string | Uint8Array> = {}) {
  const dir = tempDir();
  writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, out: join(dir, 'out') };
}

const frontmatterOf = (path: string) => parseFrontmatter(readFileSync(path, 'utf8')).frontmatter;
/** Lines of stderr other than the warnings about guessed fields. */
const problems = (stderr: string) => stderr.split('\n').filter((line) => line && !line.includes(': warning: '));

describe('ingest --image', () => {
  it('copies the photo beside the article and writes its alt, caption and credit into the frontmatter', async () => {
    const photo = await testPhoto({ width: 320, height: 200 });
    const { dir, out } = setup({ 'foto.jpg': photo });
    const run = runIngest(
      [
        'berita.txt',
        ...OPTIONS,
        '--out',
        'out',
        '--image',
        'foto.jpg',
        '--image-alt',
        ALT,
        '--image-caption',
        'Banjir, Minggu  (12/1/2025).',
        '--image-credit',
        'ANTARA/Budi',
      ],
      { cwd: dir },
    );
    expect(problems(run.stderr)).toEqual([]);
    expect(run.status).toBe(0);
    expect(filesIn(out)).toEqual([`${SLUG}.jpg`, `${SLUG}.md`]);
    expect(readFileSync(join(out, `${SLUG}.jpg`)).equals(photo)).toBe(true);
    // The caption's double space is one: a caption is one line of text.
    expect(frontmatterOf(join(out, `${SLUG}.md`)).image).toEqual({
      src: `./${SLUG}.jpg`,
      alt: ALT,
      caption: 'Banjir, Minggu (12/1/2025).',
      credit: 'ANTARA/Budi',
    });
  });

  it('names the copy by what the file is, not by its name: a PNG called .jpg becomes .png', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const { dir, out } = setup({ 'foto.jpg': png });
    const run = runIngest(['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.jpg', '--image-alt', ALT], {
      cwd: dir,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(filesIn(out)).toEqual([`${SLUG}.md`, `${SLUG}.png`]);
    expect(frontmatterOf(join(out, `${SLUG}.md`)).image).toEqual({ src: `./${SLUG}.png`, alt: ALT });
  });

  it('takes an AVIF (a HEIF file holding AV1) as .avif', async () => {
    const avif = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .avif()
      .toBuffer();
    const { dir, out } = setup({ 'foto.heif': avif });
    const run = runIngest(['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.heif', '--image-alt', ALT], {
      cwd: dir,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(filesIn(out)).toEqual([`${SLUG}.avif`, `${SLUG}.md`]);
  });

  it.each([
    [
      'a text file named .jpg',
      { 'foto.jpg': 'bukan gambar\n' },
      ['--image', 'foto.jpg', '--image-alt', ALT],
      'berita.txt: --image foto.jpg: not an image (it cannot be decoded as JPEG, PNG, WebP or AVIF)',
    ],
    [
      'a GIF',
      { 'foto.gif': gif },
      ['--image', 'foto.gif', '--image-alt', ALT],
      'berita.txt: --image foto.gif: a gif image; use JPEG, PNG, WebP or AVIF',
    ],
    [
      'a missing file',
      {},
      ['--image', 'hilang.jpg', '--image-alt', ALT],
      'berita.txt: --image hilang.jpg: no such file',
    ],
    [
      'no alt text',
      { 'foto.jpg': 'x' },
      ['--image', 'foto.jpg'],
      'berita.txt: --image foto.jpg needs --image-alt: say what the photo shows, for readers who cannot see it',
    ],
    [
      'blank alt text',
      { 'foto.jpg': 'x' },
      ['--image', 'foto.jpg', '--image-alt', '  '],
      'berita.txt: --image foto.jpg needs --image-alt: say what the photo shows, for readers who cannot see it',
    ],
  ])('refuses %s in one line naming the file, and writes nothing', (_name, files, args, message) => {
    const { dir, out } = setup(files);
    const run = runIngest(['berita.txt', ...OPTIONS, '--out', 'out', ...args], { cwd: dir });
    expect(run.status).toBe(1);
    expect(problems(run.stderr)).toEqual([message]);
    expect(filesIn(out)).toEqual([]);
  });

  it('takes the photo texts only with --image, and --image only for one article', async () => {
    const { dir } = setup({ 'foto.jpg': await testPhoto({ width: 32, height: 24 }), 'dua.txt': SIMPLE_RAW });
    const alone = runIngest(['berita.txt', ...OPTIONS, '--image-caption', 'Keterangan'], { cwd: dir });
    expect([alone.status, alone.stderr]).toEqual([
      2,
      expect.stringContaining('--image-caption describes the photo given with --image'),
    ]);
    const batch = runIngest(['berita.txt', 'dua.txt', '--image', 'foto.jpg', '--image-alt', ALT], { cwd: dir });
    expect([batch.status, batch.stderr]).toEqual([2, expect.stringContaining('--image describes one article')]);
  });

  it('leaves a different photo already at its name alone without --force, and writes no article either', async () => {
    const { dir, out } = setup({ 'foto.jpg': await testPhoto({ width: 32, height: 24 }) });
    const args = ['berita.txt', ...OPTIONS, '--out', 'out', '--image', 'foto.jpg', '--image-alt', ALT];
    const other = await testPhoto({ width: 48, height: 32 });
    // The photo's name is taken by another file; no article is there yet.
    mkdirSync(out);
    writeFileSync(join(out, `${SLUG}.jpg`), other);
    const run = runIngest(args, { cwd: dir });
    expect(run.status).toBe(1);
    expect(problems(run.stderr)).toEqual([
      `berita.txt: out/${SLUG}.jpg already exists with a different image; pass --force to replace it`,
    ]);
    expect(filesIn(out)).toEqual([`${SLUG}.jpg`]);
    expect(readFileSync(join(out, `${SLUG}.jpg`)).equals(other)).toBe(true);
    const forced = runIngest([...args, '--force'], { cwd: dir });
    expect(forced.status, forced.stderr).toBe(0);
    expect(filesIn(out)).toEqual([`${SLUG}.jpg`, `${SLUG}.md`]);
    expect(readFileSync(join(out, `${SLUG}.jpg`)).equals(readFileSync(join(dir, 'foto.jpg')))).toBe(true);
  });

  it('updates the entry and its photo when the article is sent again with another photo, and keeps the photo when sent without one', async () => {
    const first = await testPhoto({ width: 64, height: 40 });
    const second = await sharp(await testPhoto({ width: 80, height: 50 }))
      .png()
      .toBuffer();
    const { dir, out } = setup({ 'satu.jpg': first, 'dua.png': second });
    const ingest = (...args: string[]) => runIngest(['berita.txt', ...OPTIONS, '--out', 'out', ...args], { cwd: dir });

    expect(ingest('--image', 'satu.jpg', '--image-alt', ALT).status).toBe(0);
    const again = ingest('--image', 'satu.jpg', '--image-alt', ALT);
    expect(problems(again.stderr)).toEqual([`berita.txt: unchanged out/${SLUG}.md`]);

    const changed = ingest('--image', 'dua.png', '--image-alt', ALT, '--image-credit', 'Warta/Fotografer');
    expect(problems(changed.stderr)).toEqual([`berita.txt: updated out/${SLUG}.md`]);
    // The JPEG the entry no longer names is gone; the PNG took its place.
    expect(filesIn(out)).toEqual([`${SLUG}.md`, `${SLUG}.png`]);
    expect(readFileSync(join(out, `${SLUG}.png`)).equals(second)).toBe(true);
    const updated = frontmatterOf(join(out, `${SLUG}.md`));
    expect(updated.image).toEqual({ src: `./${SLUG}.png`, alt: ALT, credit: 'Warta/Fotografer' });
    expect(updated.updatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);

    // Same name, other bytes: the photo alone changed, and the entry says it was updated.
    writeFileSync(join(dir, 'dua.png'), await sharp(first).png().toBuffer());
    const bytesOnly = ingest('--image', 'dua.png', '--image-alt', ALT, '--image-credit', 'Warta/Fotografer');
    expect(problems(bytesOnly.stderr)).toEqual([`berita.txt: updated out/${SLUG}.md`]);
    expect(readFileSync(join(out, `${SLUG}.png`)).equals(readFileSync(join(dir, 'dua.png')))).toBe(true);

    const without = ingest();
    expect(problems(without.stderr)).toEqual([`berita.txt: unchanged out/${SLUG}.md`]);
    expect(frontmatterOf(join(out, `${SLUG}.md`)).image).toEqual(updated.image);
  });
});

describe('a manifest with image columns', () => {
  it('takes each row’s photo, relative to the manifest’s folder, and refuses a row without alt text alone', async () => {
    const dir = tempDir();
    const inbox = join(dir, 'kiriman');
    mkdirSync(join(inbox, 'foto'), { recursive: true });
    const photo = await testPhoto({ width: 120, height: 80 });
    writeFileSync(join(inbox, 'foto', 'banjir.jpg'), photo);
    writeFileSync(join(inbox, 'foto', 'jalan.jpg'), photo);
    writeFileSync(join(inbox, 'a.txt'), SIMPLE_RAW);
    writeFileSync(join(inbox, 'b.txt'), SIMPLE_RAW.replace('pertama', 'kedua'));
    writeFileSync(join(inbox, 'c.txt'), SIMPLE_RAW.replace('pertama', 'ketiga'));
    writeFileSync(
      join(inbox, 'INDEX.tsv'),
      'file\ttitle\timage\timage_alt\timage caption\tphoto credit\n' +
        `a.txt\tBanjir Rendam Kota\tfoto/banjir.jpg\t${ALT}\tBanjir, Minggu.\tANTARA/Budi\n` +
        'b.txt\tJalan Rusak\tfoto/jalan.jpg\t\t\t\n' +
        'c.txt\tTanpa Foto\t\t\t\t\n',
    );
    const run = runIngest(['--manifest', 'kiriman/INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(problems(run.stderr)).toContain(
      '[2/3] kiriman/b.txt: manifest row 3, image foto/jalan.jpg needs an image alt column: say what the photo shows, for readers who cannot see it',
    );
    const out = join(dir, 'out');
    expect(filesIn(out)).toEqual(['banjir-rendam-kota.jpg', 'banjir-rendam-kota.md', 'tanpa-foto.md']);
    expect(readFileSync(join(out, 'banjir-rendam-kota.jpg')).equals(photo)).toBe(true);
    expect(frontmatterOf(join(out, 'banjir-rendam-kota.md')).image).toEqual({
      src: './banjir-rendam-kota.jpg',
      alt: ALT,
      caption: 'Banjir, Minggu.',
      credit: 'ANTARA/Budi',
    });
    expect(frontmatterOf(join(out, 'tanpa-foto.md')).image).toBeUndefined();
  });

  it('stores the photos of a batch ingested in worker threads (64 files or more) as well', async () => {
    const dir = tempDir();
    const photo = await testPhoto({ width: 48, height: 32 });
    writeFileSync(join(dir, 'foto.png'), await sharp(photo).png().toBuffer());
    const rows = Array.from({ length: 64 }, (_, index) => {
      writeFileSync(join(dir, `b${index}.txt`), SIMPLE_RAW.replace('pertama', `nomor ${index}`));
      return `b${index}.txt\tBerita Nomor ${index}\tfoto.png\t${ALT}\n`;
    });
    writeFileSync(join(dir, 'INDEX.tsv'), `file\ttitle\tfoto\tfoto alt\n${rows.join('')}`);
    const run = runIngest(['--manifest', 'INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const out = filesIn(join(dir, 'out'));
    expect(out.filter((name) => name.endsWith('.png'))).toHaveLength(64);
    expect(readFileSync(join(dir, 'out', 'berita-nomor-63.png')).equals(readFileSync(join(dir, 'foto.png')))).toBe(
      true,
    );
    expect(frontmatterOf(join(dir, 'out', 'berita-nomor-63.md')).image).toEqual({
      src: './berita-nomor-63.png',
      alt: ALT,
    });
  });

  it('refuses a manifest whose row describes a photo it does not name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), SIMPLE_RAW);
    writeFileSync(join(dir, 'INDEX.tsv'), `file\timage alt\na.txt\t${ALT}\n`);
    const run = runIngest(['--manifest', 'INDEX.tsv', '--out', 'out'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'ingest: --manifest INDEX.tsv: row 2 describes a photo but names none in the image column\n',
    );
    expect(filesIn(join(dir, 'out'))).toEqual([]);
  });
});
