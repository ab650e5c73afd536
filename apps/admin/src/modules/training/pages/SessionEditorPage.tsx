import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Space, Switch, Tag, Typography, message } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle, PinyinSelect, fieldPath, isNetworkError, problemOf, useUnsavedChangesPrompt, type Problem } from '@schoolbridge/ui';
import { useSchoolOptions } from '../../directory/api';
import { DetailState } from '../../directory/components/DetailState';
import { useVocab } from '../../directory/components/vocab';
import {
  LOCAL_SHARE_LIMIT,
  trainingApi,
  trainingKeys,
  useExpertOptions,
  useProgrammeOptions,
  useVenueOptions,
  type Clash,
  type CreateSessionBody,
  type Expert,
  type SessionDetail,
  type TimetableDayInput,
} from '../api';
import { DEFAULT_TIMES, TimetableEditor, useVenueTeachers, type DayValue, type Option } from '../components/TimetableEditor';
import { fromDate, toDate } from '../components/format';
import { useTrainingVocab } from '../components/vocab';

interface EditorValues {
  programmeId?: string;
  title?: string;
  venueOrganisationId?: string;
  creditHours?: number;
  capacity?: number;
  completionThreshold?: number;
  enrolOpensOn?: Dayjs | null;
  enrolClosesOn?: Dayjs | null;
  withdrawUntil?: Dayjs | null;
  approvalRequired?: boolean;
  days?: DayValue[];
  teamLeaderExpertId?: string | null;
  expertIds?: string[];
  eligibility?: { schoolIds?: string[]; subjects?: string[]; stages?: string[] };
  notes?: string;
}

type NamePath = (string | number)[];
const keyOf = (name: NamePath) => JSON.stringify(name);

/** The API's timetable (a session's days or the template) as the form holds it. */
function toDayValues(days: TimetableDayInput[] | SessionDetail['days']): DayValue[] {
  return days.map((d) => ({
    date: d.date,
    halves: [...d.halves]
      .sort((a, b) => (a.half === b.half ? 0 : a.half === 'am' ? -1 : 1))
      .map((h) => ({
        half: h.half,
        participantSlot: h.participantSlot,
        startsAt: h.startsAt ?? DEFAULT_TIMES[h.half].startsAt,
        endsAt: h.endsAt ?? DEFAULT_TIMES[h.half].endsAt,
        modules: h.modules.map((m) => ({ kind: m.kind, title: m.title ?? '', expertId: m.expertId ?? null, lessonTeacherId: m.lessonTeacherId ?? null })),
      })),
  }));
}

function toDaysBody(days: DayValue[] | undefined): TimetableDayInput[] {
  return (days ?? []).map((d) => ({
    date: d.date,
    halves: (d.halves ?? []).map((h) => ({
      half: h.half,
      participantSlot: !!h.participantSlot,
      startsAt: h.startsAt,
      endsAt: h.endsAt,
      modules: (h.modules ?? []).map((m) => ({
        kind: m.kind as TimetableDayInput['halves'][number]['modules'][number]['kind'],
        title: m.title?.trim() || null,
        expertId: m.expertId || null,
        lessonTeacherId: m.lessonTeacherId || null,
      })),
    })),
  }));
}

function initialValues(session: SessionDetail | undefined, search: URLSearchParams): EditorValues {
  if (!session)
    return {
      ...(search.get('programmeId') ? { programmeId: search.get('programmeId')! } : {}),
      creditHours: 30,
      capacity: 40,
      completionThreshold: 80,
      approvalRequired: false,
      days: [],
      expertIds: [],
      eligibility: { schoolIds: [], subjects: [], stages: [] },
    };
  return {
    programmeId: session.programme.id,
    title: session.title,
    venueOrganisationId: session.venue.id,
    creditHours: session.creditHours,
    capacity: session.counts.capacity,
    completionThreshold: session.completionThreshold,
    enrolOpensOn: fromDate(session.enrolOpensOn) ?? null,
    enrolClosesOn: fromDate(session.enrolClosesOn) ?? null,
    withdrawUntil: fromDate(session.withdrawUntil) ?? null,
    approvalRequired: session.approvalRequired,
    days: toDayValues(session.days),
    teamLeaderExpertId: session.teamLeaderExpertId,
    expertIds: session.team.filter((m) => m.role !== 'leader').map((m) => m.expertId),
    eligibility: {
      schoolIds: session.eligibility.schools.map((s) => s.id),
      subjects: session.eligibility.subjects,
      stages: session.eligibility.stages,
    },
    notes: session.notes ?? '',
  };
}

interface TeamRow {
  id: string;
  name: string;
  tier: string | null;
  organisationName: string | null;
  leader: boolean;
}

/** 从模板生成: asks for the Sunday the team arrives, then fills the grid from the API's 送培到校 plan. */
function TemplateModal({
  open,
  replacing,
  onClose,
  onFilled,
}: {
  open: boolean;
  replacing: boolean;
  onClose: () => void;
  onFilled: (days: TimetableDayInput[]) => void;
}) {
  const { t } = useTranslation();
  const [sunday, setSunday] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open={open}
      title={t('training.editor.templateTitle')}
      okText={t('training.editor.templateOk')}
      cancelText={t('training.common.cancel')}
      okButtonProps={{ disabled: !sunday, loading: busy }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!sunday) return;
        setBusy(true);
        setError(null);
        try {
          const res = await trainingApi.template(sunday.format('YYYY-MM-DD'));
          onFilled(res.days);
        } catch (err) {
          const p = problemOf(err);
          setError(isNetworkError(err) ? t('kit.form.networkError') : (p?.errors?.[0]?.message ?? p?.detail ?? p?.title ?? String(err)));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph>{t('training.editor.templateHint')}</Typography.Paragraph>
      {replacing && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('training.editor.templateReplaces')} />}
      <label htmlFor="template-sunday" style={{ display: 'block', marginBottom: 4 }}>
        {t('training.editor.templateSunday')}
      </label>
      <DatePicker
        id="template-sunday"
        format="YYYY-MM-DD"
        value={sunday}
        onChange={(d) => setSunday(d)}
        disabledDate={(d) => d.day() !== 0}
        style={{ width: '100%' }}
        placeholder={t('training.editor.templateSundayPlaceholder')}
      />
      {error && <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} />}
    </Modal>
  );
}

function clashLine(c: Clash, t: (key: string, opts?: Record<string, unknown>) => string, half: string) {
  return t('training.editor.clashLine', { resource: t(`training.editor.resource.${c.resource}`), name: c.name, date: c.date, half, other: c.otherTitle });
}

function SessionEditor({ session }: { session?: SessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EditorValues>();
  const [toast, toastHolder] = message.useMessage();
  const [modal, modalHolder] = Modal.useModal();
  const vocab = useTrainingVocab();
  const dirVocab = useVocab();
  const programmes = useProgrammeOptions();
  const venues = useVenueOptions();
  const schools = useSchoolOptions();
  const pool = useExpertOptions();
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [clashes, setClashes] = useState<Clash[] | null>(null);
  const [alert, setAlert] = useState<{ title: string; detail?: string; items?: string[] } | null>(null);
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const [templateOpen, setTemplateOpen] = useState(false);
  const prompt = useUnsavedChangesPrompt(dirty);
  const initial = useMemo(() => initialValues(session, search), [session, search]);
  const f = (key: string) => t(`training.editor.${key}`);

  const venueId = Form.useWatch('venueOrganisationId', form) as string | undefined;
  const leaderId = Form.useWatch('teamLeaderExpertId', form) as string | null | undefined;
  const memberIds = (Form.useWatch('expertIds', form) as string[] | undefined) ?? initial.expertIds ?? [];
  const days = (Form.useWatch('days', form) as DayValue[] | undefined) ?? [];

  // experts local to the venue by default (same school or its county), as the API decides
  const localDefaults = useQuery({
    queryKey: [...trainingKeys.experts, 'localTo', venueId],
    queryFn: async () => new Set((await trainingApi.experts({ localTo: venueId!, archived: 'all', page: 1, pageSize: 200 })).items.map((x) => x.id)),
    enabled: !!venueId,
    staleTime: 60_000,
  });

  const poolById = useMemo(() => new Map((pool.data ?? []).map((x) => [x.id, x])), [pool.data]);
  const expertOptions = useMemo(() => {
    const list: Option[] = (pool.data ?? []).map((x: Expert) => ({ value: x.id, label: x.name }));
    for (const m of session?.team ?? []) if (!list.some((o) => o.value === m.expertId)) list.push({ value: m.expertId, label: m.name });
    return list;
  }, [pool.data, session]);
  const team: TeamRow[] = useMemo(() => {
    const ids = [...new Set([...(leaderId ? [leaderId] : []), ...memberIds])];
    return ids.map((id) => {
      const x = poolById.get(id);
      const stored = session?.team.find((m) => m.expertId === id);
      return {
        id,
        name: x?.name ?? stored?.name ?? id,
        tier: x?.tier ?? stored?.tier ?? null,
        organisationName: x?.organisationName ?? stored?.organisationName ?? null,
        leader: id === leaderId,
      };
    });
  }, [leaderId, memberIds, poolById, session]);
  const isLocal = (id: string): boolean => {
    if (id in overrides) return overrides[id]!;
    const stored = session?.team.find((m) => m.expertId === id);
    if (stored && venueId === session?.venue.id) return stored.local;
    return localDefaults.data?.has(id) ?? false;
  };
  const localCount = team.filter((m) => isLocal(m.id)).length;
  const share = team.length ? localCount / team.length : 0;
  const teamOptions = team.map((m) => ({ value: m.id, label: m.name }));

  const knownTeachers = useMemo(
    () =>
      (session?.days ?? []).flatMap((d) =>
        d.halves.flatMap((h) =>
          h.modules.filter((m) => m.lessonTeacherId).map((m) => ({ value: m.lessonTeacherId!, label: m.lessonTeacherName ?? m.lessonTeacherId! })),
        ),
      ),
    [session],
  );
  const teachers = useVenueTeachers(venueId, knownTeachers);

  const programmeOptions =
    session && !(programmes.data ?? []).some((o) => o.value === session.programme.id)
      ? [...(programmes.data ?? []), { value: session.programme.id, label: session.programme.name }]
      : (programmes.data ?? []);
  const venueOptions = (() => {
    const list = (venues.data ?? []).map((v) => ({ value: v.value, label: v.label }));
    if (session && !list.some((o) => o.value === session.venue.id)) list.push({ value: session.venue.id, label: session.venue.name });
    return list;
  })();
  const schoolOptions = (() => {
    const list = [...(schools.data ?? [])];
    for (const s of session?.eligibility.schools ?? []) if (!list.some((o) => o.value === s.id)) list.push({ value: s.id, label: s.name });
    return list;
  })();

  /** The API's field errors under their fields; the rest, and other refusals, in an Alert. */
  const showProblem = (p: Problem) => {
    const registered = new Set(form.getFieldsError().map((e) => keyOf(e.name as NamePath)));
    const known = new Map<string, { name: NamePath; errors: string[] }>();
    const unknown: string[] = [];
    for (const e of p.errors ?? []) {
      let name = fieldPath(e.field);
      // a team member or an eligible school is named by its place in the list: show it under the list
      if (name[0] === 'expertIds' || name[0] === 'localOverrides') name = ['expertIds'];
      if (name[0] === 'eligibility' && name.length > 2) name = name.slice(0, 2);
      const msg = e.message || e.code;
      if (registered.has(keyOf(name))) {
        const prev = known.get(keyOf(name));
        if (prev) prev.errors.push(msg);
        else known.set(keyOf(name), { name, errors: [msg] });
      } else unknown.push(t('kit.form.fieldError', { field: fieldLabel(e.field), message: msg }));
    }
    if (known.size) {
      form.setFields([...known.values()].map((k) => ({ name: k.name as never, errors: k.errors })));
      try {
        form.scrollToField([...known.values()][0]!.name as never, { block: 'center' });
      } catch {
        // no layout to scroll in
      }
    }
    if (unknown.length) setAlert({ title: t('kit.form.fixFields'), items: unknown });
    else if (!known.size) setAlert({ title: p.title || t('kit.form.failed'), ...(p.detail ? { detail: p.detail } : {}) });
  };
  const fieldLabel = (field: string) => {
    const m = /^days\.(\d+)/.exec(field);
    if (m) return t('training.editor.dayN', { n: Number(m[1]) + 1 });
    return (
      (
        {
          programmeId: f('programme'),
          title: f('title'),
          venueOrganisationId: f('venue'),
          teamLeaderExpertId: f('leader'),
          days: f('timetable'),
          expertIds: f('experts'),
          capacity: f('capacity'),
          version: t('training.common.version'),
        } as Record<string, string>
      )[field] ?? field
    );
  };

  const buildBody = (v: EditorValues, confirmLocalShare: boolean) => {
    const parts = {
      programmeId: v.programmeId!,
      title: v.title!.trim(),
      venueOrganisationId: v.venueOrganisationId!,
      creditHours: v.creditHours ?? 0,
      capacity: v.capacity ?? 0,
      completionThreshold: v.completionThreshold ?? 80,
      approvalRequired: !!v.approvalRequired,
      enrolOpensOn: toDate(v.enrolOpensOn),
      enrolClosesOn: toDate(v.enrolClosesOn),
      withdrawUntil: toDate(v.withdrawUntil),
      // the stored values, not onFinish's: a half-day's `half` has no field of its own, so onFinish leaves it out
      days: toDaysBody((form.getFieldValue('days') as DayValue[] | undefined) ?? v.days),
      teamLeaderExpertId: v.teamLeaderExpertId ?? null,
      expertIds: (v.expertIds ?? []).filter((id) => id !== v.teamLeaderExpertId),
      localOverrides: Object.entries(overrides)
        .filter(([id]) => team.some((m) => m.id === id))
        .map(([expertId, local]) => ({ expertId, local })),
      eligibility: { schoolIds: v.eligibility?.schoolIds ?? [], subjects: v.eligibility?.subjects ?? [], stages: v.eligibility?.stages ?? [] },
      notes: v.notes?.trim() || null,
      ...(confirmLocalShare ? { confirmLocalShare: true } : {}),
    };
    return parts as CreateSessionBody;
  };

  const save = async (v: EditorValues, confirmLocalShare = false): Promise<void> => {
    setAlert(null);
    setClashes(null);
    setSaving(true);
    try {
      const body = buildBody(v, confirmLocalShare);
      const saved = session ? await trainingApi.updateSession(session.id, { ...body, version: session.version }) : await trainingApi.createSession(body);
      flushSync(() => {
        setDirty(false);
        setSaving(false);
      });
      void toast.success(t('kit.form.saved'));
      void queryClient.invalidateQueries({ queryKey: trainingKeys.sessions });
      void queryClient.invalidateQueries({ queryKey: trainingKeys.calendar });
      queryClient.setQueryData(trainingKeys.session(saved.id), saved);
      void navigate(`/training/sessions/${saved.id}`);
    } catch (err) {
      setSaving(false);
      const p = problemOf(err);
      if (isNetworkError(err)) setAlert({ title: t('kit.form.failed'), detail: t('kit.form.networkError') });
      else if (p?.code === 'training.conflict' && Array.isArray(p.clashes)) setClashes(p.clashes as Clash[]);
      else if (p?.code === 'training.session.localShareExceeded') {
        const percent = Math.round(Number(p.share ?? share) * 100);
        const ok = await modal.confirm({
          title: f('localShareConfirmTitle'),
          content: t('training.editor.localShareConfirm', { share: percent, local: p.local, total: p.total }),
          okText: f('localShareConfirmOk'),
          cancelText: t('training.common.cancel'),
        });
        if (ok) await save(v, true);
      } else if (p) showProblem(p);
      else setAlert({ title: t('kit.form.failed'), ...(err instanceof Error && err.message ? { detail: err.message } : {}) });
    }
  };

  const onChanged = () => setDirty(true);

  return (
    <>
      {toastHolder}
      {modalHolder}
      {prompt}
      <TemplateModal
        open={templateOpen}
        replacing={days.length > 0}
        onClose={() => setTemplateOpen(false)}
        onFilled={(filled) => {
          form.setFieldsValue({ days: toDayValues(filled) });
          setTemplateOpen(false);
          setDirty(true);
          void toast.success(f('templateFilled'));
        }}
      />
      {alert && (
        <Alert
          type="error"
          showIcon
          closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
          onClose={() => setAlert(null)}
          style={{ marginBottom: 16 }}
          title={alert.title}
          description={
            alert.items ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {alert.items.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            ) : (
              alert.detail
            )
          }
        />
      )}
      {clashes && (
        <Alert
          type="error"
          showIcon
          data-testid="clash-alert"
          closable={{ closeIcon: true, 'aria-label': t('kit.common.close') }}
          onClose={() => setClashes(null)}
          style={{ marginBottom: 16 }}
          title={f('clashTitle')}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {clashes.map((c, i) => (
                  <li key={i}>{clashLine(c, t, vocab.label('halfDays', c.half))}</li>
                ))}
              </ul>
              <div style={{ marginTop: 4 }}>{f('clashHint')}</div>
            </>
          }
        />
      )}
      <Form<EditorValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        scrollToFirstError
        onValuesChange={() => setDirty(true)}
        onFinish={(v) => void save(v)}
        aria-busy={saving}
      >
        <Card title={f('basics')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="programmeId" label={f('programme')} rules={[{ required: true, message: f('programmeRequired') }]}>
                <PinyinSelect aria-label={f('programme')} options={programmeOptions} loading={programmes.isPending} placeholder={f('pickProgramme')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={f('title')} rules={[{ required: true, whitespace: true, message: f('titleRequired') }]}>
                <Input maxLength={200} placeholder={f('titlePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="venueOrganisationId" label={f('venue')} rules={[{ required: true, message: f('venueRequired') }]} extra={f('venueHint')}>
                <PinyinSelect aria-label={f('venue')} options={venueOptions} loading={venues.isPending} placeholder={f('pickVenue')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="creditHours" label={f('creditHours')} rules={[{ required: true, message: f('creditHoursRequired') }]}>
                <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="capacity" label={f('capacity')} rules={[{ required: true, message: f('capacityRequired') }]}>
                <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="completionThreshold" label={f('threshold')} extra={f('thresholdHint')}>
                <InputNumber min={1} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="enrolOpensOn" label={f('enrolOpensOn')}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="enrolClosesOn" label={f('enrolClosesOn')}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="withdrawUntil" label={f('withdrawUntil')}>
                <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="approvalRequired" label={f('approvalRequired')} valuePropName="checked">
                <Switch checkedChildren={t('training.common.yes')} unCheckedChildren={t('training.common.no')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card
          title={f('timetable')}
          style={{ marginBottom: 16 }}
          extra={
            <Button icon={<ThunderboltOutlined />} onClick={() => setTemplateOpen(true)}>
              {f('fromTemplate')}
            </Button>
          }
        >
          {days.length === 0 && <Typography.Paragraph type="secondary">{f('timetableEmpty')}</Typography.Paragraph>}
          <TimetableEditor form={form} experts={teamOptions} teachers={teachers} onChanged={onChanged} />
        </Card>

        <Card title={f('team')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="teamLeaderExpertId" label={f('leader')} extra={f('leaderHint')}>
                <PinyinSelect aria-label={f('leader')} allowClear options={expertOptions} loading={pool.isPending} placeholder={f('pickExpert')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="expertIds" label={f('experts')}>
                <PinyinSelect
                  aria-label={f('experts')}
                  mode="multiple"
                  allowClear
                  options={expertOptions.filter((o) => o.value !== leaderId)}
                  loading={pool.isPending}
                  placeholder={f('pickExperts')}
                />
              </Form.Item>
            </Col>
          </Row>
          {team.length === 0 ? (
            <Typography.Paragraph type="secondary">{f('teamEmpty')}</Typography.Paragraph>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 12px' }} aria-label={f('team')}>
              {team.map((m) => (
                <li key={m.id} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                  <Typography.Text strong>{m.name}</Typography.Text>
                  {m.leader && <Tag>{vocab.label('expertRoles', 'leader')}</Tag>}
                  {m.tier && <Tag>{vocab.label('expertTiers', m.tier)}</Tag>}
                  {m.organisationName && <Typography.Text type="secondary">{m.organisationName}</Typography.Text>}
                  <span style={{ marginInlineStart: 'auto' }}>
                    <Switch
                      aria-label={t('training.editor.localFor', { name: m.name })}
                      checked={isLocal(m.id)}
                      checkedChildren={f('local')}
                      unCheckedChildren={f('outside')}
                      onChange={(checked) => {
                        setOverrides((o) => ({ ...o, [m.id]: checked }));
                        setDirty(true);
                      }}
                    />
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Typography.Paragraph data-testid="local-share" style={{ marginBottom: 8 }}>
            {t('training.editor.localShare', { local: localCount, total: team.length, percent: Math.round(share * 100) })}
          </Typography.Paragraph>
          {share > LOCAL_SHARE_LIMIT && <Alert type="warning" showIcon title={t('training.editor.localShareWarning', { percent: Math.round(share * 100) })} />}
        </Card>

        <Card title={f('eligibility')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{f('eligibilityHint')}</Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name={['eligibility', 'schoolIds']} label={f('schools')}>
                <PinyinSelect
                  aria-label={f('schools')}
                  mode="multiple"
                  allowClear
                  options={schoolOptions}
                  loading={schools.isPending}
                  placeholder={f('anySchool')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['eligibility', 'subjects']} label={f('subjects')}>
                <PinyinSelect aria-label={f('subjects')} mode="multiple" allowClear options={dirVocab.options('subjects')} placeholder={f('anySubject')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name={['eligibility', 'stages']} label={f('stages')}>
                <PinyinSelect aria-label={f('stages')} mode="multiple" allowClear options={dirVocab.options('schoolStages')} placeholder={f('anyStage')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={f('notes')}>
                <Input.TextArea rows={3} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Space wrap>
          <Button type="primary" htmlType="submit" loading={saving} disabled={saving}>
            {t('kit.form.submit')}
          </Button>
          <Button onClick={() => void navigate(session ? `/training/sessions/${session.id}` : '/training/sessions')}>{t('training.common.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}

/** 新建班次 / 编辑班次: basics, the timetable grid, the team with its local share, eligibility. */
export default function SessionEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const query = useQuery({ queryKey: trainingKeys.session(id ?? ''), queryFn: () => trainingApi.session(id!), enabled: !!id });
  if (id && !query.data)
    return <DetailState isPending={query.isPending} error={query.error} retry={() => void query.refetch()} listPath="/training/sessions" />;
  const session = query.data;
  const locked = session && (session.status === 'completed' || session.status === 'cancelled');
  return (
    <div>
      <PageTitle title={session ? t('training.editor.editTitle', { title: session.title }) : t('training.editor.newTitle')} />
      {locked ? (
        <Alert type="info" showIcon title={t('training.editor.locked', { status: t(`training.status.${session.status}`) })} />
      ) : (
        <SessionEditor key={id ?? 'new'} {...(session ? { session } : {})} />
      )}
    </div>
  );
}
