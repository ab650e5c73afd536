/** Pieces the users pages share: the status map, the role and scope words, the one-time password dialog. */
import type { ReactNode } from 'react';
import { Alert, Button, Modal, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { defineStatusMap } from '@schoolbridge/ui';
import type { UserAssignment } from './api';

export const USER_STATUS = defineStatusMap({
  active: { label: 'users.active', tone: 'success' },
  disabled: { label: 'users.disabled', tone: 'default' },
});

/** The words of an assignment: its role and where it applies. */
export function useAssignmentWords() {
  const { t } = useTranslation();
  return {
    role: (code: string) => t(`roles.${code}`, { defaultValue: code }),
    scopeKind: (kind: string) => t(`users.scopeKinds.${kind}`, { defaultValue: kind }),
    scope: (a: Pick<UserAssignment, 'scopeKind' | 'scopeName'>) => a.scopeName ?? t(`users.scopeNames.${a.scopeKind}`, { defaultValue: a.scopeKind }),
  };
}

/** Role tags of a list row: 学校联络员 · 示范县第一小学. */
export function AssignmentTags({ assignments }: { assignments: UserAssignment[] }) {
  const words = useAssignmentWords();
  if (assignments.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {assignments.map((a) => (
        <Tag key={a.id} style={{ marginInlineEnd: 0 }}>
          {words.role(a.role)}
          {a.scopeName ? ` · ${a.scopeName}` : ''}
        </Tag>
      ))}
    </Space>
  );
}

/** Shows a one-time password once, with a copy button; closing it forgets the password. */
export function OneTimePasswordModal({
  shown,
  onClose,
  extra,
}: {
  shown: { password: string; displayName: string; username: string } | null;
  onClose: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  // unmounted when closed, so the password leaves the page at once (a closed antd Modal keeps its content)
  if (!shown) return null;
  return (
    <Modal
      open
      title={t('users.passwordTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Space>
          {extra}
          <Button type="primary" onClick={onClose} data-testid="password-saved">
            {t('users.savedIt')}
          </Button>
        </Space>
      }
    >
      <>
        <Alert type="warning" showIcon title={t('users.passwordOnce', { name: shown.displayName })} style={{ marginBottom: 12 }} />
        <Typography.Text type="secondary">{t('users.passwordFor', { name: shown.displayName, username: shown.username })}</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: shown.password, tooltips: [t('users.copy'), t('users.copied')] }}
          code
          data-testid="one-time-password"
          style={{ fontSize: 18, marginTop: 8, wordBreak: 'break-all' }}
        >
          {shown.password}
        </Typography.Paragraph>
      </>
    </Modal>
  );
}
