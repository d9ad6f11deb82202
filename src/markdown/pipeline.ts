/**
 * The one Markdown pipeline. astro.config.mjs hands `markdownConfig` to Astro, and the
 * tests render through the very same processor, so what is tested is what ships.
 *
 * Order matters. Astro's unified processor runs: remark-parse, GFM, our remark plugins,
 * remark-rehype (raw HTML kept as `raw` nodes), our rehype plugins, then its own
 * rehype-raw and heading ids. So we parse raw HTML ourselves (rehype-raw) *before*
 * rehype-sanitize: raw HTML becomes real elements that the sanitizer can judge, and
 * nothing unsanitized is left for Astro's later rehype-raw to turn back into markup.
 */
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { rehypeDemoteH1 } from './rehype-demote-h1.ts';
import { remarkBacaJuga } from './remark-baca-juga.ts';
import { remarkDateline } from './remark-dateline.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export const articleProcessor = unified({
  remarkPlugins: [remarkDateline, remarkBacaJuga],
  rehypePlugins: [rehypeRaw, rehypeDemoteH1, [rehypeSanitize, sanitizeSchema]],
  // No GFM: it nearly triples Markdown time (2.17 → 0.81 ms an article on this machine,
  // .scratch profile over 1,000 synthetic articles), 14 s of a 10,000-article build.
  // Publishers send prose; a table can still come as raw HTML, which the sanitizer allows.
  gfm: false,
  // Publishers' quotes and dashes are kept exactly as sent: no typographic rewriting.
  smartypants: false,
});

/** The `markdown` block of astro.config.mjs. */
export const markdownConfig = {
  processor: articleProcessor,
  // News prose has no code to colour, and Shiki's inline styles would be stripped anyway.
  syntaxHighlight: false,
} as const;

let renderer: ReturnType<typeof articleProcessor.createRenderer> | undefined;

/**
 * Renders an article's Markdown to sanitized HTML: what the article page and the feed
 * show (the content layer stores no HTML), and what tests and tools check.
 */
export async function renderArticleMarkdown(markdown: string): Promise<string> {
  // One renderer for the process: making one per call cost the ingest tool most of its time.
  renderer ??= articleProcessor.createRenderer({ ...markdownConfigDefaults, ...markdownConfig });
  const { code } = await (await renderer).render(markdown);
  return code;
}
