import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../harness';
import { OTHER_SESSION_ID, TEACHER_ID, fakeTraining } from './fake-training';
import { FIRST_LOAD, mySession } from './fake-attendance';

afterEach(() => vi.unstubAllGlobals());

describe('培训记录 on a teacher’s page (zone teacher.detail)', () => {
  it('lists the teacher’s sessions with their status and whether the hours went to credits', async () => {
    const api = fakeTraining(['directory.read', 'training.read']);
    api.attendance.mySessions.splice(0, api.attendance.mySessions.length, mySession({ creditAwarded: true, status: 'enrolled', sessionStatus: 'completed' }), mySession({ enrolmentId: 'e2', sessionId: OTHER_SESSION_ID, title: '送培到校·青山乡中心小学', status: 'waitlisted', waitlistPosition: 2 }));
    renderApp(`/directory/teachers/${TEACHER_ID}`);

    const widget = await screen.findByTestId('teacher-training-widget', {}, FIRST_LOAD);
    expect(within(widget).getByText('培训记录')).toBeInTheDocument();
    expect(api.calls.some((c) => c.path === `/api/training/teachers/${TEACHER_ID}/sessions`)).toBe(true);
    const rows = within(widget).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const text of ['送培到校·示范县第一小学语文数学', '示范县第一小学', '30 学时', '已转入']) expect(within(rows[0]!).getByText(text)).toBeInTheDocument();
    expect(within(rows[1]!).getByText('送培到校·青山乡中心小学').closest('a')).toHaveAttribute('href', `/training/sessions/${OTHER_SESSION_ID}`);
    expect(within(widget).getByText('已转入学分 30 学时（1 期）')).toBeInTheDocument();
  });

  it('says what to do when the teacher has no training, and is not there without training.read', async () => {
    const api = fakeTraining(['directory.read', 'training.read']);
    api.attendance.mySessions.splice(0, api.attendance.mySessions.length);
    const first = renderApp(`/directory/teachers/${TEACHER_ID}`);
    const widget = await screen.findByTestId('teacher-training-widget', {}, FIRST_LOAD);
    expect(await within(widget).findByText('该教师还没有参加过培训，学校可在培训班次中为其报名')).toBeInTheDocument();
    first.unmount();

    const reader = fakeTraining(['directory.read']);
    renderApp(`/directory/teachers/${TEACHER_ID}`);
    expect(await screen.findByTestId('page-title', {}, FIRST_LOAD)).toBeInTheDocument();
    await waitFor(() => expect(reader.calls.some((c) => c.path === `/api/directory/teachers/${TEACHER_ID}`)).toBe(true));
    expect(reader.calls.some((c) => c.path.startsWith('/api/training/teachers/'))).toBe(false);
  });
});
