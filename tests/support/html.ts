import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** Parses HTML the way a browser does (parse5), for assertions on real structure. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => void found.push(node));
  return found;
}

export { select, selectAll };

/** Text content with whitespace runs collapsed, as a reader sees it. */
export function textOf(node: Root | Element): string {
  return toText(node, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}
