import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The page's only `<h1>` is the headline from the frontmatter, so a `# heading` written
 * in an article body becomes an `<h2>`: the outline stays one level deep per article.
 */
export function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}
