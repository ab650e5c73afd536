import { useState } from 'react';
import { Button, Dropdown } from 'antd';
import { DownloadOutlined, DownOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ImportWizard, useDataTable } from '@schoolbridge/ui';
import { exportUrl } from '../api';

/** 导出 ▾ (.xlsx / .csv) with the table's current filters and sort (inside a DataTable's toolbar). */
export function ExportMenu({ list, extra }: { list: 'regions' | 'organisations' | 'teachers' | 'students' | 'staff'; extra?: Record<string, string> }) {
  const { t } = useTranslation();
  const table = useDataTable();
  const params = { ...(table?.exportParams ?? {}), ...(extra ?? {}) };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: <a href={exportUrl(list, 'xlsx', params)} download>{t('directory.common.exportXlsx')}</a> },
          { key: 'csv', label: <a href={exportUrl(list, 'csv', params)} download>{t('directory.common.exportCsv')}</a> },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>
        {t('kit.table.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

/** 导入 → the kit's import wizard for an importer; the lists under `refresh` reload after an import. */
export function ImportButton({ importerId, name, refresh }: { importerId: string; name: string; refresh: QueryKey[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('directory.common.import')}
      </Button>
      <ImportWizard
        importerId={importerId}
        name={name}
        open={open}
        onClose={({ applied }) => {
          setOpen(false);
          if (applied) for (const key of refresh) void queryClient.invalidateQueries({ queryKey: key });
        }}
      />
    </>
  );
}
