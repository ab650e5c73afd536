/**
 * One item of a notice as both sides see it: what was found and required, the measures, the
 * status, and every evidence submission with its review. The school gets 提交整改材料 while the
 * item is open or rejected; the inspector gets 通过 / 退回 while it waits for review.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Image, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateText, StatusTag, problemOf } from '@schoolbridge/ui';
import type { Evidence, NoticeItem } from '../api';
import { ITEM_STATUS } from '../status';
import { EvidenceForm } from './EvidenceForm';

export interface NoticeItemCardProps {
  item: NoticeItem;
  organisationId: string | null;
  onSubmitEvidence: (body: { note: string; fileIds: string[] }) => Promise<unknown>;
  onAccept: (note?: string) => Promise<unknown>;
  onReject: (note: string) => Promise<unknown>;
}

const SEVERITY_COLOR: Record<string, string> = { critical: 'error', major: 'warning', minor: 'default' };

function EvidenceEntry({ e }: { e: Evidence }) {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.evidence.${key}`, opts);
  return (
    <div>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{e.note}</Typography.Paragraph>
      {e.files.length > 0 ? (
        <Flex gap={8} wrap style={{ marginBottom: 4 }}>
          {e.files.map((file) =>
            file.mediaType.startsWith('image/') ? (
              <Image key={file.id} src={file.url} alt={file.originalName} width={96} height={96} style={{ objectFit: 'cover' }} />
            ) : (
              <a key={file.id} href={file.url} target="_blank" rel="noopener">
                {file.originalName}
              </a>
            ),
          )}
        </Flex>
      ) : null}
      <Typography.Text type="secondary">
        {f('submittedBy', { name: e.submittedByName ?? '—' })} <DateText value={e.submittedAt} time />
      </Typography.Text>
      {e.reviewResult ? (
        <div>
          <Tag color={e.reviewResult === 'accepted' ? 'success' : 'error'}>{f(e.reviewResult)}</Tag>
          {e.reviewNote ? <Typography.Text>{e.reviewNote}</Typography.Text> : null}
          <Typography.Text type="secondary">
            {' '}
            {e.reviewedByName ?? ''} <DateText value={e.reviewedAt} time />
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}

export function NoticeItemCard({ item, organisationId, onSubmitEvidence, onAccept, onReject }: NoticeItemCardProps) {
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.${key}`, opts);
  const [evidenceOpen, setEvidenceOpen] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [rejectNote, setRejectNote] = useState('');
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canSubmit = item.actions.includes('submitEvidence');
  const canReview = item.actions.includes('accept');

  async function run(kind: 'accept' | 'reject', fn: () => Promise<unknown>) {
    setBusy(kind);
    setError(null);
    try {
      await fn();
      setRejecting(false);
      setRejectNote('');
    } catch (err) {
      setError(problemOf(err)?.detail ?? f('actionFailed'));
    } finally {
      setBusy(null);
    }
  }

  const titleId = `notice-item-${item.id}`;
  return (
    <Card
      size="small"
      className="fs-notice-item"
      aria-labelledby={titleId}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal' }}>
          <span id={titleId}>
            {item.position}. {item.text}
          </span>
          <Tag color={SEVERITY_COLOR[item.severity]}>{t(`foodSafety.rectification.severity.${item.severity}`)}</Tag>
        </Flex>
      }
      extra={<StatusTag value={item.status} map={ITEM_STATUS} />}
    >
      <Flex vertical gap={6}>
        {item.areaName ? <Typography.Text type="secondary">{item.areaName}</Typography.Text> : null}
        {item.finding ? (
          <Typography.Text>
            <Typography.Text strong>{f('finding')}：</Typography.Text>
            {item.finding}
          </Typography.Text>
        ) : null}
        {item.requirement ? (
          <Typography.Text>
            <Typography.Text strong>{f('requirement')}：</Typography.Text>
            {item.requirement}
          </Typography.Text>
        ) : null}
        {item.measures ? (
          <Typography.Text>
            <Typography.Text strong>{f('measures')}：</Typography.Text>
            {item.measures}
          </Typography.Text>
        ) : null}
        {item.status === 'rejected' && item.reviewNote ? <Alert type="warning" showIcon message={f('rejectedBecause', { note: item.reviewNote })} /> : null}

        {item.evidence.length > 0 ? (
          <div>
            <Typography.Text strong>{f('evidence.history')}</Typography.Text>
            <Timeline style={{ marginTop: 8 }} items={item.evidence.map((e) => ({ key: e.id, children: <EvidenceEntry e={e} /> }))} />
          </div>
        ) : null}

        {canSubmit && !evidenceOpen ? (
          <Button type="primary" size="large" icon={<UploadOutlined />} onClick={() => setEvidenceOpen(true)}>
            {f('evidence.open')}
          </Button>
        ) : null}
        {canSubmit && evidenceOpen ? (
          <EvidenceForm
            organisationId={organisationId}
            onSubmit={async (body) => {
              await onSubmitEvidence(body);
              setEvidenceOpen(false);
            }}
            onCancel={() => setEvidenceOpen(false)}
          />
        ) : null}

        {canReview ? (
          <Space wrap>
            <Button type="primary" size="large" icon={<CheckOutlined />} loading={busy === 'accept'} onClick={() => void run('accept', () => onAccept())}>
              {f('accept')}
            </Button>
            <Button danger size="large" icon={<RollbackOutlined />} onClick={() => setRejecting(true)}>
              {f('reject')}
            </Button>
          </Space>
        ) : null}
        {error ? <Alert type="error" showIcon message={error} /> : null}
      </Flex>

      <Modal
        open={rejecting}
        title={f('rejectTitle', { text: item.text })}
        okText={f('reject')}
        okButtonProps={{ danger: true, disabled: !rejectNote.trim(), loading: busy === 'reject' }}
        cancelText={f('cancel')}
        onOk={() => void run('reject', () => onReject(rejectNote.trim()))}
        onCancel={() => setRejecting(false)}
        destroyOnHidden
      >
        <label htmlFor={`${titleId}-reject`}>
          <Typography.Text strong>{f('rejectNote')}</Typography.Text>
        </label>
        <Input.TextArea
          id={`${titleId}-reject`}
          value={rejectNote}
          maxLength={1000}
          autoSize={{ minRows: 3 }}
          onChange={(e) => setRejectNote(e.target.value)}
        />
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} /> : null}
      </Modal>
    </Card>
  );
}
