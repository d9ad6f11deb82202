/**
 * The /cari/ page's state is its URL: ?q=&kategori=&topik=&urut=. Pure functions between
 * a query string and that state, so that links can be shared and Back returns to the
 * previous search.
 */
import { FILTER_CATEGORY, FILTER_TOPIC, PARAM_ORDER, PARAM_QUERY } from '#src/search/config.ts';

export const CHOICE_NAMES = [FILTER_CATEGORY, FILTER_TOPIC, PARAM_ORDER] as const;
export type ChoiceName = (typeof CHOICE_NAMES)[number];
/** The filters among the choices. */
export const FILTER_NAMES = [FILTER_CATEGORY, FILTER_TOPIC] as const;

export type SearchState = { q: string } & Record<ChoiceName, string>;

export const EMPTY_STATE: SearchState = { q: '', [FILTER_CATEGORY]: '', [FILTER_TOPIC]: '', [PARAM_ORDER]: '' };

/**
 * The state a query string asks for. `offered(name)` lists the values the page offers
 * for a choice: a stale or mistyped value falls back to "" (all, or relevance).
 */
export function stateFromSearch(search: string, offered: (name: ChoiceName) => readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { ...EMPTY_STATE, q: (params.get(PARAM_QUERY) ?? '').trim() };
  for (const name of CHOICE_NAMES) {
    const value = params.get(name) ?? '';
    state[name] = offered(name).includes(value) ? value : '';
  }
  return state;
}

/** The URL of a state on the page at `pathname`: only what is set, in a fixed order. */
export function urlOfState(pathname: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set(PARAM_QUERY, state.q);
  for (const name of CHOICE_NAMES) if (state[name]) params.set(name, state[name]);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

/** The filters a state sets, as Pagefind takes them. */
export function filtersOf(state: SearchState): Record<string, string> {
  return Object.fromEntries(FILTER_NAMES.filter((name) => state[name]).map((name) => [name, state[name]]));
}
