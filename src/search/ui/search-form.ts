/**
 * The /cari/ page's form: reading and filling it, and the URL state (url-state.ts) it
 * stands for.
 */
import { CHOICE_NAMES, FILTER_NAMES, stateFromSearch, type ChoiceName, type SearchState } from './url-state.ts';

export interface SearchForm {
  /** What the form says now. */
  read(): SearchState;
  /** What the page's URL says. */
  readUrl(): SearchState;
  fill(state: SearchState): void;
  /** "untuk “tempur” (topik Rusia)": the query and the filters in force, for messages. */
  describe(state: SearchState): string;
}

export function searchForm(form: HTMLFormElement, input: HTMLInputElement): SearchForm {
  const select = (name: ChoiceName) => form.elements.namedItem(name) as HTMLSelectElement;
  return {
    read: () => ({
      q: input.value.trim(),
      ...(Object.fromEntries(CHOICE_NAMES.map((name) => [name, select(name).value])) as Record<ChoiceName, string>),
    }),
    readUrl: () =>
      stateFromSearch(window.location.search, (name) => [...select(name).options].map((option) => option.value)),
    fill(state) {
      input.value = state.q;
      for (const name of CHOICE_NAMES) select(name).value = state[name];
    },
    describe(state) {
      const chosen = FILTER_NAMES.filter((name) => state[name]).map(
        (name) =>
          `${select(name).labels[0]?.textContent?.toLowerCase() ?? name} ${select(name).selectedOptions[0]?.textContent ?? ''}`,
      );
      return `untuk “${state.q}”${chosen.length > 0 ? ` (${chosen.join(', ')})` : ''}`;
    },
  };
}
