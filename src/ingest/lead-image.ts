import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { IngestError } from './errors.ts';

/** The file name extension each image format gets: the formats astro:assets reads and browsers show. */
const EXTENSION_OF: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', heif: 'avif' };

/** A lead photo as the editor names it (--image, or a manifest's image columns). */
export interface LeadImageRequest {
  /** The image file as the editor wrote it, for messages. */
  file: string;
  /** The file resolved (against the caller's folder, or the manifest's). */
  path: string;
  alt?: string;
  caption?: string;
  credit?: string;
  /** How messages name where it came from: "--image" or "manifest row 3, image". */
  label: string;
}

/** A lead photo read and checked, ready to go beside its article. */
export interface LeadImage {
  bytes: Uint8Array;
  /** "jpg", "png", "webp" or "avif": from the file's content, not its name. */
  extension: string;
  alt: string;
  caption?: string;
  credit?: string;
}

/** The frontmatter `image` of a photo stored beside its article (src/articles/schema.ts). */
export interface LeadImageFrontmatter {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

const oneLine = (value: string | undefined) => value?.replace(/\s+/gu, ' ').trim() || undefined;

/**
 * Reads the photo and checks it is a real image in a format the site renders (sharp
 * decodes its header: a renamed text file or a GIF is refused), and that it has alt text.
 * Throws an IngestError of one line naming the file and the problem.
 */
export async function readLeadImage(request: LeadImageRequest): Promise<LeadImage> {
  const named = `${request.label} ${request.file}`;
  const alt = oneLine(request.alt);
  if (!alt) {
    const altLabel = request.label === '--image' ? '--image-alt' : 'an image alt column';
    throw new IngestError(`${named} needs ${altLabel}: say what the photo shows, for readers who cannot see it`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(request.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new IngestError(`${named}: ${code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`}`);
  }
  let format: string | undefined;
  try {
    const metadata = await sharp(bytes).metadata();
    // HEIF holds AVIF (AV1) and a phone's HEIC (HEVC), which neither the build nor browsers decode.
    format = metadata.format === 'heif' && metadata.compression !== 'av1' ? 'heic' : metadata.format;
  } catch {
    throw new IngestError(`${named}: not an image (it cannot be decoded as JPEG, PNG, WebP or AVIF)`);
  }
  const extension = format && EXTENSION_OF[format];
  if (!extension) throw new IngestError(`${named}: a ${format} image; use JPEG, PNG, WebP or AVIF`);
  const caption = oneLine(request.caption);
  const credit = oneLine(request.credit);
  return { bytes, extension, alt, ...(caption && { caption }), ...(credit && { credit }) };
}

/** The photo's file name beside the entry `<slug>.md`: `<slug>.<ext>`. */
export const leadImageName = (image: LeadImage, slug: string) => `${slug}.${image.extension}`;

/** The frontmatter `image` field for the photo beside `<slug>.md`. */
export function leadImageFrontmatter(image: LeadImage, slug: string): LeadImageFrontmatter {
  const { alt, caption, credit } = image;
  return { src: `./${leadImageName(image, slug)}`, alt, ...(caption && { caption }), ...(credit && { credit }) };
}
