import { useState } from 'react';
import { type ApiError, asApiError } from './client';
import { type ResourceState, useResource } from './use-resource';

/** A search over a list served newest first, a page at a time: the newest page, and older ones on demand. */
export interface PagedSearch<F, P, C> {
  filters: F;
  /** The newest page of the current search. */
  first: ResourceState<P>;
  /** Every page loaded so far, newest first. */
  pages: P[];
  /** Where the next older page starts; undefined when the last page loaded is the oldest. */
  olderCursor: C | undefined;
  olderError: ApiError | undefined;
  isLoadingOlder: boolean;
  /** Starts a new search (again with the same filters: the newest page is fetched anew). */
  search(filters: F): void;
  loadOlder(): Promise<void>;
}

/**
 * The state of a paged search (the audit log, the mail log, the consent ledger): `fetchPage` gets the newest page
 * without a cursor and the page before the cursor with one; `olderCursorOf` tells from a page where the next older
 * one starts, if any.
 */
export function usePagedSearch<F, P, C>(options: {
  initialFilters: F;
  fetchPage: (filters: F, cursor: C | undefined, signal?: AbortSignal) => Promise<P>;
  olderCursorOf: (page: P) => C | undefined;
}): PagedSearch<F, P, C> {
  const { fetchPage, olderCursorOf } = options;
  const [filters, setFilters] = useState<F>(options.initialFilters);
  const [generation, setGeneration] = useState(0);
  const first = useResource((signal) => fetchPage(filters, undefined, signal), [filters, generation]);
  const [older, setOlder] = useState<P[]>([]);
  const [olderError, setOlderError] = useState<ApiError>();
  const [isLoadingOlder, setIsLoadingOlder] = useState(false);

  const pages = first.data === undefined ? [] : [first.data, ...older];
  const lastPage = pages.at(-1);
  const olderCursor = lastPage === undefined ? undefined : olderCursorOf(lastPage);

  return {
    filters,
    first,
    pages,
    olderCursor,
    olderError,
    isLoadingOlder,
    search(next) {
      setOlder([]);
      setOlderError(undefined);
      setFilters(next);
      setGeneration((n) => n + 1);
    },
    async loadOlder() {
      if (olderCursor === undefined) {
        return;
      }
      setIsLoadingOlder(true);
      setOlderError(undefined);
      try {
        const page = await fetchPage(filters, olderCursor);
        setOlder([...older, page]);
      } catch (cause) {
        setOlderError(asApiError(cause));
      } finally {
        setIsLoadingOlder(false);
      }
    },
  };
}
