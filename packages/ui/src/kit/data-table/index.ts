export { DataTable, type DataTableProps } from './data-table';
export { ExportButton, type ExportButtonProps } from './export-button';
export { rowActionsColumn, RowActionsCell, type RowAction, type RowActions, type RowMoreAction } from './row-actions';
export { useDataTable, type DataTableContextValue } from './context';
export { columnSettingsKey } from './column-settings';
export { PAGE_SIZE_OPTIONS, DEFAULT_PAGE_SIZE, parseSort, readTableState, writeTableState, toListParams, filterParamNames } from './url-state';
export type { DataTableColumn, DateRangeFilter, ExportParams, FilterDef, ListParams, Page, SelectFilter, TableState, TextFilter } from './types';
