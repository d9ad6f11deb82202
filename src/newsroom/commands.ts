import { isMap } from 'yaml';
import { editFrontmatter, NewsroomError, quotedDate } from './edit-frontmatter.ts';

/** Adds a correction ("Ralat") to an article: `corrections` gains `{ date, text }`; `updatedDate` follows it. */
export function addCorrection(contentDir: string, slug: string, text: string, date: Date): string {
  return editFrontmatter(contentDir, slug, (doc) => {
    const correction = doc.createNode({ date: quotedDate(date), text });
    if (doc.has('corrections')) doc.addIn(['corrections'], correction);
    else doc.set('corrections', doc.createNode([correction]));
  });
}

/** Withdraws an article: `withdrawn: { date, reason }`. Refused if it is withdrawn already. */
export function withdrawArticle(contentDir: string, slug: string, reason: string, date: Date): string {
  return editFrontmatter(contentDir, slug, (doc, file) => {
    if (isMap(doc.get('withdrawn'))) throw new NewsroomError(`${file}: withdrawn: the article is withdrawn already`);
    doc.set('withdrawn', doc.createNode({ date: quotedDate(date), reason }));
  });
}
