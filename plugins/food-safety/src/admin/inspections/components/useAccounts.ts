/**
 * People with an account who may be picked as officers present or outing members: the signed-in
 * user, the teams of recent outings in scope (colleagues of this and other agencies who have an
 * account), and — for those allowed to read users — the accounts holding the inspector role.
 */
import { useQuery } from '@tanstack/react-query';
import { apiFetch, useAuth } from '@schoolbridge/ui';
import type { AccountOption } from '../form/InspectorsEditor';
import { inspectionKeys, inspectionsApi } from '../api';

const USERS_READ = 'platform.users.read';

interface UserRow {
  id: string;
  displayName: string;
}

export function useAccountOptions(): AccountOption[] {
  const { me, can } = useAuth();
  const outings = useQuery({
    queryKey: [...inspectionKeys.outings, 'teams'],
    queryFn: () => inspectionsApi.outings({ page: 1, pageSize: 100 }),
    staleTime: 5 * 60_000,
  });
  const users = useQuery({
    queryKey: ['foodSafety', 'inspectorAccounts'],
    queryFn: () => apiFetch<{ items: UserRow[] }>('/api/users', { query: { role: 'inspector', pageSize: 200 } }),
    enabled: can(USERS_READ),
    staleTime: 5 * 60_000,
  });
  const byId = new Map<string, AccountOption>();
  if (me) byId.set(me.user.id, { userId: me.user.id, name: me.user.displayName, agency: '' });
  for (const o of outings.data?.items ?? []) {
    for (const m of o.members) if (m.userId && !byId.has(m.userId)) byId.set(m.userId, { userId: m.userId, name: m.name, agency: m.agency ?? '' });
  }
  for (const u of users.data?.items ?? []) if (!byId.has(u.id)) byId.set(u.id, { userId: u.id, name: u.displayName, agency: '' });
  return [...byId.values()];
}
