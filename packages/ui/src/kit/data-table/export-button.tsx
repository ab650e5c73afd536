import { useState, type ReactNode } from 'react';
import { Button, message } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemOf } from '../problem';
import { useDataTable } from './context';
import type { ExportParams } from './types';

export interface ExportButtonProps {
  /** The download address for the current filters: `(p) => '/api/twinning/pairs/export?' + new URLSearchParams(p)`. */
  exportUrl?: (params: ExportParams) => string;
  /** Or a function that does the export (e.g. builds a file in the browser). */
  onExport?: (params: ExportParams) => Promise<unknown> | void;
  /** The filters to export; inside a DataTable's toolbar, the table's current ones. */
  params?: ExportParams;
  label?: ReactNode;
}

/** 导出: downloads the list with the filters the user is looking at. */
export function ExportButton({ exportUrl, onExport, params, label }: ExportButtonProps) {
  const { t } = useTranslation();
  const table = useDataTable();
  const [busy, setBusy] = useState(false);
  const [api, holder] = message.useMessage();
  const current = params ?? table?.exportParams ?? {};
  const text = label ?? t('kit.table.export');

  if (exportUrl && !onExport) {
    return (
      <Button icon={<DownloadOutlined />} href={exportUrl(current)} download>
        {text}
      </Button>
    );
  }
  return (
    <>
      {holder}
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            if (onExport) await onExport(current);
            else if (exportUrl) window.location.assign(exportUrl(current));
          } catch (err) {
            const p = problemOf(err);
            const detail = isNetworkError(err) ? t('kit.form.networkError') : p?.detail || p?.title || (err instanceof Error ? err.message : String(err));
            void api.error(t('kit.table.exportFailed', { detail }));
          } finally {
            setBusy(false);
          }
        }}
      >
        {text}
      </Button>
    </>
  );
}
