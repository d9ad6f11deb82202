import type { Element, RootContent } from 'hast';
import type { Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { renderArticleMarkdown } from '#src/markdown/pipeline.ts';
import type { BodyBlock } from './classify-lines.ts';
import { isBacaJuga } from './publisher-conventions.ts';

/**
 * Stringifies with the GFM extensions too, so that GFM's syntax (tables, strikethrough)
 * is escaped as well as CommonMark's: the site parses CommonMark only today, and an
 * escaped "~" or "|" reads the same there, so the files stay safe if GFM is turned on.
 */
const stringifier = unified().use(remarkGfm).use(remarkStringify);

/** A body block as the text the page must show, and the element it must show it in. */
type Block = Pick<BodyBlock, 'kind' | 'text'>;

/** The Markdown of one block on its own: a paragraph or a level-2 heading holding one text node. */
function blockMarkdown({ kind, text }: Block): string {
  const children = [{ type: 'text' as const, value: text }];
  const node =
    kind === 'subheading'
      ? { type: 'heading' as const, depth: 2 as const, children }
      : { type: 'paragraph' as const, children };
  const tree: Root = { type: 'root', children: [node] };
  return stringifier.stringify(tree).trimEnd();
}

/** Each distinct block's Markdown once: a long text of repeated lines costs no more than its distinct ones. */
function markdownOf(blocks: readonly Block[]): string[] {
  const cache = new Map<string, string>();
  return blocks.map((block) => {
    const key = `${block.kind}\n${block.text}`;
    let markdown = cache.get(key);
    if (markdown === undefined) cache.set(key, (markdown = blockMarkdown(block)));
    return markdown;
  });
}

/**
 * The article body: one Markdown block per body block, each a single text node.
 * remark-stringify escapes whatever would mean something in Markdown ("1. ", "# ",
 * "> ", "<b>", "*", "[x](y)", "\"...), so the text stays text.
 */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks.length === 0 ? '' : `${markdownOf(blocks).join('\n\n')}\n`;
}

/** A top-level block of rendered HTML: its tag (an aside's inner paragraph counts as `aside`) and its text. */
export interface RenderedBlock {
  tag: string;
  text: string;
}

/** The blocks the site renders from a Markdown body, with the exact text of each (no whitespace folded). */
export async function renderedBlocks(markdown: string): Promise<RenderedBlock[]> {
  const html = await renderArticleMarkdown(markdown);
  return fromHtml(html, { fragment: true })
    .children.filter((node: RootContent): node is Element => node.type === 'element')
    .map((element) => ({ tag: element.tagName, text: hastToString(element) }));
}

export interface Unfaithful {
  /** 0-based index of the block. */
  index: number;
  expected: string;
  /** What the page would show instead (or the block it would become). */
  actual: string;
}

/** The element a block must become: a subheading `h2`, a Baca Juga line an aside, prose a paragraph. */
const expectedTag = ({ kind, text }: Block) => (kind === 'subheading' ? 'h2' : isBacaJuga(text) ? 'aside' : 'p');

/** Distinct blocks rendered together, a bounded number at a time: time and memory stay linear. */
const RENDER_CHUNK = 256;

/**
 * Renders every distinct block as the site does and returns the first block that would
 * not come back as its element (paragraph, aside or subheading) with exactly its text.
 * Undefined means lossless. Blocks are escaped one by one, so each renders the same on
 * its own as in the whole body; each distinct one is rendered once, in chunks.
 */
export async function firstUnfaithfulBlock(blocks: readonly Block[]): Promise<Unfaithful | undefined> {
  const markdown = markdownOf(blocks);
  const distinct = new Map<string, number>();
  markdown.forEach((md, index) => {
    if (!distinct.has(md)) distinct.set(md, index);
  });
  const firstOfEach = [...distinct.values()];
  for (let start = 0; start < firstOfEach.length; start += RENDER_CHUNK) {
    const chunk = firstOfEach.slice(start, start + RENDER_CHUNK);
    const rendered = await renderedBlocks(chunk.map((index) => markdown[index]).join('\n\n'));
    for (const [offset, index] of chunk.entries()) {
      const block = blocks[index]!;
      const got = rendered.length === chunk.length ? rendered[offset] : undefined;
      if (got?.tag !== expectedTag(block) || got.text !== block.text) {
        const actual =
          rendered.length === chunk.length
            ? `<${got!.tag}> ${got!.text}`
            : `${rendered.length} blocks for ${chunk.length}`;
        return { index, expected: block.text, actual };
      }
    }
  }
  return undefined;
}
