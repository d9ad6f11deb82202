import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '#src/articles/json-ld.ts';
import { parseHtml, selectAll, textOf } from '#tests/support/html.ts';

const hostile = {
  headline: 'a </script><script>alert(1)</script> <!-- b --> </SCRIPT > c',
  separators: 'baris\u2028baru\u2029akhir',
  nested: [{ text: '<!--<script>' }],
};

describe('serializeJsonLd', () => {
  it('leaves no "<" and no line separator in the output', () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });

  it('stays one script element, with all of its text, when a browser parses the page', () => {
    const html = `<!doctype html><title>t</title><script type="application/ld+json">${serializeJsonLd(hostile)}</script><p>after</p>`;
    const scripts = selectAll('script', parseHtml(html));
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(textOf(scripts[0]!))).toEqual(hostile);
  });
});
