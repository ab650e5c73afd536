/** 意见书: the opinion letters in scope — number, canteen, date, revision, PDF. */
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable, DateText, PageTitle, serverToday, type DataTableColumn, type FilterDef, type ListParams } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi, letterPdfUrl, type LetterSummary } from '../api';
import { GradeFace } from '../components/GradeFace';

export default function LettersPage() {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.letters.${key}`, opts);
  const authorities = useQuery({ queryKey: inspectionKeys.authorities, queryFn: inspectionsApi.authorities, staleTime: 5 * 60_000 });
  const campaigns = useQuery({
    queryKey: [...inspectionKeys.campaigns, 'options'],
    queryFn: () => inspectionsApi.campaigns({ page: 1, pageSize: 200 }),
    staleTime: 60_000,
  });
  const thisYear = Number(serverToday().slice(0, 4));

  const filters: FilterDef[] = [
    { type: 'select', name: 'year', label: f('year'), options: Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y })) },
    { type: 'select', name: 'authorityId', label: f('authority'), options: (authorities.data ?? []).map((a) => ({ value: a.id, label: a.name })) },
    { type: 'select', name: 'campaignId', label: f('campaign'), options: (campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })) },
    { type: 'dateRange', name: 'issued', label: f('issuedOn'), from: 'from', to: 'to' },
  ];
  const columns: DataTableColumn<LetterSummary>[] = [
    {
      key: 'number',
      title: f('number'),
      hideable: false,
      render: (_, r) => <Link to={`/food-safety/inspections/${r.inspectionId}?tab=letter`}>{r.number}</Link>,
    },
    { key: 'canteen', title: f('canteen'), render: (_, r) => r.canteenName },
    { key: 'school', title: f('school'), defaultHidden: true, render: (_, r) => r.schoolName ?? '—' },
    { key: 'kind', title: f('kind'), render: (_, r) => t(`foodSafety.common.kinds.${r.inspectionKind}`) },
    { key: 'issuedOn', title: f('issuedOn'), render: (_, r) => <DateText value={r.issuedOn} /> },
    { key: 'grade', title: f('grade'), render: (_, r) => <GradeFace grade={r.grade} /> },
    { key: 'revision', title: f('revision'), render: (_, r) => t('foodSafety.common.revision', { n: r.currentRevision }) },
    { key: 'authority', title: f('authority'), defaultHidden: true, render: (_, r) => r.authorityName },
    {
      key: 'pdf',
      title: f('pdf'),
      hideable: false,
      render: (_, r) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          href={letterPdfUrl(r.id)}
          target="_blank"
          rel="noopener"
          aria-label={f('downloadOf', { number: r.number })}
        >
          PDF
        </Button>
      ),
    },
  ];
  return (
    <div>
      <PageTitle title={f('title')} />
      <DataTable<LetterSummary>
        id="foodSafety.letters"
        queryKey={inspectionKeys.letters}
        fetch={(params: ListParams) => inspectionsApi.letters(params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        scroll={{ x: 880 }}
        empty={{ description: f('empty') }}
      />
    </div>
  );
}
