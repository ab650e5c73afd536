import { StatusTag, defineStatusMap } from '@schoolbridge/ui';

/** A notice's stored status (the rectification part's words): 待整改 / 待审核 / 已升级 / 已销号. */
export const NOTICE_STATUS = defineStatusMap<'open' | 'evidenceSubmitted' | 'escalated' | 'closed' | 'overdue'>({
  open: { label: 'foodSafety.common.noticeStatus.open', tone: 'warning' },
  evidenceSubmitted: { label: 'foodSafety.common.noticeStatus.evidenceSubmitted', tone: 'processing' },
  escalated: { label: 'foodSafety.common.noticeStatus.escalated', tone: 'error' },
  closed: { label: 'foodSafety.common.noticeStatus.closed', tone: 'success' },
  overdue: { label: 'foodSafety.common.noticeStatus.overdue', tone: 'error' },
});

export function NoticeStatusText({ status, overdue = false }: { status: string; overdue?: boolean }) {
  return <StatusTag value={overdue && status !== 'closed' ? 'overdue' : (status as keyof typeof NOTICE_STATUS)} map={NOTICE_STATUS} />;
}
