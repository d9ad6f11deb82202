import { createHash } from 'node:crypto';

/**
 * The digest the ingest records in each entry it writes, as the last line of the
 * frontmatter: `ingestDigest: "sha256-..."`, a SHA-256 of the file without that line and
 * of the bytes of the lead photo it names. It lives in the entry itself, so it is written
 * with the entry in one atomic rename, and follows the file through git, a rename and an
 * editor; the next ingest compares it with the file and photo it finds, and overwrites
 * nothing an editor changed since (docs/ingest.md, "One archive").
 */
const FIELD = 'ingestDigest';

/** The digest line in a file's frontmatter (the frontmatter is the text before the second `---` line). */
const DIGEST_LINE = new RegExp(`^${FIELD}:[^\\n]*\\n`, 'mu');

/** SHA-256 of an entry's file (without its digest line) and of its photo's bytes, if it has one. */
function digestOf(file: string, photo: Uint8Array | undefined): string {
  const hash = createHash('sha256').update(file);
  if (photo) hash.update('\0').update(photo);
  return `sha256-${hash.digest('base64url')}`;
}

/** Where the frontmatter of a file that starts with `---\n` ends (the index of its closing `---` line), or -1. */
function frontmatterEnd(file: string): number {
  if (!file.startsWith('---\n')) return -1;
  const end = file.indexOf('\n---\n', 3);
  return end === -1 ? -1 : end + 1;
}

/** The file with its digest line added at the end of its frontmatter. */
export function withDigest(file: string, photo: Uint8Array | undefined): string {
  const end = frontmatterEnd(file);
  return `${file.slice(0, end)}${FIELD}: "${digestOf(file, photo)}"\n${file.slice(end)}`;
}

/** A file without the digest line of its frontmatter (as it is when it has none). */
export function withoutDigest(file: string): string {
  const end = frontmatterEnd(file);
  if (end === -1) return file;
  return file.slice(0, end).replace(DIGEST_LINE, '') + file.slice(end);
}

/**
 * Whether an entry is as the ingest wrote it: `unedited` when its recorded digest matches
 * its file and photo now, `edited` when not, `unrecorded` when it has no digest (written
 * by hand or by an ingest older than digests).
 */
export function editState(file: string, photo: Uint8Array | undefined): 'unedited' | 'edited' | 'unrecorded' {
  const end = frontmatterEnd(file);
  const line = end === -1 ? undefined : DIGEST_LINE.exec(file.slice(0, end))?.[0];
  if (line === undefined) return 'unrecorded';
  return line === `${FIELD}: "${digestOf(withoutDigest(file), photo)}"\n` ? 'unedited' : 'edited';
}
