import { defineStatusMap } from '@schoolbridge/ui';

/** 启用 / 已停用 of an issuing authority. */
export const AUTHORITY_STATUS = defineStatusMap({
  active: { label: 'foodSafety.authorities.statusActive', tone: 'success' },
  inactive: { label: 'foodSafety.authorities.statusInactive', tone: 'default' },
});

export const statusOf = (row: { active: boolean }) => (row.active ? 'active' : 'inactive');
