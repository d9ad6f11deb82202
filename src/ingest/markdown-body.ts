import type { Element, RootContent } from 'hast';
import type { Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { renderArticleMarkdown } from '../markdown/pipeline.ts';
import { isBacaJuga } from './publisher-conventions.ts';

/**
 * Stringifies with the GFM extensions too, so that GFM's syntax (tables, strikethrough)
 * is escaped as well as CommonMark's: the site parses CommonMark only today, and an
 * escaped "~" or "|" reads the same there, so the files stay safe if GFM is turned on.
 */
const stringifier = unified().use(remarkGfm).use(remarkStringify);

/**
 * The article body: one Markdown paragraph per source paragraph, each a single text
 * node. remark-stringify escapes whatever would mean something in Markdown ("1. ",
 * "# ", "> ", "<b>", "*", "[x](y)", "\"...), so the text stays text.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return stringifier.stringify(tree);
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
  /** 0-based index of the paragraph. */
  index: number;
  expected: string;
  /** What the page would show instead (or the block it would become). */
  actual: string;
}

/**
 * Renders the body as the site does and returns every paragraph that would not come
 * back as one paragraph (a Baca Juga line: one aside) with exactly its text, in its
 * place. Empty means lossless.
 */
export async function unfaithfulParagraphs(markdown: string, paragraphs: readonly string[]): Promise<Unfaithful[]> {
  const blocks = await renderedBlocks(markdown);
  const problems: Unfaithful[] = [];
  const count = Math.max(blocks.length, paragraphs.length);
  for (let index = 0; index < count; index++) {
    const block = blocks[index];
    const expected = paragraphs[index] ?? '(nothing)';
    const tag = isBacaJuga(expected) ? 'aside' : 'p';
    const faithful = block !== undefined && block.tag === tag && block.text === expected;
    if (!faithful) {
      problems.push({ index, expected, actual: block === undefined ? '(nothing)' : `<${block.tag}> ${block.text}` });
    }
  }
  return problems;
}
