import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSearchPreloads } from '#src/search/index/search-preloads.ts';

const page = `<head><link rel="preload" href="/warta/pagefind/rak.json" as="fetch" crossorigin="anonymous">
<link rel="preload" href="/warta/pagefind/__rak_terbaru__/pagefind-entry.json?ts=__index_meta__" as="fetch" crossorigin="anonymous" data-rak-terbaru="entry">
<link rel="preload" href="/warta/pagefind/__rak_terbaru__/wasm.id.pagefind" as="fetch" crossorigin="anonymous" data-rak-terbaru="wasm">
<link rel="preload" href="/warta/pagefind/__rak_terbaru__/pagefind.__index_meta__.pf_meta" as="fetch" crossorigin="anonymous" data-rak-terbaru="meta"></head>`;

function site(html: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'warta-preloads-'));
  writeFileSync(join(dir, 'cari.html'), html);
  return dir;
}

const shelf = (id: string, meta: string) => ({ id, pages: 1, oldest: '2025-01-01', newest: '2025-01-01', meta });

describe('naming the newest shelf in /cari/ preloads', () => {
  it('names its folder and metadata file under the base path, and again after a rebuild in place', () => {
    const dir = site(page);
    nameSearchPreloads(dir, 'cari.html', shelf('rak-3', 'pagefind.id_abc.pf_meta'));
    const once = readFileSync(join(dir, 'cari.html'), 'utf8');
    expect(once).toContain('href="/warta/pagefind/rak-3/wasm.id.pagefind"');
    expect(once).toContain('href="/warta/pagefind/rak-3/pagefind.id_abc.pf_meta"');
    expect(once).toContain('href="/warta/pagefind/rak-3/pagefind-entry.json?ts=id_abc"');
    expect(once).toContain('href="/warta/pagefind/rak.json"');
    nameSearchPreloads(dir, 'cari.html', shelf('rak-4', 'pagefind.id_def.pf_meta'));
    const twice = readFileSync(join(dir, 'cari.html'), 'utf8');
    expect(twice).toContain('href="/warta/pagefind/rak-4/wasm.id.pagefind"');
    expect(twice).toContain('href="/warta/pagefind/rak-4/pagefind.id_def.pf_meta"');
    expect(twice).toContain('href="/warta/pagefind/rak-4/pagefind-entry.json?ts=id_def"');
    expect(twice).not.toContain('rak-3');
  });

  it('drops the links when there is no shelf, and fails on a page without them', () => {
    const dir = site(page);
    nameSearchPreloads(dir, 'cari.html', undefined);
    expect(readFileSync(join(dir, 'cari.html'), 'utf8')).not.toContain('data-rak-terbaru');
    expect(() => nameSearchPreloads(site('<head></head>'), 'cari.html', undefined)).toThrow(
      'cari.html has no index preload to name',
    );
  });
});
