import { useState } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, Popover, Skeleton, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiFetch, formatDateTime, problemOf } from '@schoolbridge/ui';
import { queryKeys, useLatestNotifications } from '../api/queries';
import type { NotificationItem } from '../api/types';
import { ItemList, ItemRow } from './ItemList';

/** Marking read: one notification, or all of them; every notification list is reloaded after. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const onError = (err: unknown) => void message.error(problemOf(err)?.detail ?? t('notifications.markFailed'));
  const onSettled = () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  const one = useMutation({
    mutationFn: (id: string) => apiFetch(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onError,
    onSettled,
  });
  const all = useMutation({ mutationFn: () => apiFetch('/api/notifications/read-all', { method: 'POST' }), onError, onSettled });
  return { markOne: one.mutateAsync, markAll: all.mutateAsync, markingAll: all.isPending };
}

function BellList({
  items,
  onOpen,
  onMarkRead,
}: {
  items: NotificationItem[];
  onOpen: (n: NotificationItem) => void;
  onMarkRead: (n: NotificationItem) => void;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.emptyAll')} />;
  return (
    <div className="sb-popover-list">
      <ItemList label={t('notifications.latest')} testId="bell-list">
        {items.map((n) => (
          <ItemRow
            key={n.id}
            testId="bell-item"
            data={{ unread: n.readAt ? 'false' : 'true' }}
            title={
              <>
                {n.readAt ? null : <Badge status="processing" aria-hidden />}
                {n.link ? (
                  <Typography.Link onClick={() => onOpen(n)} strong={!n.readAt}>
                    {n.title}
                  </Typography.Link>
                ) : (
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                )}
                {n.readAt ? null : <span className="sb-visually-hidden">{t('notifications.unreadTag')}</span>}
              </>
            }
            description={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
            }
            actions={
              n.readAt ? null : (
                <Button size="small" type="link" onClick={() => onMarkRead(n)} aria-label={t('notifications.markReadNamed', { title: n.title })}>
                  {t('notifications.markRead')}
                </Button>
              )
            }
          />
        ))}
      </ItemList>
    </div>
  );
}

/** The bell in the header: the unread count, and a popover with the newest notifications. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const latest = useLatestNotifications();
  const { markOne, markAll, markingAll } = useMarkRead();
  const unread = latest.data?.unreadCount ?? 0;

  const openItem = (n: NotificationItem) => {
    setOpen(false);
    if (!n.readAt) void markOne(n.id).catch(() => undefined);
    if (n.link) void navigate(n.link);
  };

  const content = (
    <div style={{ width: 'min(340px, calc(100vw - 32px))' }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.bellTitle', { count: unread })}</Typography.Text>
        <Button size="small" type="link" disabled={unread === 0} loading={markingAll} onClick={() => void markAll().catch(() => undefined)}>
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {latest.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : latest.isError ? (
        <Typography.Text type="danger">{problemOf(latest.error)?.detail ?? t('notifications.loadFailed')}</Typography.Text>
      ) : (
        <BellList items={latest.data.items} onOpen={openItem} onMarkRead={(n) => void markOne(n.id).catch(() => undefined)} />
      )}
      <div style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8, marginTop: 4, textAlign: 'center' }}>
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" arrow={false}>
      <Button
        type="text"
        data-testid="notifications-bell"
        aria-label={unread > 0 ? t('notifications.bellLabelUnread', { count: unread }) : t('notifications.bellLabel')}
        aria-haspopup="dialog"
        aria-expanded={open}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
