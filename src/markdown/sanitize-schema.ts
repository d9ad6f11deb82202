import type { Schema } from 'hast-util-sanitize';

/**
 * What article HTML may contain after rendering. Article text is untrusted (it comes
 * from publishers and hand-edited Markdown), so this is an allow-list built for news
 * prose, not GitHub's broader default:
 * - no scripts, styles, forms, frames, embeds, SVG or MathML: none is needed for a report,
 *   and each is a way to run code, restyle the page or phish;
 * - no `style`, `on*`, `id` or `class` from the source: classes are allowed only with the
 *   exact values our own remark plugins emit, so raw HTML cannot dress up as site chrome;
 * - URLs only over http(s) and mailto (links) or http(s) (images): this drops
 *   `javascript:`, `data:` and `vbscript:` in every encoding, because the check runs on
 *   the parsed, entity-decoded value.
 */
export const sanitizeSchema: Schema = {
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  tagNames: [
    'p',
    'br',
    'hr',
    'span',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'mark',
    'small',
    'sub',
    'sup',
    'abbr',
    'q',
    'cite',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'code',
    'pre',
    'kbd',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    // Our own: the related-reading box from remark-baca-juga.
    'aside',
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    ol: ['start', 'reversed'],
    th: ['scope', 'colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    aside: [
      ['className', 'baca-juga'],
      ['dataPagefindIgnore', 'all'],
    ],
    span: [['className', 'dateline']],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  // Tables from GFM need their structure; a stray <td> outside one is dropped.
  ancestors: {
    tbody: ['table'],
    thead: ['table'],
    tfoot: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
    caption: ['table'],
  },
  required: {},
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};
