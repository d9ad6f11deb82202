import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown } from '#src/markdown/pipeline.ts';
import { elements, parseHtml, textOf } from '#tests/support/html.ts';

/** Hostile Markdown and HTML an article file could carry. Each entry: [name, source]. */
const hostile: [string, string][] = [
  ['script tag', 'Halo <script>alert(1)</script> dunia'],
  ['script block', '<script>\nalert(document.cookie)\n</script>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>'],
  ['uppercase script', '<SCRIPT>alert(1)</SCRIPT>'],
  ['img onerror', '<img src="x" onerror="alert(1)">'],
  ['onload on body', '<body onload="alert(1)">teks</body>'],
  ['onmouseover on a', '<a href="https://ok.example" onmouseover="alert(1)">tautan</a>'],
  ['javascript: markdown link', '[klik](javascript:alert(1))'],
  ['javascript: html link', '<a href="javascript:alert(1)">klik</a>'],
  ['JaVaScRiPt: mixed case', '<a href="JaVaScRiPt:alert(1)">klik</a>'],
  ['javascript: with tab', '<a href="java\tscript:alert(1)">klik</a>'],
  [
    'javascript: entity-encoded',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  ],
  ['javascript: hex entities', '<a href="&#x6A;avascript&#x3A;alert(1)">klik</a>'],
  ['javascript: markdown entity', '[klik](&#106;avascript:alert(1))'],
  ['javascript: autolink', '<javascript:alert(1)>'],
  ['javascript: reference link', '[klik][x]\n\n[x]: javascript:alert(1)'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>'],
  ['data: image', '![gambar](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">klik</a>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['object', '<object data="evil.swf"></object>'],
  ['embed', '<embed src="evil.swf">'],
  ['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg use href', '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>'],
  ['math xlink', '<math><mtext><a xlink:href="javascript:alert(1)">x</a></mtext></math>'],
  ['style tag', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="position:fixed;inset:0;background:red">tutup layar</p>'],
  ['form', '<form action="https://evil.example"><input name="sandi" type="password"><button>Masuk</button></form>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
  ['base href', '<base href="https://evil.example/">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['html comment', '<!-- <script>alert(1)</script> -->teks'],
  ['unclosed attribute', '<img src=x onerror=alert(1)//'],
  ['details ontoggle', '<details open ontoggle="alert(1)"><summary>x</summary></details>'],
  ['class spoofing site chrome', '<div class="skip-link">palsu</div><span class="dateline" id="konten">x</span>'],
  ['id clobbering', '<a id="konten" name="konten">x</a>'],
];

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'input',
  'button',
  'meta',
  'base',
  'link',
  'noscript',
  'template',
  'details',
  'body',
  'html',
  'head',
]);
const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formAction', 'xLinkHref', 'data', 'srcDoc'];

describe('the article pipeline sanitizes hostile input', () => {
  it.each(hostile)('%s', async (_name, source) => {
    const html = await renderArticleMarkdown(source);
    // A fragment parse: the article body is inserted into <div class="article-body">.
    const tree = parseHtml(html);
    for (const element of elements(tree)) {
      if (['html', 'head', 'body'].includes(element.tagName) && element.position === undefined) continue;
      expect(FORBIDDEN_TAGS.has(element.tagName), `<${element.tagName}> in ${html}`).toBe(false);
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith('on'), `${name} in ${html}`).toBe(false);
        expect(name, html).not.toBe('style');
        expect(name, html).not.toBe('id');
        if (URL_ATTRIBUTES.includes(name)) {
          // eslint-disable-next-line no-control-regex -- browsers skip control characters in URLs
          expect(String(value).replace(/[\s\u0000-\u001f]/g, ''), html).not.toMatch(/^(javascript|data|vbscript):/i);
        }
      }
    }
    // Words like "onerror" may survive as escaped text; markup may not.
    expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed)/i);
  });

  it('keeps the text of a hostile paragraph while dropping the markup', async () => {
    const html = await renderArticleMarkdown('Halo <script>alert(1)</script> dunia <b onclick="x()">tebal</b>');
    expect(html).toBe('<p>Halo  dunia <b>tebal</b></p>');
  });

  it('drops a form but keeps the words around it', async () => {
    const html = await renderArticleMarkdown('Sebelum\n\n<form><input name="a"></form>\n\nSesudah');
    expect(textOf(parseHtml(html))).toBe('Sebelum Sesudah');
  });
});

describe('the article pipeline keeps legitimate prose', () => {
  it('renders emphasis, links, lists, quotes and raw HTML tables', async () => {
    const source = [
      'Teks *miring*, **tebal** dan [tautan](https://www.suara.com/news "Suara").',
      '',
      '> Kutipan narasumber.',
      '',
      '- satu',
      '- dua',
      '',
      '<table><thead><tr><th scope="col">Negara</th><th scope="col">Pasukan</th></tr></thead>',
      '<tbody><tr><td>Korea Utara</td><td align="right" onclick="x()">11.000</td></tr></tbody></table>',
    ].join('\n');
    const html = await renderArticleMarkdown(source);
    expect(html).toContain('<em>miring</em>');
    expect(html).toContain('<strong>tebal</strong>');
    expect(html).toContain('<a href="https://www.suara.com/news" title="Suara">tautan</a>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<li>dua</li>');
    expect(html).toContain('<td align="right">11.000</td>');
    expect(html).toContain('<th scope="col">Negara</th>');
  });

  it('leaves bare URLs as text (no GFM autolinks) and does not strike through ~~text~~', async () => {
    const html = await renderArticleMarkdown('Lihat https://www.suara.com dan ~~ini~~.');
    expect(html).toBe('<p>Lihat https://www.suara.com dan ~~ini~~.</p>');
  });

  it('keeps safe raw HTML and https images with alt text', async () => {
    const html = await renderArticleMarkdown(
      'Teks <abbr title="Korea Utara">Korut</abbr>.\n\n![Peta Kursk](https://example.org/peta.png)',
    );
    expect(html).toContain('<abbr title="Korea Utara">Korut</abbr>');
    expect(html).toContain('<img src="https://example.org/peta.png" alt="Peta Kursk">');
  });

  it('keeps quotes and dashes exactly as written (no smart punctuation)', async () => {
    const html = await renderArticleMarkdown('"Ya, sudah ada korban jiwa," lanjutnya -- kata dia...');
    expect(textOf(parseHtml(html))).toBe('"Ya, sudah ada korban jiwa," lanjutnya -- kata dia...');
  });

  it('demotes a body h1 to h2, since the headline is the page h1', async () => {
    expect(await renderArticleMarkdown('# Subjudul')).toBe('<h2 id="subjudul">Subjudul</h2>');
  });

  it('renders escaped markup as text', async () => {
    const html = await renderArticleMarkdown('\\<script>alert(1)\\</script> tetap teks');
    expect(textOf(parseHtml(html))).toBe('<script>alert(1)</script> tetap teks');
    expect(parseHtml(html).children.length).toBeGreaterThan(0);
  });
});
