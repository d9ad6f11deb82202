import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { site } from '#src/site.config.ts';

/** The width share previews (Open Graph, X) and search engines (JSON-LD) ask for. */
const SHARE_IMAGE_WIDTH = 1200;

/** An image for crawlers: absolute URL and alt text. */
export interface SocialImage {
  url: string;
  alt: string;
}

/**
 * The lead photo as crawlers read it: a 1200-wide JPEG (every share preview reads JPEG;
 * not all read AVIF or WebP) at an absolute URL.
 */
export async function shareImage(image: { src: ImageMetadata; alt: string }): Promise<SocialImage> {
  const rendition = await getImage({ src: image.src, width: SHARE_IMAGE_WIDTH, format: 'jpeg' });
  return { url: new URL(rendition.src, site.url).href, alt: image.alt };
}
