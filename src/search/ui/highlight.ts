/**
 * Marks the searched words on an article page opened from a search result
 * (`?highlight=bertempur&highlight=pertempuran`) with Pagefind's highlight script, then
 * brings the first marked word into view. Without the parameter nothing more is loaded.
 * The script's inline <style> is turned off (the CSP forbids it): `mark` is styled in
 * src/search/search.css.
 *
 * This module ships on every article page, so it imports nothing and uses no dynamic
 * import(): either would add a shared chunk (Vite's preload helper) to every article.
 * Hence two literals that must match src/search/config.ts (HIGHLIGHT_PARAM and
 * BUNDLE_DIR); the browser tests follow a search result into a marked article.
 */
const HIGHLIGHT_PARAM = 'highlight';
const HIGHLIGHT_SCRIPT = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind-highlight.js`;

/**
 * The most terms, and characters per term, marked on a page. The parameter comes from
 * any link: unbounded, one 100,000-character term made Pagefind's pattern too large to
 * compile, and 2,000 terms blocked the page for 20 s. A search yields a handful of
 * words, none near 64 characters.
 */
const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

/**
 * The URL's highlight terms, capped; the address is rewritten when the cap cut something,
 * because Pagefind's script reads the terms from it.
 */
function cappedTerms(): string[] {
  const url = new URL(window.location.href);
  const given = url.searchParams.getAll(HIGHLIGHT_PARAM);
  const terms = given
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .slice(0, MAX_TERMS)
    .map((term) => Array.from(term).slice(0, MAX_TERM_LENGTH).join(''));
  if (terms.length !== given.length || terms.some((term, i) => term !== given[i])) {
    url.searchParams.delete(HIGHLIGHT_PARAM);
    for (const term of terms) url.searchParams.append(HIGHLIGHT_PARAM, term);
    window.history.replaceState(window.history.state, '', url);
  }
  return terms;
}

type PagefindHighlight = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

function outOfView(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top < 0 || bottom > window.innerHeight;
}

function markWords(): void {
  const Highlight = (window as Window & { PagefindHighlight?: PagefindHighlight }).PagefindHighlight;
  if (!Highlight) return;
  // Marks inside [data-pagefind-body], skipping [data-pagefind-ignore] (the Baca Juga asides).
  new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
  const first = document.querySelector('[data-pagefind-body] mark');
  if (first && outOfView(first)) first.scrollIntoView({ block: 'center' });
}

if (cappedTerms().length > 0) {
  // If the script cannot load, the article simply reads as it does without highlighting.
  const script = document.createElement('script');
  script.type = 'module';
  script.src = HIGHLIGHT_SCRIPT;
  script.addEventListener('load', markWords);
  document.head.append(script);
}
