import { createContext, useContext } from 'react';
import type { ExportParams, ListParams } from './types';

export interface DataTableContextValue {
  /** What `fetch` was called with for the current page. */
  params: ListParams;
  /** The current filters and sort, without paging: what an export should contain. */
  exportParams: ExportParams;
  /** Loads the current page again (after a create or an import). */
  refetch: () => void;
}

export const DataTableContext = createContext<DataTableContextValue | null>(null);

/** Inside a DataTable's toolbar: its current parameters and a refetch. */
export function useDataTable(): DataTableContextValue | null {
  return useContext(DataTableContext);
}
