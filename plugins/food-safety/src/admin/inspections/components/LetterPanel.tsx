/**
 * The opinion letter 监督意见书 of a submitted inspection: its number, authority, the revisions
 * (an amendment reissues it under the same number) each with its PDF.
 */
import { Button, Descriptions, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateText, TableSkeleton } from '@schoolbridge/ui';
import { inspectionKeys, inspectionsApi, letterPdfUrl } from '../api';
import { ProblemAlert } from './LoadState';

export function LetterPanel({ letterId }: { letterId: string }) {
  const { t } = useTranslation();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.letters.${key}`, opts);
  const query = useQuery({ queryKey: [...inspectionKeys.letters, letterId], queryFn: () => inspectionsApi.letter(letterId) });
  if (query.isPending) return <TableSkeleton rows={2} columns={4} />;
  if (!query.data) return <ProblemAlert error={query.error} retry={() => void query.refetch()} />;
  const l = query.data;
  return (
    <div data-testid="letter-panel">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'number', label: w('number'), children: <Typography.Text strong>{l.number}</Typography.Text> },
          { key: 'authority', label: w('authority'), children: l.authorityName },
          { key: 'issuedOn', label: w('issuedOn'), children: <DateText value={l.issuedOn} /> },
          { key: 'revision', label: w('revision'), children: t('foodSafety.common.revision', { n: l.currentRevision }) },
        ]}
      />
      <Table
        size="small"
        rowKey="revision"
        pagination={false}
        style={{ marginTop: 12 }}
        dataSource={l.revisions}
        columns={[
          { key: 'revision', title: w('revision'), render: (_, r) => t('foodSafety.common.revision', { n: r.revision }) },
          { key: 'issuedOn', title: w('issuedOn'), render: (_, r) => <DateText value={r.issuedOn} /> },
          { key: 'reason', title: w('reason'), render: (_, r) => r.reason ?? w('firstIssue') },
          {
            key: 'pdf',
            title: w('pdf'),
            render: (_, r) => (
              <Button
                size="small"
                icon={<DownloadOutlined />}
                href={letterPdfUrl(l.id, r.revision)}
                target="_blank"
                rel="noopener"
                aria-label={w('downloadRevision', { n: r.revision })}
              >
                PDF
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
