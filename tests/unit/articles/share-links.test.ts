import { describe, expect, it } from 'vitest';
import { shareLinks } from '#src/articles/share-links.ts';

const title = 'Harga Cabai Naik 20% & Bawang "Stabil"';
const url = 'https://warta.example/berita/harga-cabai/';

describe('shareLinks', () => {
  const links = Object.fromEntries(shareLinks(title, url).map(({ name, href }) => [name, href]));

  it('offers WhatsApp, Telegram, X and e-mail, in that order', () => {
    expect(shareLinks(title, url).map((link) => link.name)).toEqual(['WhatsApp', 'Telegram', 'X', 'E-mail']);
  });

  it('writes each service URL by hand-checked encoding: spaces as %20, & % " escaped', () => {
    expect(links.WhatsApp).toBe(
      'https://wa.me/?text=Harga%20Cabai%20Naik%2020%25%20%26%20Bawang%20%22Stabil%22%20https%3A%2F%2Fwarta.example%2Fberita%2Fharga-cabai%2F',
    );
    expect(links.Telegram).toBe(
      'https://t.me/share/url?url=https%3A%2F%2Fwarta.example%2Fberita%2Fharga-cabai%2F&text=Harga%20Cabai%20Naik%2020%25%20%26%20Bawang%20%22Stabil%22',
    );
  });

  it('carries the headline and the address as the services read them back', () => {
    const x = new URL(links.X!);
    expect([x.origin + x.pathname, x.searchParams.get('text'), x.searchParams.get('url')]).toEqual([
      'https://x.com/intent/tweet',
      title,
      url,
    ]);
    const mail = new URL(links['E-mail']!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.searchParams.get('subject')).toBe(title);
    expect(mail.searchParams.get('body')).toBe(`${title}\n\n${url}`);
    // A mail client reads "+" literally: spaces must be %20.
    expect(links['E-mail']).not.toContain('+');
  });
});
