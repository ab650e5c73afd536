/**
 * The inspection form on a phone in a kitchen (issue 6 item 8): a header with the canteen, kind and
 * date; the officers present; then one checklist area per screen with big answers, photos from the
 * camera and notes; progress (已检 12/40) and the live score and grade always in view; finally the
 * issuing authority, the rectification deadline and 提交 with a confirmation listing the failed
 * items. Every change is kept on the device until the inspection is submitted.
 */
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Input, Modal, Progress, Radio, Select, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, ArrowRightOutlined, CheckCircleOutlined, CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DateText, formatDateTime, problemOf, serverNow, type Problem } from '@schoolbridge/ui';
import { formatScore } from '../../../shared/rules';
import { GradeFace } from '../components/GradeFace';
import { SeverityTag } from '../components/vocab';
import { inspectionKeys, inspectionsApi, type AuthorityOption } from '../api';
import type { InspectionView } from '../types';
import { useDeviceDraft } from '../draft/useDeviceDraft';
import {
  answerOf,
  failedItems,
  groupByArea,
  liveScore,
  MIN_INSPECTORS,
  progressOf,
  submitProblems,
  withAnswer,
  type InspectionFormData,
  type SubmitProblem,
} from './form-model';
import { InspectorsEditor, type AccountOption } from './InspectorsEditor';
import { ItemCard } from './ItemCard';
import { uploadPhoto } from './photos';

/** The form's data as the server has it. */
export function formDataOf(inspection: InspectionView): InspectionFormData {
  return {
    inspectors: inspection.inspectors.map((p) => ({ userId: p.userId, name: p.name, agency: p.agency ?? '' })),
    answers: Object.fromEntries(
      inspection.results.map((r) => [
        r.itemCode,
        {
          result: r.result,
          correctedOnSite: r.correctedOnSite,
          note: r.note ?? '',
          photos: r.photos,
          leaveOff: !!r.leaveOffReason,
          leaveOffReason: r.leaveOffReason ?? '',
        },
      ]),
    ),
    notes: inspection.notes ?? '',
    authorityId: inspection.authorityId,
    deadlineKind: inspection.deadlineKind ?? 'date',
    deadlineOn: inspection.deadlineOn,
    rectificationOwner: inspection.rectificationOwner ?? '',
  };
}

function timeOf(iso: string): string {
  return formatDateTime(iso).slice(11, 16);
}

export interface InspectionFormScreenProps {
  inspection: InspectionView;
  userId: string;
  authorities: AuthorityOption[];
  accounts: AccountOption[];
  /** Where photos are filed: the canteen's school, or a supplier's region. */
  photoOwner: { organisationId?: string; regionId?: string };
  /** 'fill': a draft, submitted once; 'amend': a submitted inspection changed with a reason (the letter is reissued). */
  mode?: 'fill' | 'amend';
}

export function InspectionFormScreen({ inspection, userId, authorities, accounts, photoOwner, mode = 'fill' }: InspectionFormScreenProps) {
  const amending = mode === 'amend';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const w = (key: string, opts?: Record<string, unknown>) => t(`foodSafety.inspections.form.${key}`, opts);

  const serverData = useMemo(() => formDataOf(inspection), [inspection]);
  const draft = useDeviceDraft<InspectionFormData>(inspection.id, userId, serverData, inspection.version);
  const { data, update } = draft;
  const items = inspection.results;
  const areas = useMemo(() => groupByArea(items), [items]);
  const numberOf = useMemo(() => new Map(items.map((it, i) => [it.itemCode, i + 1])), [items]);
  const steps = areas.length + 2; // team, areas…, submit
  const [step, setStep] = useState(0);
  const [showErrors, setShowErrors] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [serverSaved, setServerSaved] = useState<{ at: string; version: number } | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const progress = progressOf(items, data);
  const score = liveScore(items, data);
  const failed = failedItems(items, data);
  const [reason, setReason] = useState('');
  // an amendment that puts items on a notice where the inspection had none asks for the deadline too
  const amendNeedsDeadline = amending && !inspection.deadlineKind && !inspection.notice && failed.some((f) => f.disposition === 'notice');
  const problems = submitProblems(items, data).filter((p) => !amending || (p.key !== 'noAuthority' && (p.key !== 'deadlineRequired' || amendNeedsDeadline)));
  if (amending && !reason.trim()) problems.push({ key: 'amendReason' });
  const version = serverSaved?.version ?? inspection.version;

  const goTo = (next: number) => {
    setStep(Math.max(0, Math.min(steps - 1, next)));
    document.querySelector('[data-testid="inspection-form"]')?.scrollIntoView?.({ block: 'start' });
  };

  const saveToServer = async (): Promise<number | null> => {
    setBusy('save');
    setProblem(null);
    try {
      const saved = await inspectionsApi.saveDraft(inspection.id, data, version);
      setServerSaved({ at: new Date(serverNow()).toISOString(), version: saved.version });
      draft.rebase(saved.version);
      return saved.version;
    } catch (err) {
      setProblem(problemOf(err) ?? { title: w('saveFailed'), status: 0 });
      return null;
    } finally {
      setBusy(null);
    }
  };

  const askSubmit = () => {
    setShowErrors(true);
    if (problems.length === 0) setConfirming(true);
  };

  const submit = async () => {
    setBusy('submit');
    setProblem(null);
    try {
      let done: InspectionView;
      if (amending) {
        done = await inspectionsApi.amend(inspection.id, data, version, reason.trim(), amendNeedsDeadline);
      } else {
        const saved = await inspectionsApi.saveDraft(inspection.id, data, version);
        done = await inspectionsApi.submit(inspection.id, data, saved.version);
      }
      draft.clear();
      setConfirming(false);
      // lists are stale; the inspection itself is what the submit answered
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.all, refetchType: 'none' });
      await queryClient.invalidateQueries({ queryKey: inspectionKeys.letters, refetchType: 'none' });
      queryClient.setQueryData(inspectionKeys.detail(inspection.id), done);
      void navigate(`/food-safety/inspections/${inspection.id}/result`, { replace: true });
    } catch (err) {
      setConfirming(false);
      setProblem(problemOf(err) ?? { title: w('submitFailed'), status: 0 });
      setBusy(null);
    }
  };

  const authorityName = authorities.find((a) => a.id === data.authorityId)?.name ?? null;
  // items are named by their number on the checklist, never by their internal code
  const problemText = (p: SubmitProblem) =>
    w(`problems.${p.key}`, { count: p.itemCodes?.length ?? 0, codes: (p.itemCodes ?? []).map((c) => numberOf.get(c) ?? '?').join('、'), min: MIN_INSPECTORS });
  const onNotice = failed.filter((f) => f.disposition === 'notice');

  const area = step >= 1 && step <= areas.length ? areas[step - 1]! : null;
  const areaAnswered = (i: number) => areas[i]!.items.filter((it) => answerOf(data, it.itemCode).result !== null).length;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }} data-testid="inspection-form">
      {/* header: what is inspected, always in view with the progress and the live grade */}
      <div
        style={{ position: 'sticky', top: 0, zIndex: 5, background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '8px 0', marginBottom: 12 }}
        data-testid="form-header"
      >
        <Typography.Title level={4} style={{ margin: 0 }}>
          {inspection.canteenName}
        </Typography.Title>
        <Space size={8} wrap style={{ marginTop: 4 }}>
          <Tag>{t(`foodSafety.common.kinds.${inspection.kind}`)}</Tag>
          <DateText value={inspection.inspectedOn} />
          {inspection.campaignName ? <Typography.Text type="secondary">{inspection.campaignName}</Typography.Text> : null}
        </Space>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 8 }}>
          <div style={{ flex: 1 }}>
            <div data-testid="progress-text">{w('progress', { answered: progress.answered, total: progress.total })}</div>
            <Progress percent={progress.total ? Math.round((progress.answered * 100) / progress.total) : 0} showInfo={false} size="small" aria-hidden="true" />
          </div>
          <div data-testid="live-grade" aria-live="polite" style={{ textAlign: 'right' }}>
            {score.score === null ? (
              <Typography.Text type="secondary">{w('noScoreYet')}</Typography.Text>
            ) : (
              <>
                <div style={{ fontSize: 12 }}>{w('liveScore', { score: formatScore(score.score) })}</div>
                <GradeFace grade={score.grade} capped={score.capped} />
              </>
            )}
          </div>
        </div>
        <div style={{ fontSize: 12, marginTop: 4 }} data-testid="draft-status" role="status">
          {draft.storeFailed ? (
            <Typography.Text type="warning">{w('draftNotStored')}</Typography.Text>
          ) : draft.savedAt ? (
            <Typography.Text type="secondary">{w('draftSaved', { time: timeOf(draft.savedAt) })}</Typography.Text>
          ) : null}
          {serverSaved ? <Typography.Text type="secondary"> · {w('serverSaved', { time: timeOf(serverSaved.at) })}</Typography.Text> : null}
        </div>
      </div>

      {draft.offered ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="draft-offer"
          title={w('draftOffer', { time: formatDateTime(draft.offered.savedAt) })}
          description={
            <Space wrap style={{ marginTop: 8 }}>
              <Button type="primary" size="large" onClick={draft.restore}>
                {w('restoreDraft')}
              </Button>
              <Button size="large" onClick={draft.discard}>
                {w('discardDraft')}
              </Button>
            </Space>
          }
        />
      ) : null}

      {problem ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblem(null)}
          style={{ marginBottom: 12 }}
          title={problem.title}
          description={
            <>
              {problem.detail ? <div>{problem.detail}</div> : null}
              {problem.errors?.length ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problem.errors.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              ) : null}
            </>
          }
        />
      ) : null}

      {/* where am I: the area chooser, with the count answered in each */}
      <div style={{ marginBottom: 12 }}>
        <label htmlFor="fs-step" style={{ display: 'block', marginBottom: 4 }}>
          {w('section', { n: step + 1, total: steps })}
        </label>
        <Select
          id="fs-step"
          size="large"
          style={{ width: '100%' }}
          value={step}
          onChange={(v: number) => goTo(v)}
          options={[
            { value: 0, label: w('teamStep') },
            ...areas.map((a, i) => ({ value: i + 1, label: `${a.areaName}（${areaAnswered(i)}/${a.items.length}）` })),
            { value: steps - 1, label: w('submitStep') },
          ]}
        />
      </div>

      {step === 0 ? (
        <Card size="small" title={w('teamStep')} data-testid="team-step">
          <Typography.Paragraph type="secondary">{w('teamHint', { min: MIN_INSPECTORS })}</Typography.Paragraph>
          <InspectorsEditor
            value={data.inspectors}
            onChange={(inspectors) => update((d) => ({ ...d, inspectors }))}
            accounts={accounts}
            showErrors={showErrors}
          />
        </Card>
      ) : null}

      {area ? (
        <section aria-labelledby="fs-area-title" data-testid={`area-${area.areaCode}`}>
          <Typography.Title level={5} id="fs-area-title">
            {area.areaName}
          </Typography.Title>
          {area.items.some((it) => answerOf(data, it.itemCode).result === null) ? (
            // most items of an area are usually fine: one tap answers the ones not yet looked at
            <Button
              block
              size="large"
              style={{ marginBottom: 12 }}
              onClick={() =>
                update((d) =>
                  area.items.reduce((acc, it) => (answerOf(acc, it.itemCode).result === null ? withAnswer(acc, it.itemCode, { result: 'compliant' }) : acc), d),
                )
              }
            >
              {w('restCompliant', { count: area.items.filter((it) => answerOf(data, it.itemCode).result === null).length })}
            </Button>
          ) : null}
          {area.items.map((item) => (
            <ItemCard
              key={item.itemCode}
              item={item}
              number={numberOf.get(item.itemCode)}
              answer={answerOf(data, item.itemCode)}
              onChange={(patch) => update((d) => withAnswer(d, item.itemCode, patch))}
              onAddPhoto={async (file) => {
                const stored = await uploadPhoto(file, photoOwner);
                await inspectionsApi.attachPhoto(inspection.id, item.itemCode, stored.id);
                return { id: stored.id, name: stored.originalName };
              }}
              onPhotosChange={(change) => update((d) => withAnswer(d, item.itemCode, { photos: change(answerOf(d, item.itemCode).photos) }))}
              onRemovePhoto={async (photo) => {
                await inspectionsApi.detachPhoto(inspection.id, item.itemCode, photo.id);
              }}
              reasonMissing={showErrors}
            />
          ))}
        </section>
      ) : null}

      {step === steps - 1 ? (
        <div data-testid="submit-step" style={{ display: 'grid', gap: 12 }}>
          <Card size="small" title={w('failedTitle', { count: failed.length })}>
            {failed.length === 0 ? <Typography.Text>{w('noFailed')}</Typography.Text> : <FailedList failed={failed} />}
          </Card>
          {amending ? (
            <Card size="small" title={w('amendTitle')}>
              <Typography.Paragraph type="secondary">{w('amendHint', { number: inspection.letter?.number ?? '—' })}</Typography.Paragraph>
              <label htmlFor="fs-amend-reason" style={{ display: 'block', marginBottom: 4 }}>
                <span aria-hidden="true" style={{ color: '#a8071a' }}>
                  *{' '}
                </span>
                {w('amendReason')}
              </label>
              <Input.TextArea
                id="fs-amend-reason"
                required
                aria-required="true"
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={500}
                value={reason}
                status={showErrors && !reason.trim() ? 'error' : undefined}
                onChange={(e) => setReason(e.target.value)}
              />
            </Card>
          ) : null}
          <Card size="small" title={w('issueTitle')} style={amending && !amendNeedsDeadline ? { display: 'none' } : undefined}>
            <div style={{ display: 'grid', gap: 12 }}>
              <div style={amending ? { display: 'none' } : undefined}>
                <label htmlFor="fs-authority" style={{ display: 'block', marginBottom: 4 }}>
                  <span aria-hidden="true" style={{ color: '#a8071a' }}>
                    *{' '}
                  </span>
                  {w('authority')}
                </label>
                <Select
                  id="fs-authority"
                  size="large"
                  style={{ width: '100%' }}
                  placeholder={w('authorityPlaceholder')}
                  value={data.authorityId ?? undefined}
                  status={showErrors && !data.authorityId ? 'error' : undefined}
                  onChange={(authorityId: string) => update((d) => ({ ...d, authorityId }))}
                  options={authorities.map((a) => ({ value: a.id, label: a.name }))}
                />
              </div>
              {onNotice.length > 0 ? (
                <>
                  <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                    <legend style={{ fontSize: 14, marginBottom: 4 }}>{w('deadline')}</legend>
                    <Radio.Group
                      value={data.deadlineKind}
                      onChange={(e) => update((d) => ({ ...d, deadlineKind: e.target.value as InspectionFormData['deadlineKind'] }))}
                      style={{ display: 'grid', gap: 8 }}
                    >
                      <Radio value="date" style={{ minHeight: 32 }}>
                        {t('foodSafety.common.deadlineKinds.date')}
                      </Radio>
                      <Radio value="immediateOngoing" style={{ minHeight: 32 }}>
                        {t('foodSafety.common.deadlineKinds.immediateOngoing')}
                      </Radio>
                    </Radio.Group>
                  </fieldset>
                  {data.deadlineKind === 'date' ? (
                    <div>
                      <label htmlFor="fs-deadline-on" style={{ display: 'block', marginBottom: 4 }}>
                        {w('deadlineOn')}
                      </label>
                      <Input
                        id="fs-deadline-on"
                        type="date"
                        size="large"
                        min={inspection.inspectedOn}
                        value={data.deadlineOn ?? ''}
                        status={showErrors && !data.deadlineOn ? 'error' : undefined}
                        onChange={(e) => update((d) => ({ ...d, deadlineOn: e.target.value || null }))}
                      />
                    </div>
                  ) : null}
                  <div style={amending ? { display: 'none' } : undefined}>
                    <label htmlFor="fs-owner" style={{ display: 'block', marginBottom: 4 }}>
                      {w('owner')}
                    </label>
                    <Input
                      id="fs-owner"
                      size="large"
                      maxLength={100}
                      value={data.rectificationOwner}
                      onChange={(e) => update((d) => ({ ...d, rectificationOwner: e.target.value }))}
                    />
                  </div>
                </>
              ) : null}
              <div>
                <label htmlFor="fs-notes" style={{ display: 'block', marginBottom: 4 }}>
                  {w('notes')}
                </label>
                <Input.TextArea
                  id="fs-notes"
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={5000}
                  value={data.notes}
                  onChange={(e) => update((d) => ({ ...d, notes: e.target.value }))}
                />
              </div>
            </div>
          </Card>
          {showErrors && problems.length ? (
            <Alert
              type="warning"
              showIcon
              data-testid="submit-problems"
              title={w('cannotSubmit')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {problems.map((p) => (
                    <li key={p.key}>{problemText(p)}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
        </div>
      ) : null}

      {/* big buttons at the bottom, reachable with a thumb */}
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, margin: '16px 0' }}>
        <Button size="large" icon={<ArrowLeftOutlined />} disabled={step === 0} onClick={() => goTo(step - 1)} style={{ minHeight: 48 }}>
          {w('previous')}
        </Button>
        {step < steps - 1 ? (
          <Button size="large" type="primary" onClick={() => goTo(step + 1)} style={{ minHeight: 48 }}>
            {w('next')} <ArrowRightOutlined />
          </Button>
        ) : (
          <Button size="large" type="primary" icon={<CheckCircleOutlined />} loading={busy === 'submit'} onClick={askSubmit} style={{ minHeight: 48 }}>
            {amending ? w('amendSubmit') : w('submit')}
          </Button>
        )}
      </div>
      <Button
        block
        size="large"
        icon={busy === 'save' ? <CloudUploadOutlined /> : <SaveOutlined />}
        loading={busy === 'save'}
        disabled={busy !== null}
        onClick={() => void saveToServer()}
        style={amending ? { display: 'none' } : { minHeight: 48 }}
      >
        {w('saveToServer')}
      </Button>

      <Modal
        open={confirming}
        title={amending ? w('amendConfirmTitle') : w('confirmTitle')}
        okText={amending ? w('amendSubmit') : w('confirmSubmit')}
        cancelText={w('backToForm')}
        onOk={() => void submit()}
        onCancel={() => setConfirming(false)}
        confirmLoading={busy === 'submit'}
        okButtonProps={{ size: 'large' }}
        cancelButtonProps={{ size: 'large' }}
        width={560}
      >
        <div data-testid="submit-confirm" style={{ display: 'grid', gap: 8 }}>
          <div>
            {score.score === null ? w('noScoreYet') : w('liveScore', { score: formatScore(score.score) })}{' '}
            <GradeFace grade={score.grade} capped={score.capped} />
          </div>
          {amending ? <div>{w('amendConfirmReason', { reason: reason.trim() })}</div> : <div>{w('confirmAuthority', { name: authorityName ?? '—' })}</div>}
          <div>{w('confirmInspectors', { names: data.inspectors.map((p) => p.name).join('、') })}</div>
          <div>{w('confirmFailed', { count: failed.length, onNotice: onNotice.length })}</div>
          {failed.length ? <FailedList failed={failed} /> : null}
          {onNotice.length && (!amending || amendNeedsDeadline) ? (
            <div>{data.deadlineKind === 'immediateOngoing' ? w('confirmDeadlineImmediate') : w('confirmDeadlineDate', { date: data.deadlineOn ?? '—' })}</div>
          ) : null}
          <Typography.Text type="secondary">
            {amending ? w('amendConfirmOnce', { number: inspection.letter?.number ?? '—' }) : w('confirmOnce')}
          </Typography.Text>
        </div>
      </Modal>
    </div>
  );
}

function FailedList({ failed }: { failed: ReturnType<typeof failedItems> }) {
  const { t } = useTranslation();
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 6 }} data-testid="failed-list">
      {failed.map((f) => (
        <li key={f.item.itemCode}>
          <Space size={4} wrap>
            <span>{f.item.text}</span>
            <SeverityTag severity={f.item.severity} />
            <Tag>{t(`foodSafety.inspections.form.disposition.${f.disposition}`)}</Tag>
          </Space>
          {f.answer.note ? <div style={{ color: '#595959' }}>{f.answer.note}</div> : null}
          {f.disposition === 'leftOff' ? (
            <div style={{ color: '#595959' }}>{t('foodSafety.inspections.form.leftOffBecause', { reason: f.answer.leaveOffReason })}</div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
