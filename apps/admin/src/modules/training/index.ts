/**
 * 送培送教: the training admin pages as a core module. The centre's pages (calendar, sessions and
 * their editor and detail, programmes, the expert pool) need `training.read` (writes are offered to
 * `training.manage` holders; the API checks again); the attendance pages (attendance/) and the
 * teacher's own pages (teacher/) live beside them. Every page is lazy.
 */
import { createElement } from 'react';
import { CalendarOutlined, ProjectOutlined, ScheduleOutlined, SolutionOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { defineAdminPlugin, mergeMessages } from '@schoolbridge/ui';
import { TRAINING_ENROL_SELF, TRAINING_MANAGE, TRAINING_READ } from './api';

const read = TRAINING_READ;
const manage = TRAINING_MANAGE;

export const trainingModule = defineAdminPlugin({
  id: 'training',
  nav: [
    {
      path: '/training',
      label: 'training.nav',
      icon: createElement(SolutionOutlined),
      permission: read,
      order: 50,
      children: [
        { path: '/training/calendar', label: 'training.calendar.nav', icon: createElement(CalendarOutlined), permission: read, order: 10 },
        { path: '/training/sessions', label: 'training.sessions.nav', icon: createElement(ScheduleOutlined), permission: read, order: 20 },
        { path: '/training/programmes', label: 'training.programmes.nav', icon: createElement(ProjectOutlined), permission: read, order: 30 },
        { path: '/training/experts', label: 'training.experts.nav', icon: createElement(TeamOutlined), permission: manage, order: 40 },
      ],
    },
    { path: '/training/my', label: 'training.my.nav', icon: createElement(UserOutlined), permission: TRAINING_ENROL_SELF, order: 55 },
  ],
  routes: [
    { path: '/training/calendar', lazy: () => import('./pages/CalendarPage'), permission: read },
    { path: '/training/sessions', lazy: () => import('./pages/SessionsPage'), permission: read },
    { path: '/training/sessions/new', lazy: () => import('./pages/SessionEditorPage'), permission: manage },
    { path: '/training/sessions/:id', lazy: () => import('./pages/SessionDetailPage'), permission: read },
    { path: '/training/sessions/:id/edit', lazy: () => import('./pages/SessionEditorPage'), permission: manage },
    { path: '/training/sessions/:id/slots/:slotId/attendance', lazy: () => import('./attendance/AttendanceSheetPage'), permission: read },
    { path: '/training/sessions/:id/check-in-screen', lazy: () => import('./attendance/CheckInScreenPage'), permission: 'training.attendance.run' },
    { path: '/training/sessions/:id/sign-in-sheet', lazy: () => import('./attendance/SignInSheetPage'), permission: read },
    { path: '/training/programmes', lazy: () => import('./pages/ProgrammesPage'), permission: read },
    { path: '/training/programmes/new', lazy: () => import('./pages/ProgrammeFormPage'), permission: manage },
    { path: '/training/programmes/:id', lazy: () => import('./pages/ProgrammeDetailPage'), permission: read },
    { path: '/training/programmes/:id/edit', lazy: () => import('./pages/ProgrammeFormPage'), permission: manage },
    { path: '/training/experts', lazy: () => import('./pages/ExpertsPage'), permission: read },
    { path: '/training/experts/new', lazy: () => import('./pages/ExpertFormPage'), permission: manage },
    { path: '/training/experts/:id/edit', lazy: () => import('./pages/ExpertFormPage'), permission: manage },
    { path: '/training/my', lazy: () => import('./teacher/MySessionsPage'), permission: read },
    { path: '/training/my/questionnaires', lazy: () => import('./teacher/MyQuestionnairesPage'), permission: 'training.evaluation.respond' },
    { path: '/training/my/questionnaires/:id', lazy: () => import('./teacher/QuestionnaireAnswerPage'), permission: 'training.evaluation.respond' },
    { path: '/check-in', lazy: () => import('./teacher/CheckInPage'), permission: 'training.checkIn' },
  ],
  widgets: [{ zone: 'teacher.detail', lazy: () => import('./teacher/TeacherTrainingWidget'), permission: read, order: 50 }],
  messages: {
    'zh-CN': async () => mergeMessages((await import('./i18n/zh-CN.json')).default, (await import('./i18n/zh-CN.teacher.json')).default),
    en: async () => mergeMessages((await import('./i18n/en.json')).default, (await import('./i18n/en.teacher.json')).default),
  },
});
