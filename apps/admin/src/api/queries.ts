/** Query keys and fetchers shared by the shell and the core pages. */
import { useQuery } from '@tanstack/react-query';
import { apiFetch, setServerClock } from '@schoolbridge/ui';
import type { Meta, NotificationPage, Reminders } from './types';

export const queryKeys = {
  meta: ['meta'] as const,
  notifications: ['notifications'] as const,
  notificationsLatest: ['notifications', 'latest'] as const,
  notificationsPage: (filter: string, page: number, pageSize: number) => ['notifications', 'page', filter, page, pageSize] as const,
  reminders: ['reminders'] as const,
};

/** The API's name, version and enabled plugins; the same for every user. */
export function useMeta() {
  return useQuery({
    queryKey: queryKeys.meta,
    queryFn: async () => {
      const meta = await apiFetch<Meta>('/api/meta');
      // the pages' "today" follows the server's clock, not the device's
      setServerClock(meta.now, meta.timeZone);
      return meta;
    },
    staleTime: Infinity,
  });
}

/** The newest notifications and the unread count (the bell and the dashboard share it). */
export function useLatestNotifications(enabled = true) {
  return useQuery({
    queryKey: queryKeys.notificationsLatest,
    queryFn: () => apiFetch<NotificationPage>('/api/notifications', { query: { page: 1, pageSize: 6 } }),
    refetchInterval: 60_000,
    enabled,
  });
}

export function useReminders() {
  return useQuery({ queryKey: queryKeys.reminders, queryFn: () => apiFetch<Reminders>('/api/reminders') });
}
