import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

/**
 * An article's rendered HTML made fit for a feed: a feed reader shows it away from the
 * page, so every relative URL in it (a heading anchor, a link to another Warta page) is
 * resolved against the article's own URL. A URL that cannot be resolved (`https://:80/`
 * passes the sanitizer but is no URL) is dropped, which leaves a link as its text, and
 * reported through `onDropped`. Nothing else changes: the markup is the one the
 * sanitizing pipeline produced for the page.
 */
export function absolutizeUrls(html: string, baseUrl: string, onDropped: (url: string) => void): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value !== 'string') continue;
      if (URL.canParse(value, baseUrl)) {
        node.properties[name] = new URL(value, baseUrl).href;
      } else {
        delete node.properties[name];
        onDropped(value);
      }
    }
  });
  return toHtml(tree);
}
