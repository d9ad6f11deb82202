import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { SIMPLE_RAW, runIngest, tempDir } from '#tests/support/ingest.ts';
import { PHOTO_TEXT, TEST_PHOTO, testPhoto } from '#tests/support/photo.ts';

/** Raw text and a generated photo -> ingest --image -> build, once for the whole file. */
const slug = 'banjir-rendam-permukiman-warga';
let build: BuildResult;
let page: ReturnType<typeof parseHtml>;

beforeAll(async () => {
  const dir = tempDir();
  const content = join(dir, 'content');
  writeFileSync(join(dir, 'berita.txt'), SIMPLE_RAW);
  writeFileSync(join(dir, 'foto.jpg'), await testPhoto(TEST_PHOTO));
  const ingest = runIngest(
    [
      'berita.txt',
      '--title',
      'Banjir Rendam Permukiman Warga',
      '--category',
      'Nasional',
      '--image',
      'foto.jpg',
      '--image-alt',
      PHOTO_TEXT.alt,
      '--image-caption',
      PHOTO_TEXT.caption,
      '--image-credit',
      PHOTO_TEXT.credit,
    ],
    { cwd: dir, env: { WARTA_CONTENT_DIR: content } },
  );
  expect(ingest.status, ingest.stderr).toBe(0);
  build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  page = parseHtml(readFileSync(join(build.outDir, 'berita', slug, 'index.html'), 'utf8'));
});

describe('raw text and a photo -> ingest --image -> build', () => {
  it('shows the photo with its alt text, intrinsic size, caption and credit', () => {
    const img = select('figure.lead-image img', page)!;
    expect(img.properties.alt).toBe(PHOTO_TEXT.alt);
    // The photo is 1600 wide; the page asks for the largest rendition, 1080, at its aspect ratio.
    // 1067 × 1080 / 1600 = 720.2.
    expect([img.properties.width, img.properties.height]).toEqual([1080, 720]);
    expect(textOf(select('figure.lead-image figcaption', page)!)).toBe(
      `${PHOTO_TEXT.caption} Foto: ${PHOTO_TEXT.credit}`,
    );
  });

  it('serves AVIF and WebP renditions made from the ingested file', async () => {
    const sources = selectAll('figure.lead-image source', page).map((source) => String(source.properties.type));
    expect(sources).toEqual(['image/avif', 'image/webp']);
    const src = String(select('figure.lead-image img', page)!.properties.src);
    const file = join(build.outDir, src);
    const { format, width } = await sharp(readFileSync(file)).metadata();
    expect([format, width]).toEqual(['jpeg', 1080]);
    expect(readdirSync(join(build.outDir, '_astro')).some((name) => name.endsWith('.avif'))).toBe(true);
  });
});
