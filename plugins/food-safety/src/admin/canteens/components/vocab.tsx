/** Tags of the canteens part: licence and certificate states (colour, icon and word). */
import { StatusTag, defineStatusMap } from '@schoolbridge/ui';
import type { ValidityState } from '../api';

export const VALIDITY_STATUS = defineStatusMap({
  valid: { label: 'foodSafety.canteens.state.valid', tone: 'success' },
  expiring: { label: 'foodSafety.canteens.state.expiring', tone: 'warning' },
  expired: { label: 'foodSafety.canteens.state.expired', tone: 'error' },
  none: { label: 'foodSafety.canteens.state.none', tone: 'default' },
});

export const VALIDITY_STATES: ValidityState[] = ['valid', 'expiring', 'expired', 'none'];

export function ValidityTag({ value }: { value: ValidityState }) {
  return <StatusTag value={value} map={VALIDITY_STATUS} />;
}
