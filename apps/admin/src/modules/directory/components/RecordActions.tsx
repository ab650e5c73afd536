import { useState } from 'react';
import { Button, Modal, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemOf } from '@schoolbridge/ui';

export interface RecordActionsProps {
  name: string;
  archived: boolean;
  onArchive: () => Promise<unknown>;
  onRestore: () => Promise<unknown>;
  onDelete?: () => Promise<unknown>;
  /** After a successful action (refresh, navigate). */
  onDone: (action: RecordAction) => void;
  size?: 'small' | 'middle';
}

export type RecordAction = 'archive' | 'restore' | 'delete';

/**
 * 归档 / 恢复 / 删除 of one record, each after a confirmation. A refused delete (409: still
 * referenced) shows the API's sentence naming what references the record. `holder` must be
 * rendered (it carries the dialogs); `run` asks, acts and reports.
 */
export function useRecordAction() {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const [busy, setBusy] = useState(false);

  const run = (action: RecordAction, name: string, fn: () => Promise<unknown>, onDone: (action: RecordAction) => void) => {
    const titles = { archive: 'archiveTitle', restore: 'restoreTitle', delete: 'deleteTitle' } as const;
    const contents = { archive: 'archiveContent', restore: 'restoreContent', delete: 'deleteContent' } as const;
    const done = { archive: 'archivedDone', restore: 'restoredDone', delete: 'deletedDone' } as const;
    void modal.confirm({
      title: t(`directory.common.${titles[action]}`, { name }),
      content: t(`directory.common.${contents[action]}`),
      okText: t(`directory.common.${action}`),
      cancelText: t('directory.common.cancel'),
      okButtonProps: action === 'delete' ? { danger: true } : {},
      onOk: async () => {
        setBusy(true);
        try {
          await fn();
          void toast.success(t(`directory.common.${done[action]}`));
          onDone(action);
        } catch (err) {
          const p = problemOf(err);
          const detail = isNetworkError(err) ? t('kit.form.networkError') : (p?.detail ?? p?.title ?? String(err));
          void modal.error({
            title: action === 'delete' && p?.status === 409 ? t('directory.common.deleteRefused') : t('directory.common.actionFailed'),
            content: detail,
            okText: t('kit.common.close'),
          });
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return {
    run,
    busy,
    holder: (
      <>
        {modalHolder}
        {toastHolder}
      </>
    ),
  };
}

/** The 归档/恢复 and 删除 buttons of a detail page (see useRecordAction). */
export function RecordActions({ name, archived, onArchive, onRestore, onDelete, onDone, size }: RecordActionsProps) {
  const { t } = useTranslation();
  const { run: ask, busy, holder } = useRecordAction();
  const run = (action: RecordAction) => ask(action, name, action === 'archive' ? onArchive : action === 'restore' ? onRestore : onDelete!, onDone);

  return (
    <>
      {holder}
      {archived ? (
        <Button size={size} onClick={() => run('restore')} disabled={busy}>
          {t('directory.common.restore')}
        </Button>
      ) : (
        <Button size={size} onClick={() => run('archive')} disabled={busy}>
          {t('directory.common.archive')}
        </Button>
      )}
      {onDelete && (
        <Button size={size} danger onClick={() => run('delete')} disabled={busy}>
          {t('directory.common.delete')}
        </Button>
      )}
    </>
  );
}
