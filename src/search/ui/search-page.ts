/**
 * The /cari/ page's controller, on Pagefind's JS API (chosen over its Component UI: fewer
 * bytes and our own accessible markup; figures in docs/search.md).
 *
 * - Pagefind runs in a worker (search-worker.ts, through search-client.ts): its
 *   WebAssembly, index chunks and searching never block the page; this module only
 *   renders what the worker sends.
 * - The URL is the state (url-state.ts): submitting the form or changing a choice pushes a
 *   history entry, so results can be shared and Back returns to the previous search.
 * - A search starts in the newest shelves of the index and reaches into older ones only
 *   when the reader asks (query/search-session.ts): a first search costs the same however
 *   large the archive is, and each step back costs the page lists of its shelves (about
 *   12 KB gzip per 1,000 articles), which a reader on a phone plan chooses to spend. One
 *   click goes back as far as it takes to find something.
 * - A new search's first screen of results (FIRST_SCREEN_RESULTS) is shown as soon as
 *   their excerpts are in, with the count; the rest of the page follows, and "more" waits
 *   for it. Each excerpt is a request of its own, and the ten of a page took half a
 *   search's time on the benchmark machine.
 * - The result count and every other state (empty, none, error) is announced through
 *   one role="status" region, in Indonesian (announcer.ts); the list and its "more"
 *   button are results-view.ts.
 * - Nothing is fetched while the reader types: the index chunks for the words load on
 *   Enter, so none is fetched for a half-typed word (with typing a first query cost up
 *   to 6 KB more: a prefix such as "per" spans several chunks).
 */
import { ORDER_NEWEST } from '#src/search/config.ts';
import type { ResultsPage, SearchQuery } from '#src/search/query/search-session.ts';
import { announcer } from './announcer.ts';
import { resultsView } from './results-view.ts';
import { searchWorker } from './search-client.ts';
import { searchForm } from './search-form.ts';
import { EMPTY_STATE, FILTER_NAMES, filtersOf, urlOfState, type SearchState } from './url-state.ts';

interface PageElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function pageElements(): PageElements | undefined {
  const form = document.querySelector<HTMLFormElement>('#cari-form');
  const input = document.querySelector<HTMLInputElement>('#cari-q');
  const status = document.querySelector<HTMLElement>('#cari-status');
  const list = document.querySelector<HTMLOListElement>('#cari-hasil');
  const more = document.querySelector<HTMLButtonElement>('#cari-lagi');
  return form && input && status && list && more ? { form, input, status, list, more } : undefined;
}

const queryOf = (of: SearchState): SearchQuery => ({
  q: of.q,
  filters: filtersOf(of),
  order: of.urut === ORDER_NEWEST ? 'newest' : 'relevance',
});

export function startSearchPage(): void {
  const ui = pageElements();
  if (!ui) return;
  const { form, input, list, more } = ui;
  const fields = searchForm(form, input);
  const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(
    (link) => link.href,
  );
  const session = searchWorker(preloaded);
  const announce = announcer(ui.status);
  const view = resultsView(list, more, announce);

  /** Each search gets a number; results of a superseded search are dropped. */
  let current = 0;
  let state: SearchState = EMPTY_STATE;

  const announceCount = () =>
    view.announceCount(
      fields.describe(state),
      FILTER_NAMES.some((name) => state[name]),
    );

  async function run(next: SearchState): Promise<void> {
    const search = ++current;
    if (!next.q) return view.showEmpty();
    // A site without articles has an index Pagefind cannot open: nothing to search yet.
    if (form.dataset.articles === '0') return announce('Belum ada berita yang bisa dicari.');
    const slow = window.setTimeout(() => search === current && announce('Mencari…'), 400);
    list.setAttribute('aria-busy', 'true');
    /** Results of this search on screen: its first screen may come ahead of the rest of its page. */
    let drawn = 0;
    const draw = (page: ResultsPage, whole: boolean) => {
      if (search !== current) return;
      window.clearTimeout(slow);
      const first = drawn === 0;
      if (first) {
        state = next;
        view.clear();
      }
      view.show(page, drawn, whole);
      drawn = page.hits.length;
      if (first) announceCount();
    };
    try {
      const page = await session.search(queryOf(next), (early) => draw(early, false));
      if (page) draw(page, true);
    } catch (error) {
      if (search === current) view.showError(error);
    } finally {
      window.clearTimeout(slow);
      if (search === current) list.removeAttribute('aria-busy');
    }
  }

  /** The next page of results, or, when all are shown, the same search in older shelves. */
  async function showNext(): Promise<HTMLAnchorElement | null> {
    const search = current;
    const searchedBefore = view.standing?.oldest;
    const page = await session.next();
    if (!page || search !== current) return null;
    const link = view.show(page);
    // Results from older shelves change the count and how far back it reaches.
    if (page.oldest !== searchedBefore) announceCount();
    return link;
  }

  function submit(): void {
    const next = fields.read();
    const url = urlOfState(window.location.pathname, next);
    if (url !== `${window.location.pathname}${window.location.search}`) history.pushState(null, '', url);
    void run(next);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // A new choice re-runs the search right away; the page stays where it is.
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) submit();
  });
  more.addEventListener('click', () => {
    void showNext().then((link) => link?.focus());
  });
  window.addEventListener('popstate', () => {
    const next = fields.readUrl();
    fields.fill(next);
    void run(next);
  });

  const initial = fields.readUrl();
  fields.fill(initial);
  // Arriving without a query (the footer's "Cari" link), the reader came to type one:
  // open the newest shelves now (the page preloads them), so their first search waits for nothing.
  if (!initial.q) {
    input.focus();
    void session.open().catch(() => {});
  }
  void run(initial);
}
