import { CheckCircleOutlined, EditOutlined, PlayCircleOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { StatusTag, TONE_COLORS, defineStatusMap, type StatusTone } from '@schoolbridge/ui';
import type { EnrolmentStatus, SessionStatus } from '../api';

/** A session's status: colour, icon and word (草稿 / 已发布 / 进行中 / 已结束 / 已取消). */
export const SESSION_STATUS = defineStatusMap<SessionStatus>({
  draft: { label: 'training.status.draft', tone: 'default', icon: <EditOutlined /> },
  published: { label: 'training.status.published', tone: 'processing', icon: <SendOutlined /> },
  running: { label: 'training.status.running', tone: 'success', icon: <PlayCircleOutlined /> },
  completed: { label: 'training.status.completed', tone: 'default', icon: <CheckCircleOutlined /> },
  cancelled: { label: 'training.status.cancelled', tone: 'error', icon: <StopOutlined /> },
});

export const ENROLMENT_STATUS = defineStatusMap<EnrolmentStatus>({
  pending: { label: 'training.enrolmentStatus.pending', tone: 'warning' },
  enrolled: { label: 'training.enrolmentStatus.enrolled', tone: 'success' },
  waitlisted: { label: 'training.enrolmentStatus.waitlisted', tone: 'processing' },
  withdrawn: { label: 'training.enrolmentStatus.withdrawn', tone: 'default' },
  rejected: { label: 'training.enrolmentStatus.rejected', tone: 'error' },
  cancelled: { label: 'training.enrolmentStatus.cancelled', tone: 'default' },
});

export function SessionStatusTag({ status }: { status: SessionStatus | null | undefined }) {
  return <StatusTag value={status} map={SESSION_STATUS} />;
}

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus | null | undefined }) {
  return <StatusTag value={status} map={ENROLMENT_STATUS} />;
}

/** A tag in one of the kit's tones (their words pass 4.5:1 on their backgrounds). */
export function ToneTag({ tone, children }: { tone: StatusTone; children: ReactNode }) {
  const c = TONE_COLORS[tone];
  return <Tag style={{ color: c.color, background: c.background, borderColor: c.border, marginInlineEnd: 0 }}>{children}</Tag>;
}
