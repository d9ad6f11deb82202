import { articleMarkdown, type FixtureArticle } from './article-fixture.ts';
import sharp from 'sharp';

/**
 * A JPEG that compresses like a photograph, not like a flat test card: a scene of
 * gradients and shapes under grain, so the image budget is measured on realistic bytes.
 * Generated for each test run (no photo is committed).
 */
export async function testPhoto({ width = 1600, height = 1067 } = {}): Promise<Buffer> {
  const scene = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5d8fc9"/><stop offset="1" stop-color="#f3d9b1"/></linearGradient>
      <linearGradient id="ground" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#556b2f"/><stop offset="1" stop-color="#2f3b1c"/></linearGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.78}" cy="${height * 0.22}" r="${height * 0.08}" fill="#fff4c2"/>
    <path d="M0 ${height * 0.62} Q ${width * 0.3} ${height * 0.45} ${width * 0.55} ${height * 0.6} T ${width} ${height * 0.55} V ${height} H 0 Z" fill="url(#ground)"/>
    <rect x="${width * 0.2}" y="${height * 0.4}" width="${width * 0.12}" height="${height * 0.3}" fill="#8c4a32"/>
    <rect x="${width * 0.36}" y="${height * 0.33}" width="${width * 0.09}" height="${height * 0.37}" fill="#c9c1b5"/>
  </svg>`);
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } },
  })
    .blur(0.8)
    .png()
    .toBuffer();
  return sharp(scene)
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** The generated photo's size: a 3:2 camera frame wider than the largest rendition. */
export const TEST_PHOTO = { width: 1600, height: 1067 };

/** The texts of the fixture photo. */
export const PHOTO_TEXT = {
  alt: 'Rumah-rumah warga terendam air setinggi pinggang di bawah langit sore',
  caption: 'Permukiman yang terendam banjir, Minggu (12/1/2025).',
  credit: 'Warta Uji/Fotografer Contoh',
};

/** A news article with a generated lead photo beside it: the two files of a content folder. */
export async function photoArticle(
  slug: string,
  fixture: Omit<FixtureArticle, 'image'>,
): Promise<Record<string, string | Uint8Array>> {
  return {
    [`${slug}.md`]: articleMarkdown({
      ...fixture,
      image: { src: `./${slug}.jpg`, ...PHOTO_TEXT },
    }),
    [`${slug}.jpg`]: await testPhoto(TEST_PHOTO),
  };
}
