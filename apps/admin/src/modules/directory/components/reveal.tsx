import { useState, type ReactNode } from 'react';
import { Button, Modal, Typography, message } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemOf, useAuth } from '@schoolbridge/ui';
import { PII_READ } from '../api';

/**
 * 查看完整号码: shown only to holders of `directory.pii.read`. After a confirmation saying the view is
 * recorded, asks the API (POST …/reveal, audited there) and keeps the numbers in this page's state
 * only, so they are gone once the page is left.
 */
export function useReveal<T extends object>(reveal: () => Promise<T>): { revealed: T | null; button: ReactNode } {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [revealed, setRevealed] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();

  if (!can(PII_READ)) return { revealed: null, button: null };

  const ask = () =>
    void modal.confirm({
      title: t('directory.common.revealTitle'),
      content: t('directory.common.revealContent'),
      okText: t('directory.common.revealOk'),
      cancelText: t('directory.common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          setRevealed(await reveal());
        } catch (err) {
          const p = problemOf(err);
          void toast.error(`${t('directory.common.revealFailed')}：${isNetworkError(err) ? t('kit.form.networkError') : (p?.detail ?? p?.title ?? '')}`);
        } finally {
          setBusy(false);
        }
      },
    });

  const button = (
    <>
      {modalHolder}
      {toastHolder}
      {revealed ? (
        <Typography.Text type="secondary" role="status">
          {t('directory.common.revealed')}
        </Typography.Text>
      ) : (
        <Button icon={<EyeOutlined />} onClick={ask} loading={busy}>
          {t('directory.common.revealButton')}
        </Button>
      )}
    </>
  );
  return { revealed, button };
}
