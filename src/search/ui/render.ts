/**
 * What the /cari/ page puts on screen, built from text nodes and elements: no HTML from
 * the index is ever parsed.
 */
import { formatDate } from '#src/dates/format-date.ts';
import { LOCALE } from '#src/dates/locale.ts';
import type { SearchHit } from '#src/search/query/results.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Pick<HTMLElementTagNameMap[K], 'className' | 'textContent'>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One result: its headline linking to the article (asking it to mark the matched words), date and excerpt. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const link = element('a', { textContent: hit.title });
  link.href = hit.highlightUrl;
  const date = new Date(hit.date);
  const meta = element('p', { className: 'search-result-date' });
  if (!Number.isNaN(date.getTime())) {
    const time = element('time', { textContent: formatDate(date) });
    time.dateTime = hit.date;
    meta.append(time);
  }
  const excerpt = element('p', { className: 'search-result-excerpt' });
  for (const segment of hit.excerptSegments) {
    excerpt.append(segment.marked ? element('mark', { textContent: segment.text }) : segment.text);
  }
  return element(
    'li',
    { className: 'search-result' },
    element('h2', { className: 'search-result-title' }, link),
    meta,
    excerpt,
  );
}

const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Juni 2025" for "2025-06-19": how far back a search has looked. */
export function monthOf(isoDay: string): string {
  const [year, month] = isoDay.split('-').map(Number);
  return monthFormat.format(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
}
