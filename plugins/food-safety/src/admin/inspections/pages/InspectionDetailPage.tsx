/**
 * /food-safety/inspections/:id — an inspection: its facts, the results by area with photos, the
 * opinion letter with its revisions, and — for inspectors — 继续检查 (a draft), 删除草稿, or 修正
 * (an amendment of a submitted one, with its reason: the letter is reissued under the same number).
 */
import { useState } from 'react';
import { Alert, Button, Popconfirm, Space } from 'antd';
import { DeleteOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateText, DetailLayout, problemOf, useAuth, usePageTitle } from '@schoolbridge/ui';
import { formatScore } from '../../../shared/rules';
import { FS_INSPECT, inspectionKeys, inspectionsApi } from '../api';
import { GradeFace } from '../components/GradeFace';
import { LetterPanel } from '../components/LetterPanel';
import { LoadState } from '../components/LoadState';
import { NoticeStatusText } from '../components/NoticeStatusText';
import { ResultsByArea } from '../components/ResultsByArea';
import { INSPECTION_STATUS } from '../components/vocab';

export default function InspectionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { can } = useAuth();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.detail.${key}`, opts);
  const query = useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => inspectionsApi.get(id) });
  usePageTitle(query.data?.canteenName ?? w('title'));
  const i = query.data;
  if (!i) return <LoadState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} backTo="/food-safety/inspections" />;

  const inspect = can(FS_INSPECT) && i.canEdit;
  const removeDraft = async () => {
    try {
      await inspectionsApi.remove(i.id);
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.all });
      void navigate('/food-safety/inspections');
    } catch (err) {
      setDeleteError(problemOf(err)?.detail ?? w('deleteFailed'));
    }
  };

  const extra = inspect ? (
    i.status === 'draft' ? (
      <Space wrap>
        {deleteError ? <Alert type="error" showIcon title={deleteError} /> : null}
        <Popconfirm title={w('deleteConfirm')} okText={w('delete')} cancelText={t('foodSafety.common.cancel')} onConfirm={() => void removeDraft()}>
          <Button danger icon={<DeleteOutlined />}>
            {w('delete')}
          </Button>
        </Popconfirm>
        <Button type="primary" icon={<EditOutlined />} onClick={() => void navigate(`/food-safety/inspections/${i.id}/fill`)}>
          {w('continue')}
        </Button>
      </Space>
    ) : (
      <Button icon={<EditOutlined />} onClick={() => void navigate(`/food-safety/inspections/${i.id}/amend`)}>
        {w('amend')}
      </Button>
    )
  ) : null;

  return (
    <DetailLayout
      breadcrumb={[
        { title: t('foodSafety.nav'), to: '/food-safety' },
        { title: t('foodSafety.inspections.nav.inspections'), to: '/food-safety/inspections' },
        { title: i.canteenName },
      ]}
      title={i.canteenName}
      status={{ value: i.status, map: INSPECTION_STATUS }}
      extra={extra}
      facts={[
        { key: 'school', label: w('school'), children: i.schoolName ?? '—' },
        { key: 'kind', label: w('kind'), children: t(`foodSafety.common.kinds.${i.kind}`) },
        { key: 'inspectedOn', label: w('inspectedOn'), children: <DateText value={i.inspectedOn} /> },
        { key: 'campaign', label: w('campaign'), children: i.campaignId ? <Link to={`/food-safety/campaigns/${i.campaignId}`}>{i.campaignName}</Link> : '—' },
        { key: 'inspectors', label: w('inspectors'), children: i.inspectors.map((p) => (p.agency ? `${p.name}（${p.agency}）` : p.name)).join('、') || '—' },
        { key: 'template', label: w('template'), children: `${i.templateName}（${t('foodSafety.common.templateVersion', { n: i.templateVersionNumber })}）` },
        { key: 'score', label: w('score'), children: i.score === null ? '—' : t('foodSafety.common.score', { score: formatScore(i.score) }) },
        { key: 'grade', label: w('grade'), children: i.status === 'submitted' ? <GradeFace grade={i.grade} capped={i.capped} /> : '—' },
        { key: 'authority', label: w('authority'), children: i.authorityName ?? '—' },
        { key: 'letter', label: w('letter'), children: i.letter?.number ?? '—' },
        {
          key: 'notice',
          label: w('notice'),
          children: i.notice ? (
            <Space size={4}>
              <Link to={`/food-safety/notices/${i.notice.id}`}>
                <FileTextOutlined /> {i.notice.number}
              </Link>
              <NoticeStatusText status={i.notice.status} />
            </Space>
          ) : (
            '—'
          ),
        },
        { key: 'amendments', label: w('amendments'), children: i.amendments ? w('amendmentCount', { count: i.amendments }) : '—' },
        ...(i.notes ? [{ key: 'notes', label: w('notes'), children: i.notes, span: 2 }] : []),
      ]}
      tabs={[
        { key: 'results', label: w('results'), children: <ResultsByArea inspectionId={i.id} results={i.results} /> },
        ...(i.letter ? [{ key: 'letter', label: w('letterTab'), children: <LetterPanel letterId={i.letter.id} /> }] : []),
      ]}
    />
  );
}
