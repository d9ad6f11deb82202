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
 *   one role="status" region, in Indonesian.
 * - Nothing is fetched while the reader types: the index chunks for the words load on
 *   Enter, so none is fetched for a half-typed word (with typing a first query cost up
 *   to 6 KB more: a prefix such as "per" spans several chunks).
 */
import { ORDER_NEWEST, RESULTS_PER_PAGE } from '#src/search/config.ts';
import type { ResultsPage, SearchQuery } from '#src/search/query/search-session.ts';
import { siteBase } from './bundle-path.ts';
import { element, monthOf, renderHit } from './render.ts';
import { searchWorker } from './search-client.ts';
import {
  CHOICE_NAMES,
  EMPTY_STATE,
  FILTER_NAMES,
  filtersOf,
  stateFromSearch,
  urlOfState,
  type ChoiceName,
  type SearchState,
} from './url-state.ts';

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

export function startSearchPage(): void {
  const ui = pageElements();
  if (!ui) return;
  const { form, input, status, list, more } = ui;
  const select = (name: ChoiceName) => form.elements.namedItem(name) as HTMLSelectElement;
  const preloaded = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(
    (link) => link.href,
  );
  const session = searchWorker(preloaded);

  /** Each search gets a number; results of a superseded search are dropped. */
  let current = 0;
  let state: SearchState = EMPTY_STATE;
  /** Where the shown search stands, after its last page. */
  let standing: Omit<ResultsPage, 'hits'> | undefined;

  /** Counts messages, so a repeat's deferred write never lands over a newer message. */
  let announcements = 0;
  function announce(...parts: (Node | string)[]): void {
    const message = ++announcements;
    const text = parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('');
    if (status.textContent !== text) {
      status.replaceChildren(...parts);
      return;
    }
    // The same message again ("1 hasil" for a new query): emptying the region first, and
    // writing it a frame later, makes screen readers announce it again.
    status.replaceChildren();
    requestAnimationFrame(() => message === announcements && status.replaceChildren(...parts));
  }

  const readUrl = () =>
    stateFromSearch(window.location.search, (name) => [...select(name).options].map((option) => option.value));

  function readForm(): SearchState {
    const choices = Object.fromEntries(CHOICE_NAMES.map((name) => [name, select(name).value])) as Record<
      ChoiceName,
      string
    >;
    return { q: input.value.trim(), ...choices };
  }

  function fillForm(next: SearchState): void {
    input.value = next.q;
    for (const name of CHOICE_NAMES) select(name).value = next[name];
  }

  /** "untuk “tempur” (topik Rusia)": the query and the filters in force, for messages. */
  function describe(of: SearchState): string {
    const chosen = FILTER_NAMES.filter((name) => of[name]).map(
      (name) =>
        `${select(name).labels[0]?.textContent?.toLowerCase() ?? name} ${select(name).selectedOptions[0]?.textContent ?? ''}`,
    );
    return `untuk “${of.q}”${chosen.length > 0 ? ` (${chosen.join(', ')})` : ''}`;
  }

  /** "…, in articles since June 2025" while older shelves remain unsearched. */
  const scope = () => {
    const oldest = standing?.more ? standing.oldest : undefined;
    return oldest ? ` dalam berita sejak ${monthOf(oldest)}` : '';
  };

  function showEmpty(): void {
    list.hidden = true;
    list.replaceChildren();
    more.hidden = true;
    announce('Ketik kata kunci, lalu tekan Enter atau tombol Cari.');
  }

  function showError(error: unknown): void {
    console.error('Warta: search failed', error);
    list.hidden = true;
    more.hidden = true;
    const home = element('a', { textContent: 'daftar berita terbaru' });
    home.href = siteBase();
    if (import.meta.env.DEV) {
      announce(
        'Indeks pencarian belum ada. Jalankan “npm run build” sekali, lalu muat ulang halaman ini: ',
        '“npm run dev” memakai indeks dari build terakhir.',
      );
    } else {
      announce(
        'Maaf, pencarian tidak dapat dimuat. Periksa sambungan internet Anda, lalu coba lagi, atau buka ',
        home,
        '.',
      );
    }
  }

  function updateMoreButton({ remaining, more: older, oldest, shown }: Omit<ResultsPage, 'hits'>): void {
    more.hidden = remaining === 0 && !older;
    more.textContent =
      remaining > 0
        ? `Tampilkan ${Math.min(RESULTS_PER_PAGE, remaining)} hasil berikutnya`
        : `Cari ${shown > 0 ? 'juga ' : ''}di berita sebelum ${oldest ? monthOf(oldest) : 'ini'}`;
  }

  /**
   * Puts a page of results on screen from its hit `from` on (those before it are there
   * already); `whole`: the page is complete. Returns the first new result's link.
   */
  function show({ hits, ...rest }: ResultsPage, from = 0, whole = true): HTMLAnchorElement | null {
    standing = rest;
    const items = hits.slice(from).map(renderHit);
    list.append(...items);
    // Until the whole page is in, "more" would skip the results still loading.
    if (whole) updateMoreButton(rest);
    else more.hidden = true;
    return items[0]?.querySelector('a') ?? null;
  }

  const queryOf = (of: SearchState): SearchQuery => ({
    q: of.q,
    filters: filtersOf(of),
    order: of.urut === ORDER_NEWEST ? 'newest' : 'relevance',
  });

  function announceCount(): void {
    const count = (standing?.shown ?? 0) + (standing?.remaining ?? 0);
    list.hidden = count === 0;
    if (count === 0 && standing?.more) {
      announce(`Tidak ada hasil ${describe(state)}${scope()}.`);
    } else if (count === 0) {
      announce(
        `Tidak ada hasil ${describe(state)}. Periksa ejaan, coba kata lain yang semakna`,
        FILTER_NAMES.some((name) => state[name]) ? ', atau pilih semua kategori dan topik.' : '.',
      );
    } else {
      announce(`${count.toLocaleString('id-ID')} hasil ${describe(state)}${scope()}`);
    }
  }

  async function run(next: SearchState): Promise<void> {
    const search = ++current;
    if (!next.q) return showEmpty();
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
        list.replaceChildren();
      }
      show(page, drawn, whole);
      drawn = page.hits.length;
      if (first) announceCount();
    };
    try {
      const page = await session.search(queryOf(next), (early) => draw(early, false));
      if (page) draw(page, true);
    } catch (error) {
      if (search === current) showError(error);
    } finally {
      window.clearTimeout(slow);
      if (search === current) list.removeAttribute('aria-busy');
    }
  }

  /** The next page of results, or, when all are shown, the same search in older shelves. */
  async function showNext(): Promise<HTMLAnchorElement | null> {
    const search = current;
    const searchedBefore = standing?.oldest;
    const page = await session.next();
    if (!page || search !== current) return null;
    const link = show(page);
    // Results from older shelves change the count and how far back it reaches.
    if (page.oldest !== searchedBefore) announceCount();
    return link;
  }

  function submit(): void {
    const next = readForm();
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
    const next = readUrl();
    fillForm(next);
    void run(next);
  });

  const initial = readUrl();
  fillForm(initial);
  // Arriving without a query (the footer's "Cari" link), the reader came to type one:
  // open the newest shelves now (the page preloads them), so their first search waits for nothing.
  if (!initial.q) {
    input.focus();
    void session.open().catch(() => {});
  }
  void run(initial);
}
