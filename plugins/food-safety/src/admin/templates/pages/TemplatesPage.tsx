/** 检查表: the templates, inspection sheets first, with purpose filter and name search. */
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable, StatusTag, rowActionsColumn, useOptionalAuth, type DataTableColumn, type ListParams } from '@schoolbridge/ui';
import { FS_MANAGE, templateKeys, templatesApi, type TemplateSummary } from '../api';
import { PURPOSES, PurposeText, TEMPLATE_STATUS } from '../components/vocab';

export default function TemplatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useOptionalAuth()?.can(FS_MANAGE) ?? false;
  const columns: DataTableColumn<TemplateSummary>[] = [
    {
      key: 'name',
      title: t('foodSafety.templates.name'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/food-safety/templates/${row.id}`}>{row.name}</Link>
          {row.shipped ? <Tag>{t('foodSafety.templates.shipped')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'purpose', title: t('foodSafety.templates.purpose'), width: 110, render: (_, row) => <PurposeText value={row.purpose} /> },
    {
      key: 'currentVersion',
      title: t('foodSafety.templates.currentVersion'),
      width: 100,
      render: (_, row) => t('foodSafety.templates.versionN', { n: row.currentVersionNumber }),
    },
    {
      key: 'counts',
      title: t('foodSafety.templates.itemCount'),
      width: 150,
      render: (_, row) => t('foodSafety.templates.counts', { areas: row.areaCount, items: row.itemCount }),
    },
    { key: 'code', title: t('foodSafety.templates.code'), dataIndex: 'code', defaultHidden: true },
    {
      key: 'status',
      title: t('foodSafety.templates.status'),
      width: 100,
      render: (_, row) => <StatusTag value={row.archivedAt ? 'archived' : 'active'} map={TEMPLATE_STATUS} />,
    },
    rowActionsColumn<TemplateSummary>(
      (row) => ({
        view: `/food-safety/templates/${row.id}`,
        ...(canManage && !row.archivedAt ? { edit: `/food-safety/templates/${row.id}/edit` } : {}),
      }),
      { name: (row) => row.name },
    ),
  ];
  return (
    <DataTable<TemplateSummary>
      id="food-safety.templates"
      queryKey={templateKeys.list}
      fetch={(params: ListParams) => templatesApi.list(params)}
      rowKey="id"
      columns={columns}
      title={t('foodSafety.templates.list')}
      filters={[
        { type: 'text', name: 'q', label: t('foodSafety.templates.search') },
        {
          type: 'select',
          name: 'purpose',
          label: t('foodSafety.templates.purpose'),
          options: PURPOSES.map((p) => ({ value: p, label: t(`foodSafety.templates.purposes.${p}`) })),
        },
        {
          type: 'select',
          name: 'archived',
          label: t('foodSafety.templates.status'),
          options: [
            { value: 'false', label: t('foodSafety.templates.active') },
            { value: 'true', label: t('foodSafety.templates.archived') },
            { value: 'all', label: `${t('foodSafety.templates.active')} + ${t('foodSafety.templates.archived')}` },
          ],
        },
      ]}
      toolbar={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/food-safety/templates/new')}>
            {t('foodSafety.templates.new')}
          </Button>
        ) : null
      }
      empty={{
        description: t('foodSafety.templates.empty'),
        ...(canManage ? { action: { label: t('foodSafety.templates.new'), to: '/food-safety/templates/new' } } : {}),
      }}
    />
  );
}
