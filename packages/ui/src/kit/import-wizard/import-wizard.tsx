import { useEffect, useId, useState, type ReactNode } from 'react';
import { Alert, Button, Modal, Pagination, Progress, Radio, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../app/api';
import { isNetworkError, problemOf } from '../problem';
import { formatCount } from '../format';
import type { Page } from '../data-table/types';

/** The statuses of an import job (`GET /api/imports/jobs/{id}`). */
export type ImportJobStatus = 'parsing' | 'validating' | 'ready' | 'failed' | 'applying' | 'applied' | 'applyFailed';

/** A message of the job (a warning, the failure), already in the caller's language. */
export interface ImportJobMessage {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** An import job as the engine answers it (`ImportJobDto`). */
export interface ImportJob {
  id: string;
  importerId: string;
  fileName: string;
  status: ImportJobStatus;
  progress: { processed: number; total: number };
  counts: { total: number; valid: number; invalid: number; toCreate: number; toUpdate: number; created: number; updated: number; skipped: number };
  warnings: ImportJobMessage[];
  failure: ImportJobMessage | null;
}

/** A staged row with its errors (`GET /api/imports/jobs/{id}/rows?errorsOnly=true`). */
export interface ImportRow {
  rowNumber: number;
  values: Record<string, string>;
  errors: { column: string | null; header: string | null; code: string; message: string }[];
}

export type ImportMode = 'all' | 'skipInvalid';

export interface ImportWizardProps {
  /** The importer, e.g. 'directory.teachers': its template, jobs and permission. */
  importerId: string;
  open: boolean;
  /** Called when the wizard closes; `applied` says rows were written (refresh the list then). */
  onClose: (result: { applied: boolean }) => void;
  /** What is imported, for the title: 教师 → 导入教师. */
  name?: string;
  /** How often a running job is asked for its progress (default 500 ms). */
  pollIntervalMs?: number;
  /** Rows per page of the errors table (default 20). */
  errorsPageSize?: number;
}

const RUNNING: ReadonlySet<ImportJobStatus> = new Set(['parsing', 'validating', 'applying']);
const ACCEPTED = /\.(xlsx|csv)$/i;

type Step = 'upload' | 'check' | 'apply';
const STEPS: Step[] = ['upload', 'check', 'apply'];

function problemText(err: unknown, networkText: string): string {
  if (isNetworkError(err)) return networkText;
  const p = problemOf(err);
  return p ? p.detail || p.title : err instanceof Error ? err.message : String(err);
}

/**
 * The import wizard (ARCHITECTURE §6): 1 download the template and upload a file, 2 watch it being
 * checked and read the row errors, 3 choose all-or-nothing or skip the invalid rows, apply, and see
 * what was created, updated and skipped. Talks to the platform import engine (`/api/imports/…`).
 */
export function ImportWizard({ importerId, open, onClose, name, pollIntervalMs = 500, errorsPageSize = 20 }: ImportWizardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inputId = useId();
  const [step, setStep] = useState<Step>('upload');
  const [jobId, setJobId] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode | null>(null);
  const [applyError, setApplyError] = useState<string | null>(null);
  const [applyStarted, setApplyStarted] = useState(false);
  const [errorsPage, setErrorsPage] = useState(1);
  const k = (key: string) => `kit.importWizard.${key}`;
  const network = t('kit.form.networkError');

  const job = useQuery({
    queryKey: ['kit', 'importJob', jobId],
    queryFn: () => apiFetch<ImportJob>(`/api/imports/jobs/${encodeURIComponent(jobId!)}`),
    enabled: open && jobId !== null,
    refetchInterval: (q) => (q.state.data && !RUNNING.has(q.state.data.status) ? false : pollIntervalMs),
    retry: false,
    staleTime: 0,
  });
  const data = job.data;
  const status = data?.status;
  const invalid = data?.counts.invalid ?? 0;
  const checked = status !== undefined && !['parsing', 'validating'].includes(status);

  const rows = useQuery({
    queryKey: ['kit', 'importJobRows', jobId, errorsPage, errorsPageSize],
    queryFn: () =>
      apiFetch<Page<ImportRow>>(`/api/imports/jobs/${encodeURIComponent(jobId!)}/rows`, {
        query: { errorsOnly: true, page: errorsPage, pageSize: errorsPageSize },
      }),
    enabled: open && jobId !== null && checked && status !== 'failed' && invalid > 0,
    retry: false,
  });

  // the default mode is all-or-nothing, which a file with errors cannot take
  useEffect(() => {
    if (status === 'ready' && mode === null && invalid === 0) setMode('all');
  }, [status, invalid, mode]);

  const restart = () => {
    setStep('upload');
    setJobId(null);
    setFileName(null);
    setUploadError(null);
    setMode(null);
    setApplyError(null);
    setApplyStarted(false);
    setErrorsPage(1);
  };

  const applied = status === 'applied';
  const close = () => {
    onClose({ applied });
    restart();
  };

  const upload = async (file: File) => {
    setUploadError(null);
    if (!ACCEPTED.test(file.name)) {
      setUploadError(t(k('wrongType')));
      return;
    }
    setUploading(true);
    setFileName(file.name);
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const created = await apiFetch<{ id: string; status: ImportJobStatus }>(`/api/imports/${encodeURIComponent(importerId)}/jobs`, { method: 'POST', body });
      setJobId(created.id);
      setErrorsPage(1);
      setMode(null);
      setStep('check');
    } catch (err) {
      setUploadError(problemText(err, network));
    } finally {
      setUploading(false);
    }
  };

  const apply = async () => {
    if (!jobId || !mode) return;
    setApplyError(null);
    setApplyStarted(true);
    try {
      const answer = await apiFetch<ImportJob | undefined>(`/api/imports/jobs/${encodeURIComponent(jobId)}/apply`, { method: 'POST', json: { mode } });
      if (answer && typeof answer === 'object' && 'counts' in answer) queryClient.setQueryData(['kit', 'importJob', jobId], answer);
      await queryClient.invalidateQueries({ queryKey: ['kit', 'importJob', jobId] });
    } catch (err) {
      setApplyStarted(false);
      setApplyError(problemText(err, network));
    }
  };

  const templateUrl = (format: 'xlsx' | 'csv') => `/api/imports/${encodeURIComponent(importerId)}/template?format=${format}`;
  const n = (v: number) => formatCount(v);
  const countParams = (c: ImportJob['counts']) => Object.fromEntries(Object.entries(c).map(([key, v]) => [key, n(v)]));

  const progress = data ? (
    <div role="status" aria-live="polite" style={{ marginBlock: 16 }}>
      <Typography.Text strong>{t(k(`phase.${data.status}`))}</Typography.Text>
      <Progress
        aria-label={t(k('progressLabel'))}
        percent={data.progress.total > 0 ? Math.floor((data.progress.processed / data.progress.total) * 100) : 0}
        status={RUNNING.has(data.status) ? 'active' : data.status === 'failed' || data.status === 'applyFailed' ? 'exception' : 'normal'}
      />
      {data.progress.total > 0 && (
        <Typography.Text type="secondary">{t(k('progressRows'), { processed: n(data.progress.processed), total: n(data.progress.total) })}</Typography.Text>
      )}
    </div>
  ) : null;

  const errorItems = (rows.data?.items ?? []).flatMap((r) =>
    r.errors.map((e, i) => ({ key: `${r.rowNumber}-${i}`, rowNumber: r.rowNumber, header: e.header ?? (e.column ? e.column : null), message: e.message })),
  );

  let body: ReactNode;
  if (step === 'upload') {
    body = (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t(k('templateIntro'))}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={templateUrl('xlsx')} download>
            {t(k('templateXlsx'))}
          </Button>
          <Button icon={<DownloadOutlined />} href={templateUrl('csv')} download>
            {t(k('templateCsv'))}
          </Button>
        </Space>
        <label htmlFor={inputId} style={{ fontWeight: 600 }}>
          {t(k('dropLabel'))}
        </label>
        <Upload.Dragger
          id={inputId}
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={uploading}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon" aria-hidden>
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{uploading && fileName ? t(k('uploading'), { name: fileName }) : t(k('dropHint'))}</p>
          <p className="ant-upload-hint">{t(k('dropFormats'))}</p>
        </Upload.Dragger>
        {uploadError && <Alert type="error" showIcon role="alert" title={t(k('uploadFailed'))} description={uploadError} />}
      </Space>
    );
  } else if (step === 'check') {
    body = (
      <div>
        {fileName && <Typography.Text type="secondary">{t(k('file'), { name: fileName })}</Typography.Text>}
        {job.isError && (
          <Alert
            type="error"
            showIcon
            title={t(k('loadFailed'))}
            description={problemText(job.error, network)}
            action={
              <Button icon={<ReloadOutlined />} onClick={() => void job.refetch()}>
                {t('kit.common.retry')}
              </Button>
            }
          />
        )}
        {progress}
        {data && data.warnings.length > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t(k('warnings'))}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {data.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {status === 'failed' && data && (
          <Alert type="error" showIcon role="alert" title={t(k('jobFailed'))} description={<>{data.failure?.message ? <div>{data.failure.message}</div> : null}<div>{t(k('jobFailedHint'))}</div></>} />
        )}
        {checked && status !== 'failed' && data && (
          <>
            <Alert
              type={invalid > 0 ? 'warning' : 'success'}
              showIcon
              style={{ marginBottom: 16 }}
              title={<span data-testid="import-counts">{t(k('counts'), countParams(data.counts))}</span>}
              {...(invalid === 0 ? { description: t(k('noErrors')) } : {})}
            />
            {invalid > 0 && (
              <section aria-label={t(k('errorsTable'))}>
                <Typography.Title level={5}>{t(k('errorsTitle'))}</Typography.Title>
                <Typography.Paragraph type="secondary">{t(k('errorsHint'))}</Typography.Paragraph>
                {rows.isError ? (
                  <Alert
                    type="error"
                    showIcon
                    title={t(k('errorsLoadFailed'))}
                    description={problemText(rows.error, network)}
                    action={
                      <Button icon={<ReloadOutlined />} onClick={() => void rows.refetch()}>
                        {t('kit.common.retry')}
                      </Button>
                    }
                  />
                ) : (
                  <>
                    <Table
                      size="small"
                      loading={rows.isFetching}
                      pagination={false}
                      rowKey="key"
                      dataSource={errorItems}
                      scroll={{ x: 'max-content' }}
                      columns={[
                        { key: 'rowNumber', dataIndex: 'rowNumber', title: t(k('rowNumber')), width: 80 },
                        { key: 'header', dataIndex: 'header', title: t(k('column')), render: (v: string | null) => v ?? t(k('wholeRow')) },
                        { key: 'message', dataIndex: 'message', title: t(k('message')) },
                      ]}
                    />
                    {(rows.data?.total ?? 0) > errorsPageSize && (
                      <Pagination
                        style={{ marginTop: 12 }}
                        size="small"
                        current={errorsPage}
                        pageSize={errorsPageSize}
                        total={rows.data?.total ?? 0}
                        showSizeChanger={false}
                        onChange={setErrorsPage}
                      />
                    )}
                  </>
                )}
              </section>
            )}
          </>
        )}
      </div>
    );
  } else {
    const valid = data?.counts.valid ?? 0;
    const done = status === 'applied';
    body = (
      <div>
        {!applyStarted && !done && status === 'ready' && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} aria-label={t(k('modeLabel'))}>
              <Space orientation="vertical">
                <Radio value="all" disabled={invalid > 0}>
                  <div>{t(k('modeAll'))}</div>
                  <Typography.Text type="secondary">{t(k('modeAllHint'))}</Typography.Text>
                </Radio>
                <Radio value="skipInvalid" disabled={valid === 0}>
                  <div>{t(k('modeSkip'))}</div>
                  <Typography.Text type="secondary">{t(k('modeSkipHint'), { count: n(valid), invalid: n(invalid) })}</Typography.Text>
                </Radio>
              </Space>
            </Radio.Group>
            {invalid > 0 && <Alert type="warning" showIcon title={t(k('modeAllDisabled'), { count: n(invalid) })} />}
            {valid === 0 && <Alert type="error" showIcon title={t(k('nothingToImport'))} />}
          </Space>
        )}
        {(applyStarted || status === 'applying') && !done && status !== 'applyFailed' && progress}
        {applyError && <Alert type="error" showIcon role="alert" title={t(k('applyFailed'))} description={applyError} style={{ marginTop: 16 }} />}
        {status === 'applyFailed' && (
          <Alert type="error" showIcon role="alert" title={t(k('applyFailed'))} description={data?.failure?.message} style={{ marginTop: 16 }} />
        )}
        {done && data && (
          <Result
            status="success"
            title={t(k('phase.applied'))}
            subTitle={<span role="status">{t(k('result'), { created: n(data.counts.created), updated: n(data.counts.updated), skipped: n(data.counts.skipped) })}</span>}
          />
        )}
      </div>
    );
  }

  let footer: ReactNode;
  if (step === 'upload') {
    footer = <Button onClick={close}>{t(k('close'))}</Button>;
  } else if (step === 'check') {
    footer = (
      <Space wrap>
        <Button onClick={close}>{t(k('close'))}</Button>
        <Button icon={<ReloadOutlined />} onClick={restart}>
          {t(k('reupload'))}
        </Button>
        <Button type="primary" disabled={status !== 'ready' || (data?.counts.valid ?? 0) === 0} onClick={() => setStep('apply')}>
          {t(k('next'))}
        </Button>
      </Space>
    );
  } else if (status === 'applied') {
    footer = (
      <Button type="primary" onClick={close}>
        {t(k('done'))}
      </Button>
    );
  } else {
    const busy = applyStarted || status === 'applying';
    footer = (
      <Space wrap>
        <Button onClick={close} disabled={busy}>
          {t(k('close'))}
        </Button>
        <Button onClick={() => setStep('check')} disabled={busy}>
          {t(k('back'))}
        </Button>
        {status === 'applyFailed' ? (
          <Button icon={<ReloadOutlined />} onClick={restart}>
            {t(k('reupload'))}
          </Button>
        ) : (
          <Button type="primary" loading={busy} disabled={busy || mode === null || status !== 'ready'} onClick={() => void apply()}>
            {t(k('start'))}
          </Button>
        )}
      </Space>
    );
  }

  return (
    <Modal
      open={open}
      title={name ? t(k('titleNamed'), { name }) : t(k('title'))}
      onCancel={close}
      footer={footer}
      width={{ xs: '100%', sm: 720 }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={STEPS.indexOf(step)}
        style={{ marginBottom: 24 }}
        items={[{ title: t(k('stepUpload')) }, { title: t(k('stepCheck')) }, { title: t(k('stepApply')) }]}
      />
      {body}
    </Modal>
  );
}
