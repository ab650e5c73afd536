import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yuanToFen } from '../../../src/admin/rectification/api';
import { fakeApi, INSPECTOR, renderAt, SCHOOL } from './harness';

const NOTICE_ID = '01900000-0000-7000-8000-0000000000a1';
const ITEM_A = '01900000-0000-7000-8000-0000000000b1';
const ITEM_B = '01900000-0000-7000-8000-0000000000b2';
const SCHOOL_ID = '01900000-0000-7000-8000-0000000000c1';

type ItemStatus = 'open' | 'submitted' | 'accepted' | 'rejected';

function item(id: string, position: number, text: string, status: ItemStatus, actions: string[], evidence: unknown[] = []) {
  return {
    id,
    itemCode: `code-${position}`,
    areaCode: 'storage',
    areaName: '食品采购索证及贮存',
    text,
    severity: 'major',
    finding: '冷藏柜内生熟混放',
    requirement: '立即分开存放',
    measures: null,
    position,
    status,
    reviewNote: status === 'rejected' ? '未见照片' : null,
    reviewedByName: null,
    reviewedAt: null,
    reinspectionId: null,
    actions,
    evidence,
    version: 1,
  };
}

function notice(
  over: Record<string, unknown> = {},
  items = [item(ITEM_A, 1, '生熟分开存放', 'open', ['submitEvidence']), item(ITEM_B, 2, '配备专用留样冰箱', 'open', ['submitEvidence'])],
) {
  return {
    id: NOTICE_ID,
    number: '某监餐意〔2026〕第015号整改',
    inspectionId: '01900000-0000-7000-8000-0000000000d1',
    canteenId: '01900000-0000-7000-8000-0000000000e1',
    canteenName: '第一小学食堂',
    canteenKind: 'canteen',
    issuedOn: '2026-04-10',
    deadlineKind: 'date',
    deadline: '2026-04-20',
    status: 'open',
    overdue: false,
    dueSoon: false,
    daysOverdue: 0,
    ownerName: null,
    itemCount: items.length,
    submittedCount: items.filter((i) => i.status === 'submitted').length,
    acceptedCount: items.filter((i) => i.status === 'accepted').length,
    closedOn: null,
    escalatedOn: null,
    version: 3,
    schoolId: SCHOOL_ID,
    issuedByName: '检查员甲',
    ownerUserId: null,
    measures: null,
    closedVia: null,
    escalationReason: null,
    actions: ['setOwner', 'reinspect'],
    noticeItems: items,
    reinspections: [],
    ...over,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('notice detail, the school’s side', () => {
  it('submits evidence with a camera photo uploaded through the files API, filed under the school', async () => {
    const user = userEvent.setup();
    const after = notice({}, [
      item(
        ITEM_A,
        1,
        '生熟分开存放',
        'submitted',
        [],
        [
          {
            id: 'e1',
            note: '已分柜存放',
            files: [{ id: 'f1', originalName: 'photo.png', mediaType: 'image/png', size: 70, url: `/api/food-safety/notices/${NOTICE_ID}/files/f1` }],
            submittedByName: '王老师',
            submittedAt: '2026-04-11T02:00:00Z',
            reviewResult: null,
            reviewNote: null,
            reviewedByName: null,
            reviewedAt: null,
          },
        ],
      ),
      item(ITEM_B, 2, '配备专用留样冰箱', 'open', ['submitEvidence']),
    ]);
    const { calls } = fakeApi({
      [`GET /api/food-safety/notices/:id`]: () => notice({ actions: ['setOwner'] }),
      'POST /api/files': () => ({ status: 201, body: { id: 'f1', originalName: 'photo.png', mediaType: 'image/png', size: 70 } }),
      [`POST /api/food-safety/notices/:id/items/:item/evidence`]: () => after,
    });
    renderAt(`/food-safety/notices/${NOTICE_ID}`, { permissions: SCHOOL });

    const card = (await screen.findByText('1. 生熟分开存放')).closest('.fs-notice-item') as HTMLElement;
    // the school sees no review buttons
    expect(within(card).queryByRole('button', { name: /通过/ })).toBeNull();
    await user.click(within(card).getByRole('button', { name: /提交整改材料/ }));

    // a note is required
    await user.click(within(card).getByRole('button', { name: /提交$/ }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('请写明整改情况');

    await user.type(within(card).getByLabelText('整改情况'), '已分柜存放');
    const camera = within(card).getByTestId('evidence-camera') as HTMLInputElement;
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    await user.upload(camera, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }));
    expect(await within(card).findByText('photo.png')).toBeInTheDocument();
    const uploadCall = calls.find((c) => c.method === 'POST' && c.path === '/api/files')!;
    expect(uploadCall.query.get('organisationId')).toBe(SCHOOL_ID);

    await user.click(within(card).getByRole('button', { name: /提交$/ }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/evidence'))).toBe(true));
    const submit = calls.find((c) => c.path.endsWith('/evidence'))!;
    expect(submit.path).toBe(`/api/food-safety/notices/${NOTICE_ID}/items/${ITEM_A}/evidence`);
    expect(submit.body).toEqual({ note: '已分柜存放', fileIds: ['f1'] });
    // the page shows the answer: the item waits for review, with its evidence
    const updated = (await screen.findByText('整改材料记录')).closest('.fs-notice-item') as HTMLElement;
    expect(within(updated).getByText('待审核')).toBeInTheDocument();
    expect(within(updated).getByRole('img', { name: 'photo.png' })).toBeInTheDocument();
  });
});

describe('notice detail, the inspector’s side', () => {
  it('shows overdue in words, rejects with a note, accepts, and closes (销号) after a confirmation', async () => {
    const user = userEvent.setup();
    const submitted = [
      item(ITEM_A, 1, '生熟分开存放', 'submitted', ['accept', 'reject']),
      item(ITEM_B, 2, '配备专用留样冰箱', 'submitted', ['accept', 'reject']),
    ];
    let current = notice({ status: 'evidenceSubmitted', overdue: true, daysOverdue: 3, actions: ['escalate', 'reinspect'] }, submitted);
    const { calls } = fakeApi({
      [`GET /api/food-safety/notices/:id`]: () => current,
      [`POST /api/food-safety/notices/:id/items/:item/reject`]: () => {
        current = notice({ status: 'open', overdue: true, daysOverdue: 3, actions: ['escalate', 'reinspect'] }, [
          item(ITEM_A, 1, '生熟分开存放', 'rejected', []),
          submitted[1]!,
        ]);
        return current;
      },
      [`POST /api/food-safety/notices/:id/items/:item/accept`]: () => {
        current = notice({ status: 'evidenceSubmitted', actions: ['close', 'reinspect'] }, [
          item(ITEM_A, 1, '生熟分开存放', 'accepted', []),
          item(ITEM_B, 2, '配备专用留样冰箱', 'accepted', []),
        ]);
        return current;
      },
      [`POST /api/food-safety/notices/:id/close`]: () =>
        notice({ status: 'closed', closedOn: '2026-04-23', closedVia: 'review', actions: [] }, [
          item(ITEM_A, 1, '生熟分开存放', 'accepted', []),
          item(ITEM_B, 2, '配备专用留样冰箱', 'accepted', []),
        ]),
    });
    renderAt(`/food-safety/notices/${NOTICE_ID}`, { permissions: INSPECTOR });

    expect(await screen.findByText('已逾期 3 天')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /升级/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /销号/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /提交整改材料/ })).toBeNull();

    const cardA = screen.getByText('1. 生熟分开存放').closest('.fs-notice-item') as HTMLElement;
    await user.click(within(cardA).getByRole('button', { name: /退回/ }));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog)
      .getAllByRole('button', { name: /退\s*回/ })
      .at(-1)!;
    expect(ok).toBeDisabled();
    await user.type(within(dialog).getByLabelText('退回原因（学校将看到）'), '未见照片');
    await user.click(ok);
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/reject'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/reject'))!.body).toEqual({ note: '未见照片' });
    expect(await screen.findByText('已退回：未见照片')).toBeInTheDocument();

    const cardB = screen.getByText('2. 配备专用留样冰箱').closest('.fs-notice-item') as HTMLElement;
    await user.click(within(cardB).getByRole('button', { name: /通过/ }));
    await user.click(await screen.findByRole('button', { name: /销号/ }));
    const confirm = (await screen.findAllByText('确认销号：某监餐意〔2026〕第015号整改？')).at(-1)!;
    const confirmDialog = confirm.closest('.ant-modal') as HTMLElement;
    await user.click(within(confirmDialog).getByRole('button', { name: /销\s*号/ }));
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/close'))).toBe(true));
    expect(calls.find((c) => c.path.endsWith('/close'))!.body).toEqual({ version: 3 });
    expect(await screen.findAllByText('已销号')).not.toHaveLength(0);
  });
});

describe('notice list', () => {
  it('shows the server’s order with overdue in words, and sends the filters the API knows', async () => {
    const { calls } = fakeApi({
      'GET /api/food-safety/campaigns': () => ({ items: [{ id: 'c1', name: '2026年春季学校食堂专项检查' }], total: 1, page: 1, pageSize: 200 }),
      'GET /api/food-safety/notices': () => ({
        items: [
          { ...notice({ overdue: true, daysOverdue: 2 }), noticeItems: undefined },
          { ...notice({ id: 'n2', number: '某监餐意〔2026〕第016号整改', deadline: null, deadlineKind: 'immediateOngoing' }), noticeItems: undefined },
        ],
        total: 2,
        page: 1,
        pageSize: 20,
        dueSoonDays: 3,
      }),
    });
    renderAt('/food-safety/notices?status=overdue&campaignId=c1&canteenId=k1', { permissions: INSPECTOR });
    expect(await screen.findByText('已逾期 2 天')).toBeInTheDocument();
    expect(screen.getByText('立行立改并长期坚持')).toBeInTheDocument();
    const list = calls.find((c) => c.path === '/api/food-safety/notices')!;
    expect(Object.fromEntries(list.query)).toMatchObject({ status: 'overdue', campaignId: 'c1', canteenId: 'k1' });
  });

  it('follows a report’s drill links: closed in the period, and overdue as of the period’s last day', async () => {
    const empty = () => ({ items: [], total: 0, page: 1, pageSize: 20, dueSoonDays: 3 });
    const { calls } = fakeApi({
      'GET /api/food-safety/campaigns': () => ({ items: [], total: 0, page: 1, pageSize: 200 }),
      'GET /api/food-safety/notices': empty,
    });
    const first = renderAt('/food-safety/notices?closedFrom=2026-03-01&closedTo=2026-06-30&status=closed', { permissions: INSPECTOR });
    await waitFor(() => expect(calls.some((c) => c.path === '/api/food-safety/notices')).toBe(true));
    expect(Object.fromEntries(calls.find((c) => c.path === '/api/food-safety/notices')!.query)).toMatchObject({
      status: 'closed',
      closedFrom: '2026-03-01',
      closedTo: '2026-06-30',
    });
    expect(screen.queryByTestId('overdue-as-of')).not.toBeInTheDocument();
    first.unmount();

    calls.length = 0;
    renderAt('/food-safety/notices?status=overdue&asOf=2026-03-25', { permissions: INSPECTOR });
    expect(await screen.findByText('截至 2026-03-25 逾期未销号的整改通知书（统计报表口径）')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.path === '/api/food-safety/notices')).toBe(true));
    expect(Object.fromEntries(calls.find((c) => c.path === '/api/food-safety/notices')!.query)).toMatchObject({ status: 'overdue', asOf: '2026-03-25' });
  });
});

describe('penalty form', () => {
  it('takes the amount in 元 and sends whole fen', async () => {
    expect(yuanToFen('2000.5')).toBe(200050);
    expect(yuanToFen('0')).toBe(0);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('-1')).toBeNull();

    const user = userEvent.setup();
    const { calls } = fakeApi({
      'GET /api/food-safety/notices/:id': () => notice(),
      'POST /api/food-safety/penalties': () => ({ status: 201, body: { id: 'p1' } }),
    });
    const { router } = renderAt(`/food-safety/penalties/new?noticeId=${NOTICE_ID}`, { permissions: INSPECTOR });
    expect(await screen.findByText('整改通知书 某监餐意〔2026〕第015号整改（第一小学食堂）')).toBeInTheDocument();
    await user.type(screen.getByLabelText('处罚决定书文号'), '某市监罚〔2026〕12号');
    await user.type(screen.getByLabelText('作出决定的机关'), '某县市场监督管理局');
    await user.type(screen.getByLabelText('罚款金额（元）'), '2000.50');
    const date = screen.getByLabelText('决定日期');
    await user.click(date);
    await user.type(date, '2026-04-22{enter}');
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/food-safety/penalties')).toBe(true));
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/food-safety/penalties')!.body).toMatchObject({
      noticeId: NOTICE_ID,
      documentNumber: '某市监罚〔2026〕12号',
      authorityName: '某县市场监督管理局',
      reasonCode: 'expiredFood',
      amount: 200050,
      decidedOn: '2026-04-22',
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/food-safety/notices/${NOTICE_ID}`));
  });
});
