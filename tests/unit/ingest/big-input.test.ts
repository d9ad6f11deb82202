import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '#src/ingest/decode-text.ts';
import { ingestText } from '#src/ingest/ingest-article.ts';

describe('a text at the size limit (issue 10, case 13)', () => {
  // Time and memory must stay linear in the input. The old tool took 179 s and 4.3 GB on
  // this input: the generous timeout only tells "seconds" from "minutes" on a busy machine.
  it('of one-character lines ingests in seconds, every line kept', async () => {
    const head = 'Warta.example - Baris pertama berita uji, Senin (4/11/2024).\n';
    const lines = Math.floor((MAX_SOURCE_BYTES - head.length) / 2);
    const text = head + 'a\n'.repeat(lines);
    expect(text.length).toBeLessThanOrEqual(MAX_SOURCE_BYTES);
    const article = await ingestText(new TextEncoder().encode(text), {
      title: 'Uji Besar',
      description: 'Uji.',
      category: 'Uji',
    });
    const body = article.body.split('\n\n');
    expect(body).toHaveLength(1 + lines);
    expect(body.slice(1).every((block) => block.trim() === 'a')).toBe(true);
  }, 60_000);

  it('of distinct lines ingests in linear time too (each distinct line is rendered once, in chunks)', async () => {
    const lines = ['Warta.example - Baris pertama berita uji, Senin (4/11/2024).'];
    for (let n = 0, size = lines[0]!.length; size < MAX_SOURCE_BYTES - 200; n++) {
      lines.push(`Paragraf nomor ${n} dengan beberapa kata.`);
      size += lines.at(-1)!.length + 1;
    }
    const article = await ingestText(new TextEncoder().encode(lines.join('\n')), {
      title: 'Uji Besar',
      description: 'Uji.',
      category: 'Uji',
    });
    expect(article.body.split('\n\n')).toHaveLength(lines.length);
  }, 180_000);
});
