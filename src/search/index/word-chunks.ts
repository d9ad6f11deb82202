/**
 * Splits a Pagefind bundle's word index into smaller chunks, after Pagefind wrote it.
 *
 * Why: a search loads, for each query word, the one `index/*.pf_index` chunk whose word
 * range holds it. Pagefind 1.6 closes a chunk at 20,000 word positions, a constant it
 * exposes no option for (`chunk_index(word_map, 20000)` in its indexer), which is about
 * 25 KB gzip of real news: a two-word query paid 50 KB for two words. Smaller chunks
 * cost a few more entries in the bundle's metadata and save most of that.
 *
 * How: the chunks are decoded (CBOR behind Pagefind's `pagefind_dcd` marker, gzipped),
 * their words, already in order, are cut again at about `positions` word positions
 * (keeping a word with its extensions, see cutWords), and the chunk list of `pf_meta` is
 * rewritten with the word prefixes Pagefind's `chunk_meta` would give them (see
 * boundaryPrefixes). Each file is named by a hash of its
 * content, as Pagefind names them, so a changed chunk never meets a stale cache. The
 * format is Pagefind 1.6.0's (pinned in package.json); `assertPagefindLayout` refuses
 * any other, and tests/build/search/word-chunks.test.ts searches a re-chunked bundle.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import { Decoder, Encoder } from 'cbor-x';
import { LANG } from '#src/dates/locale.ts';
import { replaceFile } from '#src/files/replace-file.ts';

/** Plain CBOR as Pagefind's minicbor writes it: arrays, strings and integers, no cbor-x extensions. */
const cbor = { decoder: new Decoder({ useRecords: false }), encoder: new Encoder({ useRecords: false }) };
/** What Pagefind puts before the CBOR of each of its files, so its loader knows the data is decompressed. */
const MARKER = Buffer.from('pagefind_dcd');
/** The field of `pf_meta` that lists the word chunks: [from, to, hash] each. */
const META_CHUNKS_FIELD = 2;

/** One word of a chunk as Pagefind encodes it: [word, [[page, positions, …], …], …]. */
type PackedWord = [string, [number, number[], ...unknown[]][], ...unknown[]];
type MetaChunk = [from: string, to: string, hash: string];

function readPagefindFile(path: string): unknown {
  const data = gunzipSync(readFileSync(path));
  if (!data.subarray(0, MARKER.length).equals(MARKER)) throw new Error(`${path}: not a Pagefind data file`);
  return cbor.decoder.decode(data.subarray(MARKER.length));
}

function pagefindFile(value: unknown): { bytes: Buffer; digest: string } {
  const encoded = cbor.encoder.encode(value);
  return {
    bytes: gzipSync(Buffer.concat([MARKER, encoded]), { level: zlib.Z_BEST_COMPRESSION }),
    digest: createHash('sha256').update(encoded).digest('hex'),
  };
}

function assertPagefindLayout(meta: unknown, path: string): asserts meta is unknown[] {
  const chunks = Array.isArray(meta) ? (meta[META_CHUNKS_FIELD] as unknown) : undefined;
  const looksRight =
    Array.isArray(meta) &&
    meta[0] === '1.6.0' &&
    Array.isArray(chunks) &&
    chunks.every((chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((s) => typeof s === 'string'));
  if (!looksRight) throw new Error(`${path}: not the Pagefind 1.6.0 metadata layout the word chunks are split for`);
}

/** How many times the budget a chunk may grow to while a word family keeps it open. */
const FAMILY_CAP = 4;
/** Families start at words this long: shorter ones ("di", "ban") head too many words to keep together. */
const FAMILY_ROOT = 4;

/** Whether `word` extends a word of at least FAMILY_ROOT characters in `chunk` ("bansosnya" after "bansos"). */
function extendsAWordIn(chunk: Set<string>, word: string): boolean {
  const characters = Array.from(word);
  for (let length = FAMILY_ROOT; length < characters.length; length++) {
    if (chunk.has(characters.slice(0, length).join(''))) return true;
  }
  return false;
}

/**
 * Cuts the words (in Pagefind's order) into chunks of about `positions` positions each
 * (a word counts its positions plus one per page, as Pagefind counts). Pagefind reads a
 * query word's extensions ("bansos" also finds "bansosnya") only from the chunk holding
 * the word, so a chunk is not closed between a word and its extensions unless it has
 * grown to FAMILY_CAP times the size.
 */
export function cutWords(words: PackedWord[], positions: number): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let inChunk = new Set<string>();
  let size = 0;
  for (const [i, word] of words.entries()) {
    size += word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
    chunk.push(word);
    inChunk.add(word[0]);
    const next = words[i + 1];
    const keepFamily = next !== undefined && size < FAMILY_CAP * positions && extendsAWordIn(inChunk, next[0]);
    if (size >= positions && !keepFamily) {
      chunks.push(chunk);
      chunk = [];
      inChunk = new Set();
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * The shortest prefixes that still tell two neighbouring chunks apart: the last word of
 * one and the first of the next, each cut one character past their common prefix
 * (Pagefind's `get_prefixes`, on characters, not UTF-16 units).
 */
export function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = Array.from(last);
  const b = Array.from(first);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** A name from `digest` of `length` hex digits or more, not yet in `taken`. */
function shortName(digest: string, length: number, taken: Set<string>): string {
  let name = `${LANG}_${digest.slice(0, length)}`;
  for (let more = length + 1; taken.has(name) && more <= digest.length; more++)
    name = `${LANG}_${digest.slice(0, more)}`;
  taken.add(name);
  return name;
}

/**
 * Re-cuts the word index of the Pagefind bundle in `dir` at `positions` word positions a
 * chunk and rewrites its `pf_meta` and `pagefind-entry.json` to match. New files are
 * written before old ones are removed.
 */
export function splitWordChunks(dir: string, positions: number): void {
  const entryPath = join(dir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  const language = entry.languages[LANG];
  if (!language) return; // an empty index has no words to split
  const metaPath = join(dir, `pagefind.${language.hash}.pf_meta`);
  const meta = readPagefindFile(metaPath);
  assertPagefindLayout(meta, metaPath);

  const oldChunks = meta[META_CHUNKS_FIELD] as MetaChunk[];
  const words = oldChunks.flatMap(
    ([, , hash]) => (readPagefindFile(join(dir, 'index', `${hash}.pf_index`)) as [PackedWord[]])[0],
  );
  const taken = new Set<string>();
  const newChunks: MetaChunk[] = cutWords(words, positions).map((chunk) => {
    const file = pagefindFile([chunk]);
    const hash = shortName(file.digest, 7, taken);
    writeFileSync(join(dir, 'index', `${hash}.pf_index`), file.bytes);
    return [chunk[0]![0], chunk.at(-1)![0], hash];
  });
  for (let i = 0; i + 1 < newChunks.length; i++) {
    [newChunks[i]![1], newChunks[i + 1]![0]] = boundaryPrefixes(newChunks[i]![1], newChunks[i + 1]![0]);
  }
  const kept = new Set(newChunks.map(([, , hash]) => `${hash}.pf_index`));
  for (const name of readdirSync(join(dir, 'index'))) if (!kept.has(name)) rmSync(join(dir, 'index', name));

  meta[META_CHUNKS_FIELD] = newChunks;
  const metaFile = pagefindFile(meta);
  language.hash = shortName(metaFile.digest, 10, new Set());
  const metaName = `pagefind.${language.hash}.pf_meta`;
  writeFileSync(join(dir, metaName), metaFile.bytes);
  if (join(dir, metaName) !== metaPath) rmSync(metaPath);
  replaceFile(entryPath, JSON.stringify(entry));
}
