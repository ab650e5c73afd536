import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAt, SCHOOL } from '../canteens/harness';
import { installMatchMedia, setViewportWidth } from '../inspections/viewport';

const CANTEEN_ID = '01900000-0000-7000-8000-0000000000e1';

const CANTEENS = { items: [{ id: CANTEEN_ID, name: '城关一小食堂', kind: 'canteen' }], total: 1, page: 1, pageSize: 200 };

/** A phone in the kitchen: Ant Design's breakpoints follow a 390 px width (jsdom has no layout itself). */
beforeEach(() => {
  installMatchMedia();
  setViewportWidth(390);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('routine admin pages (phone width)', () => {
  it('the sample form warns at once below 125 g, saves anyway and shows the saved record’s warnings', async () => {
    const api = fakeApi({
      'GET /api/food-safety/canteens': () => CANTEENS,
      'POST /api/food-safety/routine/samples': (call) => ({
        status: 201,
        body: {
          id: '01900000-0000-7000-8000-0000000000a9',
          canteenId: CANTEEN_ID,
          canteenName: '城关一小食堂',
          mealDate: '2026-11-25',
          meal: 'lunch',
          dish: (call.body as { dish: string }).dish,
          weightG: (call.body as { weightG: number }).weightG,
          retainedAt: '2026-11-25T04:30:00.000Z',
          retainedBy: '王芳',
          fridge: null,
          removedAt: null,
          removedBy: null,
          keptHours: null,
          removableFrom: '2026-11-27T04:30:00.000Z',
          warnings: ['underweight'],
          note: null,
          version: 1,
        },
      }),
    });
    renderAt(`/food-safety/routine/samples/new?canteenId=${CANTEEN_ID}`, { permissions: SCHOOL });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('菜品'), '青菜');
    await user.type(screen.getByLabelText('留样重量（克）'), '100');
    expect(await screen.findByTestId('weight-warning')).toHaveTextContent('每个品种留样不少于 125 克');
    await user.type(screen.getByLabelText('留样人'), '王芳');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('已登记，但有问题')).toBeInTheDocument();
    expect(screen.getByText('不足 125 克')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ canteenId: CANTEEN_ID, dish: '青菜', weightG: 100, retainedBy: '王芳', meal: expect.any(String) });
  });

  it('the daily check is filled item by item and sends one result per item by code', async () => {
    const api = fakeApi({
      'GET /api/food-safety/canteens': () => CANTEENS,
      'GET /api/food-safety/routine/checklist': () => ({
        kind: 'dailyCheck',
        version: {
          id: '01900000-0000-7000-8000-0000000000b0',
          templateName: '日管控检查表',
          areas: [
            {
              code: 'daily-check-A1',
              name: '晨检',
              position: 1,
              items: [
                {
                  id: 'i1',
                  code: 'daily-check-1',
                  areaCode: 'daily-check-A1',
                  text: '从业人员健康晨检',
                  severity: 'major',
                  weight: 1,
                  position: 1,
                  defectCode: null,
                },
              ],
            },
            {
              code: 'daily-check-A2',
              name: '留样',
              position: 2,
              items: [
                {
                  id: 'i2',
                  code: 'daily-check-2',
                  areaCode: 'daily-check-A2',
                  text: '每餐每样留样不少于125克',
                  severity: 'major',
                  weight: 1,
                  position: 1,
                  defectCode: null,
                },
              ],
            },
          ],
        },
      }),
      'POST /api/food-safety/routine/records': () => ({
        status: 201,
        body: { id: '01900000-0000-7000-8000-0000000000b9', kind: 'dailyCheck', items: [], canteenId: CANTEEN_ID },
      }),
    });
    renderAt(`/food-safety/routine/records/new?kind=dailyCheck&canteenId=${CANTEEN_ID}`, { permissions: SCHOOL });
    const user = userEvent.setup();
    expect(await screen.findByText('1. 从业人员健康晨检')).toBeInTheDocument();
    expect(screen.getByText('已填 0 / 2 项')).toBeInTheDocument();
    await user.type(screen.getByLabelText('填写人'), '王芳');
    const first = screen.getByRole('radiogroup', { name: '从业人员健康晨检' });
    await user.click(within(first).getByText('符合'));
    const second = screen.getByRole('radiogroup', { name: '每餐每样留样不少于125克' });
    await user.click(within(second).getByText('不符合'));
    await user.type(await screen.findByPlaceholderText('问题说明'), '午餐青菜留样不足');
    expect(screen.getByText('已填 2 / 2 项')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      canteenId: CANTEEN_ID,
      kind: 'dailyCheck',
      person: '王芳',
      results: [
        { itemCode: 'daily-check-1', result: 'pass', note: null },
        { itemCode: 'daily-check-2', result: 'fail', note: '午餐青菜留样不足' },
      ],
    });
  });
});
