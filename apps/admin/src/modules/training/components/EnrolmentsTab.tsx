import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Empty, Flex, Modal, Space, Spin, Typography, message } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  Count,
  DataTable,
  DateText,
  PinyinSearchInput,
  PinyinSelect,
  isNetworkError,
  problemOf,
  rowActionsColumn,
  useAuth,
  type DataTableColumn,
  type FilterDef,
  type ListParams,
  type RowMoreAction,
} from '@schoolbridge/ui';
import { useSchoolOptions } from '../../directory/api';
import { useVocab } from '../../directory/components/vocab';
import {
  TRAINING_ENROL,
  TRAINING_ENROL_APPROVE,
  trainingApi,
  trainingKeys,
  type EnrolBatchResult,
  type Enrolment,
  type EnrolmentResult,
  type EnrolmentStatus,
  type SessionDetail,
} from '../api';
import { ReasonModal } from './ReasonModal';
import { ENROLMENT_STATUS, EnrolmentStatusTag, ToneTag } from './status';
import { useTrainingVocab } from './vocab';

const STATUSES: EnrolmentStatus[] = ['enrolled', 'waitlisted', 'pending', 'withdrawn', 'rejected', 'cancelled'];
const OPEN = new Set(['draft', 'published', 'running']);

/** One teacher's answer to 为本校教师报名: 已报名, 候补第 n 位, 待审核, or why not. */
function ResultLine({ r }: { r: EnrolmentResult }) {
  const { t } = useTranslation();
  const tone = r.status === 'enrolled' ? 'success' : r.status === 'waitlisted' ? 'processing' : r.status === 'pending' ? 'warning' : 'error';
  const word =
    r.status === 'waitlisted' && r.waitlistSeq
      ? t('training.enrolments.resultWaitlisted', { seq: r.waitlistSeq })
      : t(`training.enrolments.result.${r.status}`);
  return (
    <li style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Flex wrap gap={8} align="center">
        <Typography.Text strong>{r.teacherName}</Typography.Text>
        <ToneTag tone={tone}>{word}</ToneTag>
        {r.message && <Typography.Text type="secondary">{r.message}</Typography.Text>}
      </Flex>
    </li>
  );
}

/** 为本校教师报名: pick a school's teachers (by name, pinyin or initials) and enrol them; each gets its own answer. */
function EnrolTeachersModal({ session, open, onClose, onDone }: { session: SessionDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const schools = useSchoolOptions();
  const eligibleSchools = session.eligibility.schools;
  const schoolOptions = eligibleSchools.length ? eligibleSchools.map((s) => ({ value: s.id, label: s.name })) : (schools.data ?? []);
  const [schoolId, setSchoolId] = useState<string | undefined>(schoolOptions.length === 1 ? schoolOptions[0]!.value : undefined);
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EnrolBatchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const teachers = useQuery({
    queryKey: trainingKeys.teachers(schoolId ?? '', q),
    queryFn: () => trainingApi.teachers(schoolId!, q),
    enabled: !!schoolId && open,
    retry: false,
  });
  const close = () => {
    setPicked([]);
    setResult(null);
    setError(null);
    onClose();
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await trainingApi.enrol(session.id, picked);
      setResult(res);
      setPicked([]);
      onDone();
    } catch (err) {
      const p = problemOf(err);
      setError(
        isNetworkError(err)
          ? t('kit.form.networkError')
          : [p?.detail, ...(p?.errors ?? []).map((e) => e.message)].filter(Boolean).join('；') || (p?.title ?? String(err)),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('training.enrolments.enrolTitle', { title: session.title })}
      onCancel={close}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            {t('training.common.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('training.common.cancel')}</Button>
            <Button type="primary" disabled={picked.length === 0} loading={busy} onClick={() => void submit()}>
              {t('training.enrolments.enrolN', { count: picked.length })}
            </Button>
          </Space>
        )
      }
    >
      {result ? (
        <>
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('training.enrolments.resultSummary', {
              enrolled: result.counts.enrolled,
              waitlisted: result.counts.waitlisted,
              refused: result.counts.refused,
            })}
          />
          <ul data-testid="enrol-results" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {result.results.map((r) => (
              <ResultLine key={r.teacherId} r={r} />
            ))}
          </ul>
        </>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('training.enrolments.enrolHint')}
          </Typography.Paragraph>
          <label htmlFor="enrol-school">{t('training.enrolments.school')}</label>
          <PinyinSelect
            id="enrol-school"
            style={{ width: '100%' }}
            options={schoolOptions}
            value={schoolId}
            onChange={(v) => {
              setSchoolId(v as string);
              setPicked([]);
            }}
            placeholder={t('training.enrolments.pickSchool')}
          />
          {schoolId && <PinyinSearchInput label={t('training.enrolments.searchTeacher')} onSearch={setQ} style={{ width: '100%' }} />}
          {error && <Alert type="error" showIcon title={error} />}
          {schoolId &&
            (teachers.isPending ? (
              <Spin />
            ) : (teachers.data ?? []).length === 0 ? (
              <Empty description={t('training.enrolments.noTeachers')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Checkbox.Group value={picked} onChange={(v) => setPicked(v as string[])} style={{ width: '100%' }}>
                <div role="group" aria-label={t('training.enrolments.teachers')} style={{ maxHeight: 320, overflowY: 'auto', width: '100%' }}>
                  {(teachers.data ?? []).map((tch) => (
                    <div key={tch.id} style={{ padding: '4px 0' }}>
                      <Checkbox value={tch.id}>{tch.name}</Checkbox>
                    </div>
                  ))}
                </div>
              </Checkbox.Group>
            ))}
        </Space>
      )}
    </Modal>
  );
}

type Pending = { kind: 'reject' | 'withdraw'; row: Enrolment } | null;

/** 报名: the enrolment list with counts, the waitlist in order (and why a teacher was passed over), approvals and withdrawals. */
export function EnrolmentsTab({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const vocab = useTrainingVocab();
  const dirVocab = useVocab();
  const queryClient = useQueryClient();
  const [toast, toastHolder] = message.useMessage();
  const [modal, modalHolder] = Modal.useModal();
  const [enrolling, setEnrolling] = useState(false);
  const [pending, setPending] = useState<Pending>(null);
  const key = trainingKeys.enrolments(session.id);
  const summary = useQuery({ queryKey: [...key, 'summary'], queryFn: () => trainingApi.enrolments(session.id, { page: 1, pageSize: 1 }) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.session(session.id) });
  };
  const canEnrol = can(TRAINING_ENROL) && OPEN.has(session.status);
  const canApprove = can(TRAINING_ENROL_APPROVE);

  const approve = (row: Enrolment) =>
    void modal.confirm({
      title: t('training.enrolments.approveTitle', { name: row.teacherName }),
      okText: t('training.enrolments.approve'),
      cancelText: t('training.common.cancel'),
      onOk: async () => {
        try {
          await trainingApi.approve(row.id);
          void toast.success(t('training.enrolments.approved'));
          refresh();
        } catch (err) {
          const p = problemOf(err);
          void modal.error({ title: t('training.sessions.actionFailed'), content: p?.detail ?? p?.title ?? String(err), okText: t('kit.common.close') });
        }
      },
    });

  const filters: FilterDef[] = useMemo(
    () => [
      {
        type: 'select',
        name: 'status',
        label: t('training.enrolments.status'),
        options: STATUSES.map((s) => ({ value: s, label: t(ENROLMENT_STATUS[s].label) })),
      },
      { type: 'text', name: 'q', label: t('training.enrolments.keyword'), placeholder: t('training.enrolments.keywordPlaceholder') },
    ],
    [t],
  );

  const more = (row: Enrolment): RowMoreAction[] => {
    const list: RowMoreAction[] = [];
    if (row.status === 'pending' && canApprove) {
      list.push({ key: 'approve', label: t('training.enrolments.approve'), onClick: () => approve(row) });
      list.push({ key: 'reject', label: t('training.enrolments.reject'), danger: true, onClick: () => setPending({ kind: 'reject', row }) });
    }
    if ((row.status === 'enrolled' || row.status === 'waitlisted' || row.status === 'pending') && can(TRAINING_ENROL))
      list.push({ key: 'withdraw', label: t('training.enrolments.withdraw'), danger: true, onClick: () => setPending({ kind: 'withdraw', row }) });
    return list;
  };

  const columns: DataTableColumn<Enrolment>[] = [
    {
      key: 'order',
      title: t('training.enrolments.order'),
      hideable: false,
      render: (_, row) =>
        row.status === 'waitlisted' && row.waitlistPosition
          ? t('training.enrolments.waitlistPosition', { n: row.waitlistPosition })
          : t('training.common.none'),
    },
    { key: 'teacher', title: t('training.enrolments.teacher'), hideable: false, render: (_, row) => row.teacherName },
    { key: 'school', title: t('training.enrolments.school'), render: (_, row) => row.schoolName },
    {
      key: 'subjects',
      title: t('training.enrolments.subjects'),
      render: (_, row) => row.subjects.map((s) => dirVocab.label('subjects', s)).join('、') || t('training.common.none'),
    },
    { key: 'status', title: t('training.enrolments.status'), render: (_, row) => <EnrolmentStatusTag status={row.status} /> },
    { key: 'source', title: t('training.enrolments.source'), render: (_, row) => vocab.label('enrolmentSources', row.source) },
    { key: 'requestedAt', title: t('training.enrolments.requestedAt'), render: (_, row) => <DateText value={row.requestedAt} time /> },
    {
      key: 'note',
      title: t('training.enrolments.note'),
      render: (_, row) =>
        row.skipMessage ? (
          <Typography.Text type="warning">{row.skipMessage}</Typography.Text>
        ) : row.reason ? (
          <Typography.Text>{row.reason}</Typography.Text>
        ) : (
          t('training.common.none')
        ),
    },
    rowActionsColumn<Enrolment>((row) => (more(row).length ? { more: more(row) } : {}), { name: (row) => row.teacherName, width: 100 }),
  ];

  const s = summary.data;
  return (
    <div>
      {toastHolder}
      {modalHolder}
      <Flex wrap gap={16} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Space wrap size="large" data-testid="enrolment-counts">
          <span>
            {t('training.enrolments.seats')}：{s ? `${s.seatsTaken}/${s.capacity}` : `${session.counts.seatsTaken}/${session.counts.capacity}`}
          </span>
          <span>
            {t('training.enrolments.waitlisted')}：<Count value={s?.counts.waitlisted ?? session.counts.waitlisted} unit="persons" />
          </span>
          <span>
            {t('training.enrolments.pending')}：<Count value={s?.counts.pending ?? session.counts.pending} unit="persons" />
          </span>
          {s && s.counts.withdrawn > 0 && (
            <span>
              {t('training.enrolments.withdrawn')}：<Count value={s.counts.withdrawn} unit="persons" />
            </span>
          )}
        </Space>
        {canEnrol && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEnrolling(true)}>
            {t('training.enrolments.enrol')}
          </Button>
        )}
      </Flex>
      <DataTable<Enrolment>
        id="training.enrolments"
        urlPrefix="e"
        queryKey={key}
        fetch={(params: ListParams) => trainingApi.enrolments(session.id, params)}
        rowKey="id"
        columns={columns}
        filters={filters}
        title={t('training.enrolments.list')}
        empty={
          canEnrol
            ? { description: t('training.enrolments.empty'), action: { label: t('training.enrolments.enrol'), onClick: () => setEnrolling(true) } }
            : { description: t('training.enrolments.emptyReadOnly') }
        }
      />
      <EnrolTeachersModal session={session} open={enrolling} onClose={() => setEnrolling(false)} onDone={refresh} />
      <ReasonModal
        open={!!pending}
        title={
          pending?.kind === 'reject'
            ? t('training.enrolments.rejectTitle', { name: pending.row.teacherName })
            : t('training.enrolments.withdrawTitle', { name: pending?.row.teacherName ?? '' })
        }
        description={pending?.kind === 'reject' ? t('training.enrolments.rejectContent') : t('training.enrolments.withdrawContent')}
        label={t('training.enrolments.reason')}
        okText={pending?.kind === 'reject' ? t('training.enrolments.reject') : t('training.enrolments.withdraw')}
        danger
        onSubmit={(reason) => (pending!.kind === 'reject' ? trainingApi.reject(pending!.row.id, reason) : trainingApi.withdraw(pending!.row.id, reason))}
        onDone={(res) => {
          const promoted = pending?.kind === 'withdraw' ? ((res as { promoted?: number }).promoted ?? 0) : 0;
          setPending(null);
          void toast.success(promoted > 0 ? t('training.enrolments.withdrawnPromoted') : t('training.enrolments.done'));
          refresh();
        }}
        onClose={() => setPending(null)}
      />
    </div>
  );
}
