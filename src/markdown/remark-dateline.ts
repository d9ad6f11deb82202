import type { Root, Text } from 'mdast';
import { matchDateline } from '#src/articles/publisher-text.ts';

/**
 * Marks the dateline that opens a report ("Suara.com - ", "JAKARTA, Suara.com - ")
 * with `<span class="dateline">`, so it can be styled apart from the lede. Only the
 * first paragraph is looked at, and the text itself is left exactly as written.
 */
export function remarkDateline() {
  return (tree: Root) => {
    const first = tree.children[0];
    if (first?.type !== 'paragraph') return;
    const lead = first.children[0];
    if (lead?.type !== 'text') return;
    const match = matchDateline(lead.value);
    if (!match) return;
    const marked = lead.value.slice(0, match.length).trimEnd();
    const dateline: Text = {
      type: 'text',
      value: marked,
      data: { hName: 'span', hProperties: { className: ['dateline'] }, hChildren: [{ type: 'text', value: marked }] },
    };
    first.children.splice(0, 1, dateline, { type: 'text', value: lead.value.slice(marked.length) });
  };
}
