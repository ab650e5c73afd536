/**
 * A checklist template: key facts, the content of the version picked (the current one unless
 * `?version=` names another), and the version history (第 N 版, note, who, when, used since).
 */
import { Alert, App, Button, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DateText, DetailLayout, EmptyState, PageSkeleton, formatDate, problemOf, useOptionalAuth } from '@schoolbridge/ui';
import { FS_MANAGE, templateKeys, templatesApi, useTemplate, type TemplateVersionSummary } from '../api';
import { VersionContent } from '../components/VersionContent';
import { PurposeText, TEMPLATE_STATUS } from '../components/vocab';

export default function TemplateDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const canManage = useOptionalAuth()?.can(FS_MANAGE) ?? false;
  const template = useTemplate(id);
  const versions = useQuery({ queryKey: templateKeys.versions(id), queryFn: () => templatesApi.versions(id), enabled: !!id });
  const current = template.data?.currentVersion;
  const pickedId = search.get('version') ?? current?.id;
  const picked = useQuery({
    queryKey: templateKeys.version(id, pickedId ?? ''),
    queryFn: () => templatesApi.version(id, pickedId!),
    enabled: !!pickedId && !!current && pickedId !== current.id,
  });

  if (template.isPending) return <PageSkeleton />;
  if (template.isError)
    return <Alert type="error" showIcon title={problemOf(template.error)?.detail ?? problemOf(template.error)?.title ?? String(template.error)} />;
  const row = template.data;
  const shown = pickedId && pickedId !== row.currentVersion.id ? picked.data : row.currentVersion;

  const pick = (versionId: string) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (versionId === row.currentVersion.id) next.delete('version');
        else next.set('version', versionId);
        next.delete('tab');
        return next;
      },
      { replace: false },
    );

  const setArchived = async (archived: boolean) => {
    try {
      await (archived ? templatesApi.archive(id) : templatesApi.restore(id));
      message.success(t(archived ? 'foodSafety.templates.archivedDone' : 'foodSafety.templates.restoredDone'));
      await queryClient.invalidateQueries({ queryKey: templateKeys.all });
    } catch (err) {
      message.error(problemOf(err)?.detail ?? problemOf(err)?.title ?? String(err));
    }
  };

  const history = versions.data?.items ?? [];
  return (
    <DetailLayout
      breadcrumb={[{ title: t('foodSafety.nav') }, { title: t('foodSafety.templates.list'), to: '/food-safety/templates' }, { title: row.name }]}
      title={
        <Space wrap>
          {row.name}
          {row.shipped ? <Tag>{t('foodSafety.templates.shipped')}</Tag> : null}
        </Space>
      }
      status={{ value: row.archivedAt ? 'archived' : 'active', map: TEMPLATE_STATUS }}
      extra={
        canManage ? (
          <Space wrap>
            {row.archivedAt ? (
              <Button onClick={() => void setArchived(false)}>{t('foodSafety.templates.restore')}</Button>
            ) : (
              <>
                <Popconfirm title={t('foodSafety.templates.archiveConfirm')} onConfirm={() => setArchived(true)}>
                  <Button>{t('foodSafety.templates.archive')}</Button>
                </Popconfirm>
                <Button type="primary" onClick={() => navigate(`/food-safety/templates/${id}/edit`)}>
                  {t('foodSafety.templates.edit')}
                </Button>
              </>
            )}
          </Space>
        ) : null
      }
      facts={[
        { label: t('foodSafety.templates.purpose'), children: <PurposeText value={row.purpose} /> },
        { label: t('foodSafety.templates.currentVersion'), children: t('foodSafety.templates.versionN', { n: row.currentVersionNumber }) },
        { label: t('foodSafety.templates.itemCount'), children: t('foodSafety.templates.counts', { areas: row.areaCount, items: row.itemCount }) },
        { label: t('foodSafety.templates.totalWeight'), children: row.currentVersion.totalWeight },
        { label: t('foodSafety.templates.code'), children: row.code },
        ...(row.description ? [{ label: t('foodSafety.templates.description'), children: row.description }] : []),
      ]}
      tabs={[
        {
          key: 'content',
          label: t('foodSafety.templates.detail.content'),
          children: (
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <label htmlFor="fs-template-version">{t('foodSafety.templates.detail.versionPicker')}</label>
                <Select
                  id="fs-template-version"
                  style={{ minWidth: 220 }}
                  value={pickedId}
                  onChange={pick}
                  options={(history.length
                    ? history
                    : [{ id: row.currentVersion.id, number: row.currentVersion.number, current: true } as TemplateVersionSummary]
                  ).map((v) => ({
                    value: v.id,
                    label: `${t('foodSafety.templates.versionN', { n: v.number })}${v.current ? `（${t('foodSafety.templates.detail.current')}）` : ''}`,
                  }))}
                />
              </Space>
              {shown && !shown.current ? (
                <Alert type="info" showIcon title={t('foodSafety.templates.detail.viewingOld', { n: shown.number, current: row.currentVersionNumber })} />
              ) : null}
              {shown ? <VersionContent version={shown} showWeights={row.purpose === 'inspection'} /> : <PageSkeleton rows={4} />}
            </Space>
          ),
        },
        {
          key: 'history',
          label: t('foodSafety.templates.detail.history'),
          children: history.length ? (
            <Table<TemplateVersionSummary>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={history}
              columns={[
                {
                  key: 'number',
                  title: t('foodSafety.templates.currentVersion'),
                  render: (_, v) => (
                    <Space>
                      {t('foodSafety.templates.versionN', { n: v.number })}
                      {v.current ? <Tag color="processing">{t('foodSafety.templates.detail.current')}</Tag> : null}
                    </Space>
                  ),
                },
                { key: 'note', title: t('foodSafety.templates.note'), render: (_, v) => v.note ?? '—' },
                {
                  key: 'counts',
                  title: t('foodSafety.templates.itemCount'),
                  render: (_, v) => t('foodSafety.templates.counts', { areas: v.areaCount, items: v.itemCount }),
                },
                { key: 'createdAt', title: t('foodSafety.templates.detail.createdAt'), render: (_, v) => <DateText value={v.createdAt} time /> },
                { key: 'createdBy', title: t('foodSafety.templates.detail.createdBy'), render: (_, v) => v.createdByName ?? '—' },
                {
                  key: 'used',
                  title: t('foodSafety.templates.detail.used'),
                  render: (_, v) =>
                    v.usedAt ? t('foodSafety.templates.detail.usedSince', { date: formatDate(v.usedAt) }) : t('foodSafety.templates.detail.unused'),
                },
                {
                  key: 'view',
                  title: '',
                  render: (_, v) => (
                    <Button
                      type="link"
                      onClick={() => pick(v.id)}
                      aria-label={`${t('foodSafety.templates.detail.view')} ${t('foodSafety.templates.versionN', { n: v.number })}`}
                    >
                      {t('foodSafety.templates.detail.view')}
                    </Button>
                  ),
                },
              ]}
            />
          ) : (
            <EmptyState description={t('foodSafety.templates.detail.unused')} />
          ),
        },
      ]}
    />
  );
}
