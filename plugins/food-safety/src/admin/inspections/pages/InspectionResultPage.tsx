/**
 * /food-safety/inspections/:id/result — what the inspector sees after 提交 (on the phone): the
 * score and grade (face and word), the opinion letter's number with 下载意见书 PDF, and the
 * rectification notice in short, linked to its page (the rectification part's).
 */
import { Button, Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, FileTextOutlined, HomeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateText, usePageTitle } from '@schoolbridge/ui';
import { formatScore } from '../../../shared/rules';
import { inspectionKeys, inspectionsApi, letterPdfUrl } from '../api';
import { GradeFace } from '../components/GradeFace';
import { LoadState } from '../components/LoadState';
import { NoticeStatusText } from '../components/NoticeStatusText';

export default function InspectionResultPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.result.${key}`, opts);
  usePageTitle(w('title'));
  const query = useQuery({ queryKey: inspectionKeys.detail(id), queryFn: () => inspectionsApi.get(id) });
  const i = query.data;
  if (!i) return <LoadState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} backTo="/food-safety/inspections" />;
  if (i.status !== 'submitted') return <Navigate to={`/food-safety/inspections/${id}/fill`} replace />;

  const onNotice = i.results.filter((r) => r.result === 'nonCompliant' && !r.correctedOnSite && !r.leaveOffReason);
  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }} data-testid="inspection-result">
      <Result
        status="success"
        title={w('submitted', { canteen: i.canteenName })}
        subTitle={
          <span>
            <DateText value={i.inspectedOn} /> · {t(`foodSafety.common.kinds.${i.kind}`)}
          </span>
        }
        style={{ padding: '16px 0' }}
      />
      <Card size="small" style={{ marginBottom: 12 }} data-testid="result-grade">
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap' }}>
          <div>
            <Typography.Text type="secondary">{w('score')}</Typography.Text>
            <div style={{ fontSize: 32, fontWeight: 600 }} data-testid="result-score">
              {i.score === null ? '—' : t('foodSafety.common.score', { score: formatScore(i.score) })}
            </div>
          </div>
          <GradeFace grade={i.grade} size="large" capped={i.capped} />
        </div>
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
          {w('counts', { compliant: i.counts.compliant, nonCompliant: i.counts.nonCompliant, corrected: i.counts.correctedOnSite, repeats: i.counts.repeats })}
        </Typography.Paragraph>
      </Card>

      <Card size="small" title={w('letter')} style={{ marginBottom: 12 }} data-testid="result-letter">
        {i.letter ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid="letter-number">
              {i.letter.number}
            </Typography.Text>
            {i.authorityName ? <Typography.Text type="secondary">{i.authorityName}</Typography.Text> : null}
            {i.letter.revision > 1 ? <Tag>{t('foodSafety.common.revision', { n: i.letter.revision })}</Tag> : null}
            <Button
              type="primary"
              size="large"
              icon={<DownloadOutlined />}
              href={letterPdfUrl(i.letter.id)}
              target="_blank"
              rel="noopener"
              style={{ minHeight: 48 }}
            >
              {w('downloadPdf')}
            </Button>
          </Space>
        ) : (
          <Typography.Text type="secondary">{w('noLetter')}</Typography.Text>
        )}
      </Card>

      <Card size="small" title={w('notice')} style={{ marginBottom: 12 }} data-testid="result-notice">
        {i.notice ? (
          <>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'number', label: w('noticeNumber'), children: i.notice.number },
                { key: 'status', label: w('noticeStatus'), children: <NoticeStatusText status={i.notice.status} /> },
                { key: 'items', label: w('noticeItems'), children: w('noticeItemCount', { count: onNotice.length }) },
                {
                  key: 'deadline',
                  label: w('deadline'),
                  children:
                    i.deadlineKind === 'immediateOngoing' ? (
                      t('foodSafety.common.deadlineKinds.immediateOngoing')
                    ) : i.deadlineOn ? (
                      <DateText value={i.deadlineOn} />
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
            <ul style={{ paddingInlineStart: 20 }}>
              {onNotice.map((r) => (
                <li key={r.itemCode}>{r.text}</li>
              ))}
            </ul>
            <Button size="large" icon={<FileTextOutlined />} style={{ minHeight: 48 }} onClick={() => void navigate(`/food-safety/notices/${i.notice!.id}`)}>
              {w('openNotice')}
            </Button>
          </>
        ) : (
          <Typography.Text>{w('noNotice')}</Typography.Text>
        )}
      </Card>

      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
        <Button block size="large" icon={<HomeOutlined />} style={{ minHeight: 48 }} onClick={() => void navigate('/food-safety')}>
          {w('home')}
        </Button>
        <Button block size="large" style={{ minHeight: 48 }} onClick={() => void navigate(`/food-safety/inspections/${i.id}`)}>
          {w('details')}
        </Button>
      </div>
    </div>
  );
}
