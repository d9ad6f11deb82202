import type { Root } from 'hast';
import { parseHtml, selectAll } from './html.ts';

/** One URL the crawl requested, with where it was found. */
export interface Visit {
  url: string;
  status: number;
  location: string | null;
  contentType: string;
  /** Pages or files that link to it (the start list says "start"). */
  from: string[];
  /** Same-page fragments (#id) that this HTML page links to but does not have. */
  missingFragments: string[];
}

export interface CrawlResult {
  visits: Map<string, Visit>;
  /** Absolute URLs on other origins (publishers): listed, not fetched (no network). */
  external: Set<string>;
}

/** Every URL-bearing attribute a static page can have. */
const URL_ATTRIBUTES: [selector: string, property: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]', 'content'],
];

function htmlLinks(tree: Root): { urls: string[]; fragments: string[]; ids: Set<string> } {
  const urls: string[] = [];
  for (const [selector, property] of URL_ATTRIBUTES) {
    for (const element of selectAll(selector, tree)) urls.push(String(element.properties[property]));
  }
  for (const element of selectAll('img[srcset], source[srcset]', tree)) {
    urls.push(
      ...String(element.properties.srcSet)
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0]!),
    );
  }
  // JSON-LD: every string value that is an absolute URL (url, @id, logo, isBasedOn…).
  for (const script of selectAll('script[type="application/ld+json"]', tree)) {
    const text = script.children.map((child) => ('value' in child ? child.value : '')).join('');
    JSON.parse(text, (_key, value) => {
      if (typeof value === 'string' && /^https?:\/\//.test(value)) urls.push(value);
      return value;
    });
  }
  const ids = new Set(selectAll('[id]', tree).map((element) => String(element.properties.id)));
  const fragments = urls.filter((url) => url.startsWith('#')).map((url) => decodeURIComponent(url.slice(1)));
  return { urls: urls.filter((url) => !url.startsWith('#')), fragments, ids };
}

/** Absolute URLs in any text: feeds, sitemaps, robots.txt, and the manifest's paths. */
function textLinks(text: string, contentType: string): string[] {
  const urls = [...text.matchAll(/https?:\/\/[^\s"'<>)&]+/g)].map((match) => match[0]);
  if (contentType.includes('manifest+json')) {
    const manifest = JSON.parse(text) as { start_url?: string; scope?: string; icons?: { src: string }[] };
    urls.push(
      ...[manifest.start_url, manifest.scope, ...(manifest.icons ?? []).map((icon) => icon.src)].filter(
        (url): url is string => !!url,
      ),
    );
  }
  for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) urls.push(match[1]!);
  return urls;
}

/**
 * Follows every link, asset, canonical, feed, sitemap and manifest URL reachable from
 * the start URLs on one origin, fetching each once without following redirects (an
 * internal link that needs a redirect is a broken link: every URL ends in its slash).
 * `siteOrigin` (what canonical and feed URLs were built for) is mapped onto `origin`.
 */
export async function crawl(origin: string, siteOrigin: string, start: string[]): Promise<CrawlResult> {
  const visits = new Map<string, Visit>();
  const external = new Set<string>();
  const queue: [string, string][] = start.map((url) => [url, 'start']);
  const seen = new Map<string, string[]>();
  while (queue.length > 0) {
    const [raw, from] = queue.shift()!;
    let url = new URL(raw, from === 'start' ? origin : from);
    if (url.origin === siteOrigin) url = new URL(url.pathname + url.search, origin);
    if (url.origin !== origin) {
      external.add(url.href);
      continue;
    }
    url.hash = '';
    const referrers = seen.get(url.href);
    if (referrers) {
      if (!referrers.includes(from)) referrers.push(from);
      continue;
    }
    const froms = [from];
    seen.set(url.href, froms);
    const response = await fetch(url, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const visit: Visit = {
      url: url.href,
      status: response.status,
      location: response.headers.get('location'),
      contentType,
      from: froms,
      missingFragments: [],
    };
    visits.set(url.href, visit);
    const text = await response.text();
    let links: string[];
    if (contentType.startsWith('text/html')) {
      const { urls, fragments, ids } = htmlLinks(parseHtml(text));
      visit.missingFragments = fragments.filter((id) => !ids.has(id));
      links = urls;
    } else {
      links = /^(text\/|application\/(xml|rss\+xml|manifest\+json|json))/.test(contentType)
        ? textLinks(text, contentType)
        : [];
    }
    for (const link of links) queue.push([link, url.href]);
  }
  return { visits, external };
}
