import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { BACA_JUGA_LINE } from '#src/articles/publisher-text.ts';

/** An mdast node that mdast-util-to-hast renders as `<aside>` around the paragraph. */
interface BacaJugaNode {
  type: 'bacaJuga';
  children: [Paragraph];
  data: { hName: 'aside'; hProperties: Record<string, string | string[]> };
}

/**
 * Turns a publisher's "Baca Juga: <title>" paragraph into a related-reading
 * `<aside class="baca-juga">`. It stays where the source had it and visible, but
 * `data-pagefind-ignore` keeps its words (another article's headline) out of the
 * search index: a search must not find this article for another one's title.
 */
export function remarkBacaJuga() {
  return (tree: Root) => {
    tree.children = tree.children.map((node): RootContent => {
      if (node.type !== 'paragraph' || !BACA_JUGA_LINE.test(toString(node))) return node;
      const aside: BacaJugaNode = {
        type: 'bacaJuga',
        children: [node],
        data: { hName: 'aside', hProperties: { className: ['baca-juga'], dataPagefindIgnore: 'all' } },
      };
      return aside as unknown as RootContent;
    });
  };
}
