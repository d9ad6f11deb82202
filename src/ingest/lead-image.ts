import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { IngestError } from './errors.ts';

/** The file name extension each image format gets; the formats astro:assets reads and browsers show. */
const EXTENSION_OF: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', heif: 'avif' };

/** What the editor gives on the command line for a lead photo. */
export interface LeadImageOptions {
  /** The image file, as named on the command line. */
  file: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** A lead photo read and checked, ready to go beside its article. */
export interface LeadImage {
  bytes: Buffer;
  /** "jpg", "png", "webp" or "avif": from the file's content, not its name. */
  extension: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** The frontmatter of a lead photo stored beside `<slug>.md`. */
export interface LeadImageFrontmatter {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

const oneLine = (value: string | undefined) => value?.replace(/\s+/gu, ' ').trim() || undefined;

/**
 * Reads the --image file and checks it is a real image in a format the site renders
 * (sharp decodes its header; a renamed text file or a GIF is refused), with alt text.
 * `path` is the file resolved against the caller's folder.
 */
export async function readLeadImage(options: LeadImageOptions, path: string): Promise<LeadImage> {
  const alt = oneLine(options.alt);
  if (!alt) throw new IngestError(`--image ${options.file} needs --image-alt: say what the photo shows, for readers who cannot see it`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(`--image ${options.file}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`}`);
  }
  let format: string | undefined;
  try {
    ({ format } = await sharp(bytes).metadata());
  } catch {
    throw new IngestError(`--image ${options.file}: not an image (it cannot be decoded as JPEG, PNG, WebP or AVIF)`);
  }
  const extension = format && EXTENSION_OF[format];
  if (!extension) throw new IngestError(`--image ${options.file}: a ${format} image; use JPEG, PNG, WebP or AVIF`);
  const caption = oneLine(options.caption);
  const credit = oneLine(options.credit);
  return { bytes, extension, alt, ...(caption && { caption }), ...(credit && { credit }) };
}

/** The file name of the photo beside an article file: `<slug>.<ext>`. */
function leadImagePath(image: LeadImage, articlePath: string): string {
  return join(dirname(articlePath), `${basename(articlePath, '.md')}.${image.extension}`);
}

/** The frontmatter `image` field for the photo beside `<slug>.md`. */
export function leadImageFrontmatter(image: LeadImage, slug: string): LeadImageFrontmatter {
  const { alt, caption, credit } = image;
  return { src: `./${slug}.${image.extension}`, alt, ...(caption && { caption }), ...(credit && { credit }) };
}

function existing(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Throws unless the photo can go beside the article: no file there, the same bytes, or
 * `force`. Called before the article is written, so a refusal leaves nothing behind.
 */
export function checkLeadImageTarget(image: LeadImage, articlePath: string, { force = false, shownAs = (p: string) => p } = {}): void {
  const path = leadImagePath(image, articlePath);
  const there = existing(path);
  if (there && !there.equals(image.bytes) && !force) {
    throw new IngestError(`${shownAs(path)} already exists with a different image; pass --force to replace it`);
  }
}

/** Copies the photo beside the article, atomically (a temp file, then a rename). */
export function writeLeadImage(image: LeadImage, articlePath: string): void {
  const path = leadImagePath(image, articlePath);
  if (existing(path)?.equals(image.bytes)) return;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, image.bytes, { flag: 'wx', flush: true });
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
