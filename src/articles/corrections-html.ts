import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ArticleData } from './schema.ts';
import { formatDate } from '#src/dates/format-date.ts';
import { formatTimeOfDay, writtenWithTime } from '#src/dates/time-of-day.ts';

const element = (tagName: string, children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** "Jumat, 8 November 2024 14.30 WIB", or without the time if none was written. */
const shownDate = (date: Date) => `${formatDate(date)}${writtenWithTime(date) ? ` ${formatTimeOfDay(date)}` : ''}`;

/**
 * A report's corrections as HTML for its feed item, oldest first, above the text: a
 * "Ralat" heading and one paragraph each with its date and time. Built as a tree and
 * serialized, so the texts are escaped. Empty without corrections.
 */
export function correctionsHtml(corrections: ArticleData['corrections']): string {
  if (corrections.length === 0) return '';
  const sorted = corrections.toSorted((a, b) => a.date.getTime() - b.date.getTime());
  return toHtml(
    element('aside', [
      element('h2', [text('Ralat')]),
      ...sorted.map((correction) => element('p', [text(`${shownDate(correction.date)}: ${correction.text}`)])),
    ]),
  );
}
