import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, INSPECTOR, renderAt, SCHOOL } from './harness';

const CANTEEN_ID = '01900000-0000-7000-8000-0000000000e1';
const HANDLER_ID = '01900000-0000-7000-8000-0000000000f1';

function canteen(over: Record<string, unknown> = {}) {
  return {
    id: CANTEEN_ID,
    kind: 'canteen',
    name: '城关一小食堂',
    schoolId: '01900000-0000-7000-8000-0000000000c1',
    schoolName: '城关一小',
    regionId: null,
    regionName: '城关镇',
    operator: 'contracted',
    operatorName: '鑫源餐饮有限公司',
    licenceNo: 'JY14399010000001',
    licenceExpiresOn: '2026-12-10',
    licenceState: 'expiring',
    hasSampleFridge: true,
    hasDisinfection: false,
    hasPestProofing: true,
    address: null,
    contactName: '王师傅',
    contactMobile: '138****5678',
    mealsPerDay: 2,
    diners: 820,
    servedSchools: [],
    archivedAt: null,
    version: 2,
    ...over,
  };
}

function handler(over: Record<string, unknown> = {}) {
  return {
    id: HANDLER_ID,
    canteenId: CANTEEN_ID,
    canteenName: '城关一小食堂',
    name: '李桂花',
    gender: 'female',
    mobile: '139****5678',
    position: '厨师',
    healthCertNo: 'JK2025-001',
    healthCertExpiresOn: '2026-11-20',
    certificateState: 'expired',
    trainedOn: '2026-03-01',
    trainingValidUntil: '2027-03-01',
    trainingState: 'valid',
    onDuty: false,
    dutyAllowed: false,
    dutyProblems: [{ field: 'healthCertExpiresOn', code: 'foodSafety.handler.certExpired', params: { date: '2026-11-20' } }],
    flagged: false,
    archivedAt: null,
    version: 3,
    ...over,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('canteens admin pages', () => {
  it('lists canteens with the licence state as a tag and sends the query form’s filters', async () => {
    const api = fakeApi({
      'GET /api/food-safety/canteens': () => ({ items: [canteen()], total: 1, page: 1, pageSize: 20 }),
    });
    renderAt('/food-safety/canteens', { permissions: INSPECTOR });
    expect(await screen.findByRole('link', { name: '城关一小食堂' })).toBeInTheDocument();
    expect(screen.getByText('30天内到期')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /新增食堂或供餐单位/ })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('名称（可输入拼音首字母）'), 'cgyx');
    await user.click(screen.getByRole('button', { name: /查\s*询/ }));
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/food-safety/canteens' && c.query.get('q') === 'cgyx')).toBe(true));
  });

  it('a refused duty switch shows the server’s reasons, and the handler stays off duty', async () => {
    const api = fakeApi({
      'GET /api/food-safety/handlers': () => ({ items: [handler()], total: 1, page: 1, pageSize: 20 }),
      'POST /api/food-safety/handlers/:id/duty': () => ({
        status: 409,
        body: {
          title: 'Conflict',
          status: 409,
          code: 'foodSafety.handler.dutyRefused',
          detail: '“李桂花”不能上岗：健康证和食品安全培训须在有效期内',
          errors: [{ field: 'healthCertExpiresOn', code: 'foodSafety.handler.certExpired', message: '健康证已于 2026-11-20 过期' }],
        },
      }),
    });
    renderAt('/food-safety/handlers', { permissions: SCHOOL });
    const user = userEvent.setup();
    const duty = await screen.findByRole('switch', { name: '李桂花的上岗状态' });
    expect(duty).not.toBeChecked();
    await user.click(duty);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('不能上岗')).toBeInTheDocument();
    expect(within(dialog).getByText('“李桂花”不能上岗：健康证和食品安全培训须在有效期内')).toBeInTheDocument();
    expect(within(dialog).getByText('健康证已于 2026-11-20 过期')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ version: 3, onDuty: true });
    expect(screen.getByRole('switch', { name: '李桂花的上岗状态' })).not.toBeChecked();
  });

  it('a handler on duty whose certificate lapsed since is flagged in the list', async () => {
    fakeApi({
      'GET /api/food-safety/handlers': () => ({ items: [handler({ onDuty: true, flagged: true })], total: 1, page: 1, pageSize: 20 }),
    });
    renderAt('/food-safety/handlers', { permissions: INSPECTOR });
    const duty = await screen.findByRole('switch', { name: '李桂花的上岗状态' });
    expect(duty).toBeChecked();
    const row = duty.closest('tr')!;
    expect(within(row).getByText('证件过期仍在岗')).toBeInTheDocument();
  });
});
