import { useState } from 'react';
import { Modal, message } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isNetworkError, problemOf } from '@schoolbridge/ui';
import { trainingApi, trainingKeys } from '../api';
import { ReasonModal } from './ReasonModal';

export type SessionAction = 'publish' | 'start' | 'complete' | 'cancel';

interface Target {
  id: string;
  title: string;
}

/**
 * 发布 / 开始 / 结业 / 取消 of a session, each after a confirmation (取消 asks for the reason, which
 * the enrolled teachers are told). A refusal shows the API's sentence (e.g. what is missing to
 * publish). Render `holder`.
 */
export function useSessionActions(onDone?: (action: SessionAction) => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const [busy, setBusy] = useState(false);
  const [cancelling, setCancelling] = useState<Target | null>(null);

  const refresh = (id: string) => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.sessions });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.session(id) });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.calendar });
    // attendance and completion (the 考勤 and 结业 tabs) change with the status
    void queryClient.invalidateQueries({ queryKey: ['training', 'attendance'] });
  };

  const fail = (err: unknown) => {
    const p = problemOf(err);
    const detail = isNetworkError(err) ? t('kit.form.networkError') : (p?.detail ?? p?.title ?? String(err));
    void modal.error({ title: t('training.sessions.actionFailed'), content: detail, okText: t('kit.common.close') });
  };

  const run = (action: SessionAction, target: Target) => {
    if (action === 'cancel') {
      setCancelling(target);
      return;
    }
    const fn = action === 'publish' ? trainingApi.publish : action === 'start' ? trainingApi.start : trainingApi.complete;
    void modal.confirm({
      title: t(`training.sessions.confirm.${action}Title`, { title: target.title }),
      content: t(`training.sessions.confirm.${action}Content`),
      okText: t(`training.sessions.actions.${action}`),
      cancelText: t('training.common.cancel'),
      onOk: async () => {
        setBusy(true);
        try {
          await fn(target.id);
          void toast.success(t(`training.sessions.done.${action}`));
          refresh(target.id);
          onDone?.(action);
        } catch (err) {
          fail(err);
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
        <ReasonModal
          open={!!cancelling}
          title={t('training.sessions.confirm.cancelTitle', { title: cancelling?.title ?? '' })}
          description={t('training.sessions.confirm.cancelContent')}
          label={t('training.sessions.cancelReason')}
          okText={t('training.sessions.actions.cancel')}
          danger
          onSubmit={(reason) => trainingApi.cancel(cancelling!.id, reason)}
          onDone={() => {
            const id = cancelling!.id;
            setCancelling(null);
            void toast.success(t('training.sessions.done.cancel'));
            refresh(id);
            onDone?.('cancel');
          }}
          onClose={() => setCancelling(null)}
        />
      </>
    ),
  };
}
