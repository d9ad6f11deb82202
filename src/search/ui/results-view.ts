/**
 * The /cari/ page's results: the list, the "more" button and what the live region says
 * about them (the count, none, the reach into older shelves, an error). It keeps where
 * the shown search stands after its last page; the controller (search-page.ts) decides
 * what to show and when.
 */
import { RESULTS_PER_PAGE } from '#src/search/config.ts';
import type { ResultsPage } from '#src/search/query/search-session.ts';
import { siteBase } from './bundle-path.ts';
import { element, monthOf, renderHit } from './render.ts';

export interface ResultsView {
  /** Where the shown search stands, after its last page. */
  readonly standing: Omit<ResultsPage, 'hits'> | undefined;
  /** No query: the prompt to type one. */
  showEmpty(): void;
  showError(error: unknown): void;
  /** Empties the list for a new search's results. */
  clear(): void;
  /**
   * Puts a page of results on screen from its hit `from` on (those before it are there
   * already); `whole`: the page is complete. Returns the first new result's link.
   */
  show(page: ResultsPage, from?: number, whole?: boolean): HTMLAnchorElement | null;
  /** Announces the count; `described` is the query and its filters ("untuk “tempur”"), `filtered` whether any filter is chosen. */
  announceCount(described: string, filtered: boolean): void;
}

export function resultsView(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  announce: (...parts: (Node | string)[]) => void,
): ResultsView {
  let standing: Omit<ResultsPage, 'hits'> | undefined;

  /** "…, in articles since June 2025" while older shelves remain unsearched. */
  const scope = () => {
    const oldest = standing?.more ? standing.oldest : undefined;
    return oldest ? ` dalam berita sejak ${monthOf(oldest)}` : '';
  };

  function updateMoreButton({ remaining, more: older, oldest, shown }: Omit<ResultsPage, 'hits'>): void {
    more.hidden = remaining === 0 && !older;
    more.textContent =
      remaining > 0
        ? `Tampilkan ${Math.min(RESULTS_PER_PAGE, remaining)} hasil berikutnya`
        : `Cari ${shown > 0 ? 'juga ' : ''}di berita sebelum ${oldest ? monthOf(oldest) : 'ini'}`;
  }

  return {
    get standing() {
      return standing;
    },
    showEmpty() {
      list.hidden = true;
      list.replaceChildren();
      more.hidden = true;
      announce('Ketik kata kunci, lalu tekan Enter atau tombol Cari.');
    },
    showError(error) {
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
    },
    clear() {
      list.replaceChildren();
    },
    show({ hits, ...rest }, from = 0, whole = true) {
      standing = rest;
      const items = hits.slice(from).map(renderHit);
      list.append(...items);
      // Until the whole page is in, "more" would skip the results still loading.
      if (whole) updateMoreButton(rest);
      else more.hidden = true;
      return items[0]?.querySelector('a') ?? null;
    },
    announceCount(described, filtered) {
      const count = (standing?.shown ?? 0) + (standing?.remaining ?? 0);
      list.hidden = count === 0;
      if (count === 0 && standing?.more) {
        announce(`Tidak ada hasil ${described}${scope()}.`);
      } else if (count === 0) {
        announce(
          `Tidak ada hasil ${described}. Periksa ejaan, coba kata lain yang semakna`,
          filtered ? ', atau pilih semua kategori dan topik.' : '.',
        );
      } else {
        announce(`${count.toLocaleString('id-ID')} hasil ${described}${scope()}`);
      }
    },
  };
}
