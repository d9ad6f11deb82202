/** A way to pass an article on, as a plain link that works without JavaScript. */
export interface ShareLink {
  /** The service, shown as the link text. */
  name: string;
  href: string;
}

/**
 * Share links for WhatsApp, Telegram, X and e-mail: each service's documented
 * "share this" URL, with the headline and the article's absolute URL encoded as
 * query values. No service script, no tracking parameter.
 */
export function shareLinks(title: string, url: string): ShareLink[] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString().replace(/\+/g, '%20');
  return [
    { name: 'WhatsApp', href: `https://wa.me/?${query({ text: `${title} ${url}` })}` },
    { name: 'Telegram', href: `https://t.me/share/url?${query({ url, text: title })}` },
    { name: 'X', href: `https://x.com/intent/tweet?${query({ text: title, url })}` },
    { name: 'E-mail', href: `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}` },
  ];
}
