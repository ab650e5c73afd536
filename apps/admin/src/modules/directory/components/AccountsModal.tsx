import { useState } from 'react';
import { Alert, Button, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemError, fetchWithCsrf, isNetworkError, isProblem, problemOf } from '@schoolbridge/ui';

export type UsernameRule = 'pinyin' | 'mobile' | 'idSuffix';

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

/** Saves a downloaded file through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A count the API may send with the file (`X-Accounts-Created` / `X-Accounts-Skipped`). */
function headerCount(res: Response, name: string): number | null {
  const v = res.headers.get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : null;
}

/**
 * 开通账号 for the selected teachers: explains the username rules, asks the API
 * (POST /api/directory/teachers/accounts answers an .xlsx of usernames and one-time passwords)
 * and downloads the file.
 */
export function AccountsModal({ teacherIds, open, onClose }: { teacherIds: string[]; open: boolean; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const [rule, setRule] = useState<UsernameRule>('pinyin');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetchWithCsrf(
        new Request(new URL('/api/directory/teachers/accounts', window.location.origin), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json' },
          body: JSON.stringify({ teacherIds, usernameRule: rule }),
        }),
      );
      if (!res.ok) {
        let body: unknown = null;
        try {
          body = await res.json();
        } catch {
          body = null;
        }
        throw new ProblemError(isProblem(body) ? body : { title: res.statusText || `HTTP ${res.status}`, status: res.status });
      }
      saveBlob(await res.blob(), fileNameOf(res.headers.get('content-disposition'), t('directory.teachers.accountsFileName')));
      const created = headerCount(res, 'X-Accounts-Created');
      const skipped = headerCount(res, 'X-Accounts-Skipped');
      setDone(created !== null ? t('directory.teachers.accountsDone', { created, skipped: skipped ?? 0 }) : t('directory.teachers.accountsDoneFile'));
    } catch (err) {
      const p = problemOf(err);
      setError(isNetworkError(err) ? t('kit.form.networkError') : (p?.detail ?? p?.title ?? String(err)));
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    const created = done !== null;
    setDone(null);
    setError(null);
    onClose(created);
  };

  return (
    <Modal
      open={open}
      title={t('directory.teachers.accountsTitle', { count: teacherIds.length })}
      onCancel={close}
      destroyOnHidden
      footer={
        done ? (
          <Button type="primary" onClick={close}>
            {t('kit.common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close} disabled={busy}>
              {t('directory.common.cancel')}
            </Button>
            <Button type="primary" loading={busy} onClick={() => void start()}>
              {t('directory.teachers.accountsStart')}
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph>{t('directory.teachers.accountsIntro')}</Typography.Paragraph>
      {!done && (
        <Radio.Group value={rule} onChange={(e) => setRule(e.target.value as UsernameRule)} aria-label={t('directory.teachers.usernameRule')}>
          <Space orientation="vertical">
            {(['pinyin', 'mobile', 'idSuffix'] as const).map((r) => {
              const key = r === 'pinyin' ? 'rulePinyin' : r === 'mobile' ? 'ruleMobile' : 'ruleIdSuffix';
              return (
                <Radio key={r} value={r}>
                  <div>{t(`directory.teachers.${key}`)}</div>
                  <Typography.Text type="secondary">{t(`directory.teachers.${key}Hint`)}</Typography.Text>
                </Radio>
              );
            })}
          </Space>
        </Radio.Group>
      )}
      {error && <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} title={t('directory.common.actionFailed')} description={error} />}
      {done && <Alert type="success" showIcon role="status" title={done} />}
    </Modal>
  );
}
