import { Alert, Button, Card, Empty, Flex, Pagination, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle, apiFetch, formatDateTime, problemOf } from '@schoolbridge/ui';
import { queryKeys } from '../api/queries';
import type { NotificationPage } from '../api/types';
import { ItemList, ItemRow } from '../shell/ItemList';
import { useMarkRead } from '../shell/NotificationsBell';

const PAGE_SIZES = [10, 20, 50];

/** 消息: the user's inbox, unread or all, with paging; the filter and page live in the URL. */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = params.get('filter') === 'unread' ? 'unread' : 'all';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = PAGE_SIZES.includes(Number(params.get('pageSize'))) ? Number(params.get('pageSize')) : 20;
  const { markOne, markAll, markingAll } = useMarkRead();

  const list = useQuery({
    queryKey: queryKeys.notificationsPage(filter, page, pageSize),
    queryFn: () => apiFetch<NotificationPage>('/api/notifications', { query: { unread: filter === 'unread' ? 'true' : undefined, page, pageSize } }),
    placeholderData: (prev) => prev,
  });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  const unread = list.data?.unreadCount ?? 0;

  return (
    <div>
      <PageTitle
        title={t('notifications.title')}
        extra={unread > 0 ? <Tag color="processing">{t('notifications.unreadCount', { count: unread })}</Tag> : null}
        actions={
          <Button onClick={() => void markAll().catch(() => undefined)} disabled={unread === 0} loading={markingAll} data-testid="mark-all-read">
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card>
        <Segmented
          aria-label={t('notifications.filter')}
          value={filter}
          onChange={(v) => update({ filter: v === 'unread' ? 'unread' : null, page: null })}
          options={[
            { value: 'unread', label: t('notifications.filterUnread') },
            { value: 'all', label: t('notifications.filterAll') },
          ]}
          style={{ marginBottom: 12 }}
        />
        {list.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : list.isError ? (
          <Alert
            type="error"
            showIcon
            title={t('notifications.loadFailed')}
            description={problemOf(list.error)?.detail}
            action={<Button onClick={() => void list.refetch()}>{t('common.retry')}</Button>}
          />
        ) : (
          <>
            {list.data.items.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.emptyAll')} />
            ) : (
              <ItemList label={t('notifications.title')} testId="notification-list">
                {list.data.items.map((n) => (
                  <ItemRow
                    key={n.id}
                    testId="notification-item"
                    data={{ unread: n.readAt ? 'false' : 'true' }}
                    title={
                      <>
                        <Tag color={n.readAt ? 'default' : 'processing'} style={{ marginInlineEnd: 0 }}>
                          {n.readAt ? t('notifications.readTag') : t('notifications.unreadTag')}
                        </Tag>
                        <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                      </>
                    }
                    description={
                      <>
                        {n.body ? <Typography.Text>{n.body}</Typography.Text> : null}
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          {formatDateTime(n.createdAt)}
                        </Typography.Text>
                      </>
                    }
                    actions={
                      <>
                        {n.link ? (
                          <Link to={n.link} onClick={() => (n.readAt ? undefined : void markOne(n.id).catch(() => undefined))}>
                            {t('notifications.open')}
                          </Link>
                        ) : null}
                        {n.readAt ? null : (
                          <Button
                            type="link"
                            size="small"
                            onClick={() => void markOne(n.id).catch(() => undefined)}
                            aria-label={t('notifications.markReadNamed', { title: n.title })}
                          >
                            {t('notifications.markRead')}
                          </Button>
                        )}
                      </>
                    }
                  />
                ))}
              </ItemList>
            )}
            {list.data.total > 0 ? (
              <Flex justify="flex-end" style={{ marginTop: 16 }}>
                <Pagination
                  current={page}
                  pageSize={pageSize}
                  total={list.data.total}
                  pageSizeOptions={PAGE_SIZES}
                  showSizeChanger
                  showTotal={(total) => t('common.total', { total })}
                  onChange={(p, size) => update({ page: String(p), pageSize: String(size) })}
                />
              </Flex>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
