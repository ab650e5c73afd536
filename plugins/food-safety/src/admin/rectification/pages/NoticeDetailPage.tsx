/**
 * 整改通知书 detail for both sides. The school fills in the owner and measures and submits evidence
 * per item; the inspector reviews per item (通过 / 退回), closes (销号, once every item is accepted,
 * after a confirmation), escalates (升级, with a reason), schedules a re-inspection and records a
 * penalty. Only the actions the server says are allowed now are offered.
 */
import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Result, Typography } from 'antd';
import { AuditOutlined, CheckCircleOutlined, EditOutlined, RiseOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiForm, DateText, DetailLayout, PageSkeleton, problemOf, useAuth } from '@schoolbridge/ui';
import { FS_PENALTY_RECORD, rectificationApi, rectificationKeys, type NoticeDetail } from '../api';
import { NoticeItemCard } from '../components/NoticeItemCard';
import { DeadlineText, NOTICE_STATUS, NoticeStatusTags } from '../status';

export default function NoticeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.rectification.${key}`, opts);
  const navigate = useNavigate();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: rectificationKeys.notice(id), queryFn: () => rectificationApi.notice(id), enabled: !!id });
  const [ownerOpen, setOwnerOpen] = useState(false);
  const [escalateOpen, setEscalateOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (query.isPending) return <PageSkeleton />;
  if (query.isError || !query.data) {
    const p = problemOf(query.error);
    return <Result status={p?.status === 404 ? '404' : 'error'} title={p?.detail ?? f('loadFailed')} />;
  }
  const n = query.data;

  /** Keeps the answer of a write as the page's data and refreshes the lists. */
  const settle = (next: NoticeDetail) => {
    queryClient.setQueryData(rectificationKeys.notice(id), next);
    void queryClient.invalidateQueries({ queryKey: rectificationKeys.notices, predicate: (q) => q.queryKey[2] !== 'detail' });
    return next;
  };
  async function run(kind: string, fn: () => Promise<NoticeDetail>) {
    setBusy(kind);
    setError(null);
    try {
      settle(await fn());
      return true;
    } catch (err) {
      setError(problemOf(err)?.detail ?? f('actionFailed'));
      return false;
    } finally {
      setBusy(null);
    }
  }

  const confirmClose = () =>
    Modal.confirm({
      title: f('closeConfirmTitle', { number: n.number }),
      content: f('closeConfirm'),
      okText: f('close'),
      cancelText: f('cancel'),
      onOk: () => run('close', () => rectificationApi.close(n.id, n.version)),
    });

  const actions = n.actions;
  const extra = (
    <Flex gap={8} wrap>
      {actions.includes('setOwner') ? (
        <Button icon={<EditOutlined />} onClick={() => setOwnerOpen(true)}>
          {f('setOwner')}
        </Button>
      ) : null}
      {actions.includes('close') ? (
        <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'close'} onClick={confirmClose}>
          {f('close')}
        </Button>
      ) : null}
      {actions.includes('escalate') ? (
        <Button danger icon={<RiseOutlined />} onClick={() => setEscalateOpen(true)}>
          {f('escalate')}
        </Button>
      ) : null}
      {actions.includes('reinspect') ? (
        <Button
          icon={<SearchOutlined />}
          onClick={() => void navigate(`/food-safety/inspections/new?kind=reinspection&canteenId=${n.canteenId}&follows=${n.inspectionId}`)}
        >
          {f('reinspect')}
        </Button>
      ) : null}
      {can(FS_PENALTY_RECORD) ? (
        <Button icon={<AuditOutlined />} onClick={() => void navigate(`/food-safety/penalties/new?noticeId=${n.id}`)}>
          {f('penalty.record')}
        </Button>
      ) : null}
    </Flex>
  );

  const facts = [
    {
      key: 'status',
      label: f('list.status'),
      children: <NoticeStatusTags status={n.status} overdue={n.overdue} dueSoon={n.dueSoon} daysOverdue={n.daysOverdue} />,
    },
    { key: 'canteen', label: f('canteen'), children: n.canteenName },
    { key: 'issuedOn', label: f('issuedOn'), children: <DateText value={n.issuedOn} /> },
    { key: 'deadline', label: f('deadline'), children: <DeadlineText kind={n.deadlineKind} deadline={n.deadline} /> },
    { key: 'owner', label: f('owner'), children: n.ownerName ?? f('ownerMissing') },
    { key: 'progress', label: f('progress'), children: f('progressText', { accepted: n.acceptedCount, submitted: n.submittedCount, total: n.itemCount }) },
    { key: 'issuedBy', label: f('issuedBy'), children: n.issuedByName ?? '—' },
    { key: 'inspection', label: f('inspection'), children: <Link to={`/food-safety/inspections/${n.inspectionId}`}>{f('viewInspection')}</Link> },
    ...(n.measures ? [{ key: 'measures', label: f('measures'), children: n.measures, span: 2 }] : []),
    ...(n.closedOn
      ? [
          {
            key: 'closedOn',
            label: f('closedOn'),
            children: (
              <>
                {n.closedOn} {n.closedVia ? f(`closedVia.${n.closedVia}`) : ''}
              </>
            ),
          },
        ]
      : []),
    ...(n.escalatedOn ? [{ key: 'escalated', label: f('escalatedOn'), children: `${n.escalatedOn} ${n.escalationReason ?? ''}` }] : []),
    ...(n.reinspections.length
      ? [
          {
            key: 'reinspections',
            label: f('reinspections'),
            children: (
              <Flex gap={8} wrap>
                {n.reinspections.map((r) => (
                  <Link key={r.id} to={`/food-safety/inspections/${r.id}`}>
                    {r.inspectedOn}
                  </Link>
                ))}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <DetailLayout
        breadcrumb={[{ title: t('foodSafety.nav'), to: '/food-safety' }, { title: f('list.title'), to: '/food-safety/notices' }, { title: n.number }]}
        title={n.number}
        status={{ value: n.status, map: NOTICE_STATUS }}
        extra={extra}
        facts={facts}
      >
        {error ? <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} style={{ marginBottom: 12 }} /> : null}
        <Typography.Title level={4}>{f('items', { count: n.itemCount })}</Typography.Title>
        <Flex vertical gap={12}>
          {n.noticeItems.map((item) => (
            <NoticeItemCard
              key={item.id}
              item={item}
              organisationId={n.schoolId}
              onSubmitEvidence={async (body) => settle(await rectificationApi.submitEvidence(n.id, item.id, body))}
              onAccept={async (note) => settle(await rectificationApi.accept(n.id, item.id, note))}
              onReject={async (note) => settle(await rectificationApi.reject(n.id, item.id, note))}
            />
          ))}
        </Flex>
      </DetailLayout>

      <Modal open={ownerOpen} title={f('setOwner')} footer={null} onCancel={() => setOwnerOpen(false)} destroyOnHidden>
        <ApiForm<{ ownerName?: string; measures?: string; items?: Record<string, string> }>
          layout="vertical"
          initialValues={{
            ownerName: n.ownerName ?? '',
            measures: n.measures ?? '',
            items: Object.fromEntries(n.noticeItems.map((i) => [i.id, i.measures ?? ''])),
          }}
          onSubmit={async (v) =>
            settle(
              await rectificationApi.update(n.id, {
                version: n.version,
                ownerName: v.ownerName?.trim() || null,
                measures: v.measures?.trim() || null,
                items: n.noticeItems.map((i) => ({ itemId: i.id, measures: v.items?.[i.id]?.trim() || null })),
              }),
            )
          }
          onSuccess={() => setOwnerOpen(false)}
          actions={<Button onClick={() => setOwnerOpen(false)}>{f('cancel')}</Button>}
        >
          <Form.Item name="ownerName" label={f('owner')} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="measures" label={f('measures')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          {n.noticeItems.map((i) => (
            <Form.Item key={i.id} name={['items', i.id]} label={f('itemMeasures', { text: i.text })}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 1 }} />
            </Form.Item>
          ))}
        </ApiForm>
      </Modal>

      <Modal
        open={escalateOpen}
        title={f('escalateTitle', { number: n.number })}
        okText={f('escalate')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: busy === 'escalate' }}
        cancelText={f('cancel')}
        onOk={() =>
          void run('escalate', () => rectificationApi.escalate(n.id, reason.trim())).then((ok) => {
            if (ok) {
              setEscalateOpen(false);
              setReason('');
            }
          })
        }
        onCancel={() => setEscalateOpen(false)}
        destroyOnHidden
      >
        <label htmlFor="fs-escalate-reason">
          <Typography.Text strong>{f('escalateReason')}</Typography.Text>
        </label>
        <Input.TextArea id="fs-escalate-reason" value={reason} maxLength={500} autoSize={{ minRows: 3 }} onChange={(e) => setReason(e.target.value)} />
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} /> : null}
      </Modal>
    </>
  );
}
