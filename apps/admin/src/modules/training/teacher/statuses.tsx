import { useTranslation } from 'react-i18next';
import { StatusTag, defineStatusMap } from '@schoolbridge/ui';
import type { EnrolmentStatus, SessionStatus } from '../api-teacher';

/** A teacher's enrolment: 已报名, 候补, 待学校审核, 已退出, 未通过, 班次取消. */
export const ENROLMENT_STATUS = defineStatusMap<EnrolmentStatus>({
  enrolled: { label: 'training.my.enrolmentStatus.enrolled', tone: 'success' },
  waitlisted: { label: 'training.my.enrolmentStatus.waitlisted', tone: 'warning' },
  pending: { label: 'training.my.enrolmentStatus.pending', tone: 'processing' },
  withdrawn: { label: 'training.my.enrolmentStatus.withdrawn', tone: 'default' },
  rejected: { label: 'training.my.enrolmentStatus.rejected', tone: 'error' },
  cancelled: { label: 'training.my.enrolmentStatus.cancelled', tone: 'default' },
});

/** The session as of today: 草稿 … 已结束 / 已取消. */
export const SESSION_STATUS = defineStatusMap<SessionStatus>({
  draft: { label: 'training.my.sessionStatus.draft', tone: 'default' },
  published: { label: 'training.my.sessionStatus.published', tone: 'processing' },
  running: { label: 'training.my.sessionStatus.running', tone: 'success' },
  completed: { label: 'training.my.sessionStatus.completed', tone: 'default' },
  cancelled: { label: 'training.my.sessionStatus.cancelled', tone: 'error' },
});

/** The enrolment's tag; while waitlisted it also says the place in the queue (候补第 3 位). */
export function EnrolmentTag({ status, waitlistPosition }: { status: EnrolmentStatus; waitlistPosition?: number | null }) {
  const { t } = useTranslation();
  return (
    <span data-testid="enrolment-status">
      <StatusTag value={status} map={ENROLMENT_STATUS} />
      {status === 'waitlisted' && waitlistPosition ? (
        <span style={{ marginInlineStart: 8 }}>{t('training.my.waitlistPosition', { position: waitlistPosition })}</span>
      ) : null}
    </span>
  );
}
