/**
 * The /cari/ page in the browser, on Pagefind's JS API (chosen over its Component UI:
 * fewer bytes and our own accessible markup; figures in README.md, "Search").
 *
 * - The URL is the state: ?q=&kategori=&topik=&urut=. Submitting the form or changing a
 *   choice pushes a history entry, so results can be shared and Back returns to the
 *   previous search.
 * - The result count and every other state (empty, none, error) is announced through
 *   one role="status" region, in Indonesian.
 * - Results are built from text nodes and <mark> elements: no index HTML is parsed.
 */
import { formatDate } from '../lib/format-date.ts';
import { bundlePath, siteBase } from './bundle-path.ts';
import {
  EXCERPT_WORDS,
  FILTER_CATEGORY,
  FILTER_TOPIC,
  ORDER_NEWEST,
  PARAM_ORDER,
  PARAM_QUERY,
  RESULTS_PER_PAGE,
  SORT_DATE,
} from './config.ts';
import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { toSearchHit, type SearchHit } from './results.ts';

interface SearchState {
  q: string;
  [FILTER_CATEGORY]: string;
  [FILTER_TOPIC]: string;
  [PARAM_ORDER]: string;
}

const FILTER_NAMES = [FILTER_CATEGORY, FILTER_TOPIC] as const;

let pagefindLoading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, from `<base>pagefind/`; a failed load may be retried. */
function loadPagefind(): Promise<PagefindApi> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath()}pagefind.js`)) as PagefindApi;
    await pagefind.options({
      basePath: bundlePath(),
      baseUrl: siteBase(),
      excerptLength: EXCERPT_WORDS,
      excerptEllipsis: '…',
      // The index of a news site is small per query: searching on the main thread saves
      // the worker script (12 KB gzip) and a request on the first search.
      noWorker: true,
    });
    return pagefind;
  })().catch((error: unknown) => {
    pagefindLoading = undefined;
    throw error;
  });
  return pagefindLoading;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Pick<HTMLElementTagNameMap[K], 'className' | 'textContent'>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function renderHit(hit: SearchHit): HTMLLIElement {
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

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#cari-form');
  const input = document.querySelector<HTMLInputElement>('#cari-q');
  const status = document.querySelector<HTMLElement>('#cari-status');
  const list = document.querySelector<HTMLOListElement>('#cari-hasil');
  const more = document.querySelector<HTMLButtonElement>('#cari-lagi');
  if (!form || !input || !status || !list || !more) return;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  /** Each search gets a number; results of a superseded search are dropped. */
  let current = 0;
  let pending: PagefindResult[] = [];
  let query = '';

  function announce(...parts: (Node | string)[]): void {
    // Emptying first makes a repeated message ("1 hasil") be announced again.
    status!.replaceChildren();
    requestAnimationFrame(() => status!.replaceChildren(...parts));
  }

  function readUrl(): SearchState {
    const params = new URLSearchParams(window.location.search);
    const state: SearchState = { q: (params.get(PARAM_QUERY) ?? '').trim(), kategori: '', topik: '', urut: '' };
    // Only values the page offers: a stale or mistyped link falls back to "all".
    for (const name of [...FILTER_NAMES, PARAM_ORDER] as const) {
      const value = params.get(name) ?? '';
      state[name] = [...select(name).options].some((option) => option.value === value) ? value : '';
    }
    return state;
  }

  function readForm(): SearchState {
    return {
      q: input!.value.trim(),
      kategori: select(FILTER_CATEGORY).value,
      topik: select(FILTER_TOPIC).value,
      urut: select(PARAM_ORDER).value,
    };
  }

  function fillForm(state: SearchState): void {
    input!.value = state.q;
    for (const name of [...FILTER_NAMES, PARAM_ORDER] as const) select(name).value = state[name];
  }

  function urlOf(state: SearchState): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(state)) if (value) params.set(name === 'q' ? PARAM_QUERY : name, value);
    const search = params.toString();
    return `${window.location.pathname}${search ? `?${search}` : ''}`;
  }

  /** "untuk “tempur” (topik Rusia)": the query and the filters in force, for messages. */
  function describe(state: SearchState): string {
    const chosen = FILTER_NAMES.filter((name) => state[name]).map(
      (name) => `${select(name).labels[0]?.textContent?.toLowerCase() ?? name} ${select(name).selectedOptions[0]?.textContent ?? ''}`,
    );
    return `untuk “${state.q}”${chosen.length > 0 ? ` (${chosen.join(', ')})` : ''}`;
  }

  function showEmpty(): void {
    list!.hidden = true;
    list!.replaceChildren();
    more!.hidden = true;
    announce('Ketik kata kunci, lalu tekan Enter atau tombol Cari.');
  }

  function showError(error: unknown): void {
    console.error('Warta: search failed', error);
    list!.hidden = true;
    more!.hidden = true;
    const home = element('a', { textContent: 'daftar berita terbaru' });
    home.href = siteBase();
    if (import.meta.env.DEV) {
      announce('Indeks pencarian belum ada. Jalankan “npm run build” sekali, lalu muat ulang halaman ini: ',
        '“npm run dev” memakai indeks dari build terakhir.');
    } else {
      announce('Maaf, pencarian tidak dapat dimuat. Periksa sambungan internet Anda, lalu coba lagi, atau buka ', home, '.');
    }
  }

  /** Loads and shows the next page of results; returns the first new result's link. */
  async function showMore(search: number): Promise<HTMLAnchorElement | null> {
    const next = pending.splice(0, RESULTS_PER_PAGE);
    const hits = await Promise.all(next.map(async (result) => toSearchHit(await result.data(), query)));
    if (search !== current) return null;
    const items = hits.map(renderHit);
    list!.append(...items);
    more!.hidden = pending.length === 0;
    more!.textContent = `Tampilkan ${Math.min(RESULTS_PER_PAGE, pending.length)} hasil berikutnya`;
    return items[0]?.querySelector('a') ?? null;
  }

  async function run(state: SearchState): Promise<void> {
    const search = ++current;
    if (!state.q) return showEmpty();
    // A site without articles has an index Pagefind cannot open: nothing to search yet.
    if (form!.dataset.articles === '0') return announce('Belum ada berita yang bisa dicari.');
    const slow = window.setTimeout(() => search === current && announce('Mencari…'), 400);
    list!.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      const options: PagefindSearchOptions = {
        filters: Object.fromEntries(FILTER_NAMES.filter((name) => state[name]).map((name) => [name, state[name]])),
        sort: state.urut === ORDER_NEWEST ? { [SORT_DATE]: 'desc' } : {},
      };
      const response = await pagefind.search(state.q, options);
      if (search !== current) return;
      pending = [...response.results];
      query = state.q;
      list!.replaceChildren();
      await showMore(search);
      if (search !== current) return;
      const count = response.results.length;
      list!.hidden = count === 0;
      if (count === 0) {
        announce(`Tidak ada hasil ${describe(state)}. Periksa ejaan, coba kata lain yang semakna`,
          FILTER_NAMES.some((name) => state[name]) ? ', atau pilih semua kategori dan topik.' : '.');
      } else {
        announce(`${count.toLocaleString('id-ID')} hasil ${describe(state)}`);
      }
    } catch (error) {
      if (search === current) showError(error);
    } finally {
      window.clearTimeout(slow);
      if (search === current) list!.removeAttribute('aria-busy');
    }
  }

  function submit(): void {
    const state = readForm();
    const url = urlOf(state);
    if (url !== `${window.location.pathname}${window.location.search}`) history.pushState(null, '', url);
    void run(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // A new choice re-runs the search right away; the page stays where it is.
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) submit();
  });
  // Fetch the index pieces for the words being typed, so the search itself is quick.
  input.addEventListener('input', () => {
    if (input.value.trim()) void loadPagefind().then((pagefind) => pagefind.preload(input.value.trim())).catch(() => {});
  });
  more.addEventListener('click', () => {
    void showMore(current).then((link) => link?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = readUrl();
    fillForm(state);
    void run(state);
  });

  const initial = readUrl();
  fillForm(initial);
  // Arriving without a query (the footer's "Cari" link), the reader came to type one:
  // load Pagefind now (the page preloads it), so their first search waits for nothing.
  if (!initial.q) {
    input.focus();
    void loadPagefind().then((pagefind) => pagefind.init()).catch(() => {});
  }
  void run(initial);
}
