import { seedSlug } from './seed.ts';
import { correctedSlug, fullSlug, withdrawnSlug } from './discovery-corpus.ts';

/** A page every served-site check visits, at the root and under /warta/. */
export interface PageToCheck {
  /** Short name for test titles. */
  name: string;
  /** Path below the base path, with any query string: "berita/x/", "cari/?q=tempur". */
  path: string;
  /** The HTTP status nginx answers with (default 200). */
  status?: number;
  /** A CSS selector to wait for before checking, for pages that render with script. */
  ready?: string;
}

/** The one list of pages the browser, accessibility and HTML checks run on. */
export const pagesToCheck: PageToCheck[] = [
  { name: 'home', path: '' },
  { name: 'article', path: `berita/${seedSlug}/` },
  { name: 'article with a lead photo', path: `berita/${fullSlug}/` },
  { name: 'section', path: 'kategori/internasional/' },
  { name: 'tag', path: 'topik/korea-utara/' },
  { name: 'archive month', path: 'arsip/2024/11/' },
  { name: 'search', path: 'cari/?q=tempur', ready: '.search-result-excerpt mark' },
  { name: '404', path: 'tidak-ada/', status: 404 },
  { name: 'article with a correction', path: `berita/${correctedSlug}/` },
  { name: "a withdrawn report's notice", path: `berita/${withdrawnSlug}/`, status: 410 },
  { name: 'corrections log', path: 'koreksi/' },
];
