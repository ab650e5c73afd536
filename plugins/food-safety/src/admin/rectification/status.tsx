import { Space, Tag } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { StatusTag, defineStatusMap } from '@schoolbridge/ui';
import type { NoticeItemStatus, NoticeStatus } from '../../shared/rules/notice-states';

/** A notice's stored status: 待整改 / 材料已提交 / 已升级 / 已销号. */
export const NOTICE_STATUS = defineStatusMap<NoticeStatus>({
  open: { label: 'foodSafety.rectification.status.open', tone: 'warning' },
  evidenceSubmitted: { label: 'foodSafety.rectification.status.evidenceSubmitted', tone: 'processing' },
  escalated: { label: 'foodSafety.rectification.status.escalated', tone: 'error' },
  closed: { label: 'foodSafety.rectification.status.closed', tone: 'success' },
});

/** An item's status: 待整改 / 待审核 / 已通过 / 已退回. */
export const ITEM_STATUS = defineStatusMap<NoticeItemStatus>({
  open: { label: 'foodSafety.rectification.itemStatus.open', tone: 'warning' },
  submitted: { label: 'foodSafety.rectification.itemStatus.submitted', tone: 'processing' },
  accepted: { label: 'foodSafety.rectification.itemStatus.accepted', tone: 'success' },
  rejected: { label: 'foodSafety.rectification.itemStatus.rejected', tone: 'error' },
});

/** The status tag, plus 已逾期 N 天 (red, with an icon and words) or 即将到期 when derived so. */
export function NoticeStatusTags({ status, overdue, dueSoon, daysOverdue }: { status: NoticeStatus; overdue: boolean; dueSoon: boolean; daysOverdue: number }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <StatusTag value={status} map={NOTICE_STATUS} />
      {overdue ? (
        <Tag color="error" icon={<ExclamationCircleOutlined aria-hidden />} data-testid="overdue-tag">
          {t('foodSafety.rectification.overdueDays', { days: daysOverdue })}
        </Tag>
      ) : dueSoon ? (
        <Tag color="warning" icon={<ClockCircleOutlined aria-hidden />}>
          {t('foodSafety.rectification.dueSoon')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** The deadline in words: a date, or 立行立改并长期坚持. */
export function DeadlineText({ kind, deadline }: { kind: 'date' | 'immediateOngoing'; deadline: string | null }) {
  const { t } = useTranslation();
  return <>{kind === 'immediateOngoing' || !deadline ? t('foodSafety.rectification.immediateOngoing') : deadline}</>;
}
