/**
 * The article loader against a small store of its own (Astro's is internal): it must store
 * what the files say, and read again exactly the files that changed since the last sync.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articlesLoader } from '#src/articles/loader.ts';

/** An entry of the content store, as a loader sets it. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/** An article file with a title and a body. */
const article = (title: string, body = 'Isi berita.') => `---\ntitle: "${title}"\n---\n\n${body}\n`;

let root: string;
let dir: string;
let entries: Map<string, DataEntry>;
let meta: Map<string, string>;
/** The ids parseData was asked for, in order: the files the loader parsed. */
let parsed: string[];

/** Runs the loader once, as a content sync does, with the store and meta kept between runs. */
async function sync(): Promise<void> {
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: DataEntry) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      has: (id: string) => entries.has(id),
    },
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => meta.delete(key),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info() {}, warn() {}, error() {} },
  };
  await articlesLoader(dir).load(context as unknown as LoaderContext);
}

/** Moves the clock past the loader's "changed too recently" window. */
function later(): void {
  vi.setSystemTime(Date.now() + 10_000);
}

const titleOf = (id: string) => (entries.get(id)?.data as { title?: string } | undefined)?.title;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  root = mkdtempSync(join(tmpdir(), 'warta-loader-'));
  dir = join(root, 'content/articles');
  mkdirSync(dir, { recursive: true });
  entries = new Map();
  meta = new Map();
  parsed = [];
});

afterEach(() => {
  vi.useRealTimers();
  rmSync(root, { recursive: true, force: true });
});

describe('articlesLoader', () => {
  it('stores each file by its slug, with its data, path and digest, leaving out hidden files', async () => {
    writeFileSync(join(dir, 'Berita Satu.md'), article('Satu'));
    writeFileSync(join(dir, 'dua.md'), article('Dua'));
    writeFileSync(join(dir, '.tersembunyi.md'), article('Tersembunyi'));
    writeFileSync(join(dir, 'catatan.txt'), 'bukan berita');
    await sync();
    expect([...entries.keys()].sort()).toEqual(['berita-satu', 'dua']);
    expect(entries.get('dua')).toEqual({
      id: 'dua',
      data: { title: 'Dua' },
      filePath: 'content/articles/dua.md',
      digest: createHash('sha256').update(article('Dua')).digest('hex'),
    });
  });

  it('parses again only the files that changed, and drops deleted ones', async () => {
    for (const name of ['a', 'b', 'c', 'd']) writeFileSync(join(dir, `${name}.md`), article(name.toUpperCase()));
    // A whole second, so that b's modification time can be set back exactly.
    const b = join(dir, 'b.md');
    const lastWeek = Math.floor(Date.now() / 1000) - 7 * 86_400;
    utimesSync(b, lastWeek, lastWeek);
    await sync();
    expect(parsed.sort()).toEqual(['a', 'b', 'c', 'd']);

    later();
    parsed = [];
    await sync();
    expect(parsed).toEqual([]);

    // b: the same size and inode, its modification time set back: only its ctime says so.
    writeFileSync(b, article('X'));
    utimesSync(b, lastWeek, lastWeek);
    // c: touched, its text unchanged; d: deleted; e: new.
    utimesSync(join(dir, 'c.md'), new Date(), new Date());
    rmSync(join(dir, 'd.md'));
    writeFileSync(join(dir, 'e.md'), article('E'));
    later();
    await sync();
    expect(parsed.sort()).toEqual(['b', 'e']);
    expect(titleOf('b')).toBe('X');
    expect([...entries.keys()].sort()).toEqual(['a', 'b', 'c', 'e']);
  });

  it('keeps no stamp for a file changed in the last two seconds, so the next sync reads it again', async () => {
    writeFileSync(join(dir, 'baru.md'), article('Baru'));
    const stamped = () => Object.keys(JSON.parse(meta.get('file-stamps')!) as Record<string, string>);
    // Written "now": its stamp could still change within the kernel's clock tick.
    await sync();
    expect(stamped()).toEqual([]);
    later();
    await sync();
    expect(stamped()).toEqual(['baru.md']);
  });

  it('sees a slug clash between a new file and one it did not read again', async () => {
    writeFileSync(join(dir, 'sama.md'), article('Sama'));
    await sync();
    later();
    writeFileSync(join(dir, 'Sama!.md'), article('Sama juga'));
    await expect(sync()).rejects.toThrow(/both give the URL slug "sama"/);
  });

  it('fails naming the file for broken YAML, an empty body, or a file in a subfolder', async () => {
    writeFileSync(join(dir, 'rusak.md'), '---\ntitle: "tanpa akhir\n---\n\nIsi.\n');
    await expect(sync()).rejects.toThrow(`${join(dir, 'rusak.md')}: `);

    rmSync(join(dir, 'rusak.md'));
    writeFileSync(join(dir, 'kosong.md'), article('Kosong', '   '));
    await expect(sync()).rejects.toThrow(`${join(dir, 'kosong.md')}: the article body is empty`);

    rmSync(join(dir, 'kosong.md'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/dalam.md'), article('Dalam'));
    await expect(sync()).rejects.toThrow(/sub\/dalam\.md: articles must be directly in/);
  });

  it('keeps an unchanged entry as it was stored', async () => {
    writeFileSync(join(dir, 'tetap.md'), article('Tetap'));
    await sync();
    const stored = entries.get('tetap');
    later();
    await sync();
    expect(entries.get('tetap')).toBe(stored);
    expect(readFileSync(join(dir, 'tetap.md'), 'utf8')).toBe(article('Tetap'));
  });
});
