import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveContentDir, archiveSlug } from '#tests/support/archive-corpus.ts';
import { articleMarkdown } from '#tests/support/article-fixture.ts';
import { rebuildAfter, reusedPages, type BuildResult } from '#tests/support/build-site.ts';
import { treeDifferences } from '#tests/support/tree-diff.ts';

/**
 * The header on every page names the largest sections of the whole archive: one new
 * article in a new section changes it, so an incremental rebuild must render every page
 * that shows it again, not copy yesterday's. 30 generated articles, all in one section,
 * then one in another.
 */
let incremental: BuildResult;
let clean: BuildResult;

beforeAll(async () => {
  const content = archiveContentDir(30);
  ({ incremental, clean } = await rebuildAfter(content, () =>
    writeFileSync(
      join(content, 'articles', 'berita-olahraga-baru.md'),
      articleMarkdown({ title: 'Berita olahraga baru', pubDate: '2024-10-20T08:00:00+07:00', category: 'Olahraga' }),
    ),
  ));
}, 1_200_000); // three whole builds: on a busy 2-core machine, minutes each

describe('an incremental rebuild after a new section enters the header', () => {
  it('writes the same bytes as a clean build, every file', () => {
    expect(treeDifferences(incremental.outDir, clean.outDir)).toEqual([]);
  });

  it('rendered the pages that show the header again', () => {
    const reused = reusedPages(incremental.output);
    // An old paginated URL's redirect page shows no header: reused, so the log was read right.
    expect(reused).toContain('/halaman/2/index.html');
    expect(reused).not.toContain(`/berita/${archiveSlug(0)}/index.html`);
    expect(reused).not.toContain('/arsip/2024/10/index.html');
  });
});
