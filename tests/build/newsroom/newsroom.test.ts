import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, makeContentDir, rebuildAfter, repoRoot, type BuildResult } from '#tests/support/build-site.ts';
import { parseHtml, select, selectAll, textOf } from '#tests/support/html.ts';
import { corrected, newsroomArticles, reply, withdrawn } from '#tests/support/newsroom-corpus.ts';
import { makeWorldReadable, runNginx, type StaticServer } from '#tests/support/nginx.ts';
import { openIndex } from '#src/search/query/node-search.ts';
import { filesOf, treeDifferences } from '#tests/support/tree-diff.ts';

/**
 * The newsroom's duties on a small corpus (tests/support/newsroom-corpus.ts): a first
 * build, then the report is withdrawn with `npm run withdraw`, another gets a correction
 * with `npm run correct` and the unverified report loses its flag, then an incremental
 * rebuild and a clean build, which must agree byte for byte. The build time is fixed
 * (WARTA_BUILD_TIME) for the news sitemap.
 */
const BUILD_TIME = '2025-03-02T12:00:00+07:00';
const UNVERIFIED = 'kabar-belum-pasti';
const VERIFIED_AT = '2025-03-02T10:20:00+07:00';
/** A correction made with `npm run correct` between the first build and the rebuilds. */
const LATE_CORRECTION = 'Nama kontraktor ditulis lengkap.';

let first: BuildResult;
let incremental: BuildResult;
let clean: BuildResult;
let contentDir: string;

beforeAll(async () => {
  contentDir = makeContentDir(await newsroomArticles());
  ({ first, incremental, clean } = await rebuildAfter(
    contentDir,
    () => {
      const withdraw = spawnSync(
        process.execPath,
        [
          '--experimental-strip-types',
          join(repoRoot, 'scripts/withdraw.ts'),
          withdrawn.slug,
          '--reason',
          withdrawn.reason,
          '--date',
          withdrawn.date,
        ],
        { cwd: repoRoot, encoding: 'utf8', env: astroEnv({ WARTA_CONTENT_DIR: contentDir }) },
      );
      expect(withdraw.status, withdraw.stderr).toBe(0);
      const correct = spawnSync(
        process.execPath,
        [
          '--experimental-strip-types',
          join(repoRoot, 'scripts/correct.ts'),
          reply.slug,
          '--text',
          LATE_CORRECTION,
          '--date',
          '2025-03-02T11:00:00+07:00',
        ],
        { cwd: repoRoot, encoding: 'utf8', env: astroEnv({ WARTA_CONTENT_DIR: contentDir }) },
      );
      expect(correct.status, correct.stderr).toBe(0);
      const file = join(contentDir, 'articles', `${UNVERIFIED}.md`);
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('unverified: true', `updatedDate: "${VERIFIED_AT}"`));
    },
    { WARTA_BUILD_TIME: BUILD_TIME },
  ));
}, 1_200_000); // three whole builds: on a busy 2-core machine, minutes each

const page = (build: BuildResult, path: string) =>
  parseHtml(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
const text = (build: BuildResult, path: string) => readFileSync(join(build.outDir, path), 'utf8');

/** Every file's text, gzipped ones (Pagefind's) unpacked, with the files whose text holds `needle`. */
function filesHolding(dir: string, needle: string): string[] {
  return filesOf(dir).filter((file) => {
    const bytes = readFileSync(join(dir, file));
    let unpacked = '';
    try {
      unpacked = gunzipSync(bytes).toString('utf8');
    } catch {
      // not gzip
    }
    return bytes.toString('utf8').includes(needle) || unpacked.includes(needle);
  });
}

/** The photo's files: the renditions astro:assets named after it, and their bytes. */
const photoFiles = (build: BuildResult) => filesOf(build.outDir).filter((file) => file.includes(withdrawn.slug + '.'));

describe('withdrawal', () => {
  const traces = [
    withdrawn.title,
    withdrawn.phrase,
    withdrawn.topic,
    withdrawn.author,
    'gudang-zamrud',
    'wartawan-penarik',
  ];

  it('reaches an incremental build byte for byte', () => {
    expect(treeDifferences(incremental.outDir, clean.outDir)).toEqual([]);
  });

  it('leaves nothing of the report in any file, the search index and the photo files included', async () => {
    // The first build had all of it: the checks below can find it.
    for (const trace of traces) expect(filesHolding(first.outDir, trace).length, trace).toBeGreaterThan(0);
    expect(photoFiles(first).length).toBeGreaterThan(0);
    const firstIndex = await openIndex(first.outDir);
    expect((await firstIndex.search('kuarsa marmut')).map((result) => result.url)).toEqual([
      `/berita/${withdrawn.slug}/`,
    ]);
    const photoBytes = new Set(
      photoFiles(first).map((file) => readFileSync(join(first.outDir, file)).toString('base64')),
    );
    for (const build of [incremental, clean]) {
      for (const trace of traces) expect(filesHolding(build.outDir, trace), trace).toEqual([]);
      expect(photoFiles(build)).toEqual([]);
      const sameBytes = filesOf(build.outDir).filter((file) =>
        photoBytes.has(readFileSync(join(build.outDir, file)).toString('base64')),
      );
      expect(sameBytes).toEqual([]);
      const index = await openIndex(build.outDir);
      for (const query of ['kuarsa marmut', 'zamrud', 'gudang pelabuhan'])
        expect(await index.search(query), query).toEqual([]);
    }
  });

  it('keeps a notice at its URL: the date and reason, noindex, not indexed for search', () => {
    const notice = page(clean, `berita/${withdrawn.slug}/`);
    expect(textOf(select('h1', notice)!)).toBe('Berita ini telah dicabut');
    const main = textOf(select('main', notice)!);
    expect(main).toContain(withdrawn.reason);
    expect(main).toContain('Minggu, 2 Maret 2025 09.15 WIB');
    expect(select('meta[name="robots"][content="noindex"]', notice)).toBeTruthy();
    expect(select('[data-pagefind-body]', notice)).toBeUndefined();
  });

  it("lists it in changes.json and nginx's map, and in no sitemap or feed", () => {
    const path = `/berita/${withdrawn.slug}/`;
    expect(JSON.parse(text(clean, 'changes.json')).withdrawn).toEqual([path]);
    expect(text(clean, 'withdrawn.map')).toContain(`"${path}" 1;`);
    expect(text(first, 'sitemap-0.xml')).toContain(path);
    for (const file of ['sitemap-0.xml', 'sitemap-news.xml', 'rss.xml'])
      expect(text(clean, file), file).not.toContain(path);
  });

  describe('deploy/nginx/warta.conf in a real nginx', () => {
    let server: StaticServer;
    beforeAll(async () => {
      makeWorldReadable(clean.outDir);
      const sample = readFileSync(join(repoRoot, 'deploy/nginx/warta.conf'), 'utf8');
      expect(sample).toContain('include /var/www/warta/withdrawn.map;');
      server = await runNginx((port) =>
        sample
          .replace(/^\s*listen \[::\]:80;\n/m, '')
          .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
          .replaceAll('/var/www/warta', clean.outDir),
      );
    });
    afterAll(() => server?.stop());

    it('answers 410 Gone with the notice page, and 200 for the others', async () => {
      const gone = await fetch(`${server.origin}/berita/${withdrawn.slug}/`);
      expect(gone.status).toBe(410);
      expect(await gone.text()).toContain(withdrawn.reason);
      expect((await fetch(`${server.origin}/berita/${corrected.slug}/`)).status).toBe(200);
      expect((await fetch(`${server.origin}/withdrawn.map`)).status).toBe(404);
    });
  });
});

describe('corrections, replies and the unverified label', () => {
  it('shows a correction near the top of the article, headed "Ralat", with its date and time', () => {
    const article = page(clean, `berita/${corrected.slug}/`);
    const ralat = select('header aside.ralat', article)!;
    expect(textOf(select('h2', ralat)!)).toBe('Ralat');
    expect(textOf(ralat)).toContain(`Sabtu, 1 Maret 2025 16.45 WIB: ${corrected.correction}`);
    // updatedDate follows it, in the byline and JSON-LD.
    expect(textOf(select('.byline', article)!)).toContain('diperbarui Sabtu, 1 Maret 2025 16.45 WIB');
    const jsonLd = JSON.parse(textOf(select('script[type="application/ld+json"]', article)!));
    expect(jsonLd.dateModified).toBe(corrected.correctionDate);
    expect(jsonLd.correction).toEqual([
      { '@type': 'CorrectionComment', text: corrected.correction, datePublished: corrected.correctionDate },
    ]);
    expect(text(clean, 'rss.xml')).toContain(corrected.correction);
  });

  it('logs every correction and withdrawal on /koreksi/, naming nothing of what was withdrawn', () => {
    const log = page(clean, 'koreksi/');
    const main = textOf(select('main', log)!);
    expect(main).toContain(corrected.correction);
    expect(main).toContain(`Minggu, 2 Maret 2025 11.00 WIB: ${reply.title}`);
    expect(main).toContain(LATE_CORRECTION);
    expect(textOf(select('main', page(first, 'koreksi/'))!)).not.toContain(LATE_CORRECTION);
    expect(selectAll('main a', log).map((a) => a.properties.href)).toContain(`/berita/${corrected.slug}/`);
    expect(main).toContain(`Minggu, 2 Maret 2025 09.15 WIB: ${withdrawn.reason}`);
    expect(main).not.toContain(withdrawn.title);
  });

  it('links a reply and its original to each other', () => {
    const links = (slug: string) =>
      selectAll('header .note a', page(clean, `berita/${slug}/`)).map((a) => a.properties.href);
    expect(links(reply.slug)).toEqual([`/berita/${corrected.slug}/`]);
    expect(links(corrected.slug)).toEqual([`/berita/${reply.slug}/`]);
    expect(textOf(select('header .note', page(clean, `berita/${reply.slug}/`))!)).toMatch(/^Hak jawab atas berita/);
  });

  it('labels an unverified report until the flag goes, then shows the time of the update', () => {
    const label = (build: BuildResult) => select('header .label', page(build, `berita/${UNVERIFIED}/`));
    expect(textOf(label(first)!)).toBe('Belum terverifikasi');
    expect(label(clean)).toBeUndefined();
    expect(textOf(select('.byline', page(clean, `berita/${UNVERIFIED}/`))!)).toContain(
      'diperbarui Minggu, 2 Maret 2025 10.20 WIB',
    );
  });
});

describe("writers' pages", () => {
  it("lists a writer's stories newest first, linked from the credit line; codes get no page", () => {
    const writer = page(clean, 'penulis/ani-lestari/');
    expect(textOf(select('h1', writer)!)).toBe(`Penulis: ${corrected.author}`);
    expect(selectAll('main .card h2 a', writer).map((a) => a.properties.href)).toEqual([
      `/berita/${reply.slug}/`,
      `/berita/${corrected.slug}/`,
    ]);
    expect(selectAll('.credits a', page(clean, `berita/${corrected.slug}/`)).map((a) => a.properties.href)).toEqual([
      '/penulis/ani-lestari/',
    ]);
    expect(filesOf(clean.outDir).filter((file) => file.startsWith('penulis/ani-red'))).toEqual([]);
  });
});

describe('the time of day', () => {
  it('shows "14.30 WIB" on an article page, and no time for a date written without one', () => {
    expect(textOf(select('.byline time', page(clean, `berita/${corrected.slug}/`))!)).toBe(
      'Sabtu, 1 Maret 2025 14.30 WIB',
    );
    expect(textOf(select('.byline time', page(clean, 'berita/tanpa-jam/'))!)).toBe('Kamis, 20 Februari 2025');
  });

  it('shows it in a listing only for the stories of a day that holds several', () => {
    const times = selectAll('main .card .meta time', page(clean, '')).map((time) => textOf(time));
    expect(times).toEqual([
      'Sabtu, 1 Maret 2025 18.05 WIB',
      'Sabtu, 1 Maret 2025 14.30 WIB',
      'Selasa, 25 Februari 2025',
      'Kamis, 20 Februari 2025',
    ]);
  });
});

describe('the news sitemap', () => {
  it('is XML in Google News format listing only the two days before the build, linked from robots.txt', () => {
    const xml = text(clean, 'sitemap-news.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(urls.sort()).toEqual([
      `https://warta.example/berita/${reply.slug}/`,
      `https://warta.example/berita/${corrected.slug}/`,
    ]);
    expect(xml).toContain(
      '<news:publication><news:name>Warta</news:name><news:language>id</news:language></news:publication>',
    );
    expect(xml).toContain('<news:publication_date>2025-03-01T14:30:00+07:00</news:publication_date>');
    expect(xml).toContain(`<news:title>${corrected.title}</news:title>`);
    expect(text(clean, 'robots.txt')).toContain('Sitemap: https://warta.example/sitemap-news.xml');
  });
});

describe('the guideline page', () => {
  it('shows the guideline text, linking to the Press Council, and the footer links it and /koreksi/', () => {
    const guideline = page(clean, 'pedoman-media-siber/');
    expect(textOf(select('main', guideline)!)).toContain('1/Peraturan-DP/III/2012');
    expect(selectAll('main a', guideline).map((a) => a.properties.href)).toContain('https://dewanpers.or.id/');
    const footer = selectAll('.site-footer a', page(clean, '')).map((a) => a.properties.href);
    expect(footer).toEqual(expect.arrayContaining(['/koreksi/', '/pedoman-media-siber/']));
  });
});
