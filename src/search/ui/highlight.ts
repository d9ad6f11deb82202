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

if (new URLSearchParams(window.location.search).getAll(HIGHLIGHT_PARAM).some((word) => word.trim() !== '')) {
  // If the script cannot load, the article simply reads as it does without highlighting.
  const script = document.createElement('script');
  script.type = 'module';
  script.src = HIGHLIGHT_SCRIPT;
  script.addEventListener('load', markWords);
  document.head.append(script);
}
