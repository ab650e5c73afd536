/**
 * 基础信息: the directory's admin pages (regions, schools, teachers, staff, students) as a core module.
 * Every page is lazy; each needs `directory.read`; writes are offered to holders of the matching
 * manage permission (the API checks them again).
 */
import { createElement } from 'react';
import { ApartmentOutlined, BankOutlined, DatabaseOutlined, IdcardOutlined, ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { defineAdminPlugin } from '@schoolbridge/ui';
import { DIRECTORY_READ } from './api';

const read = DIRECTORY_READ;

export const directoryModule = defineAdminPlugin({
  id: 'directory',
  nav: [
    {
      path: '/directory',
      label: 'directory.nav',
      icon: createElement(DatabaseOutlined),
      permission: read,
      order: 40,
      children: [
        { path: '/directory/regions', label: 'directory.regions.nav', icon: createElement(ApartmentOutlined), permission: read, order: 10 },
        { path: '/directory/schools', label: 'directory.schools.nav', icon: createElement(BankOutlined), permission: read, order: 20 },
        { path: '/directory/teachers', label: 'directory.teachers.nav', icon: createElement(TeamOutlined), permission: read, order: 30 },
        { path: '/directory/staff', label: 'directory.staff.nav', icon: createElement(IdcardOutlined), permission: read, order: 35 },
        { path: '/directory/students', label: 'directory.students.nav', icon: createElement(ReadOutlined), permission: read, order: 40 },
      ],
    },
  ],
  routes: [
    { path: '/directory/regions', lazy: () => import('./pages/RegionsPage'), permission: read },
    { path: '/directory/schools', lazy: () => import('./pages/SchoolsPage'), permission: read },
    { path: '/directory/schools/new', lazy: () => import('./pages/SchoolFormPage'), permission: read },
    { path: '/directory/schools/:id', lazy: () => import('./pages/SchoolDetailPage'), permission: read },
    { path: '/directory/schools/:id/edit', lazy: () => import('./pages/SchoolFormPage'), permission: read },
    { path: '/directory/teachers', lazy: () => import('./pages/TeachersPage'), permission: read },
    { path: '/directory/teachers/new', lazy: () => import('./pages/TeacherFormPage'), permission: read },
    { path: '/directory/teachers/:id', lazy: () => import('./pages/TeacherDetailPage'), permission: read },
    { path: '/directory/teachers/:id/edit', lazy: () => import('./pages/TeacherFormPage'), permission: read },
    { path: '/directory/staff', lazy: () => import('./pages/StaffPage'), permission: read },
    { path: '/directory/staff/new', lazy: () => import('./pages/StaffFormPage'), permission: read },
    { path: '/directory/staff/:id', lazy: () => import('./pages/StaffDetailPage'), permission: read },
    { path: '/directory/staff/:id/edit', lazy: () => import('./pages/StaffFormPage'), permission: read },
    { path: '/directory/students', lazy: () => import('./pages/StudentsPage'), permission: read },
    { path: '/directory/students/new', lazy: () => import('./pages/StudentFormPage'), permission: read },
    { path: '/directory/students/:id', lazy: () => import('./pages/StudentDetailPage'), permission: read },
    { path: '/directory/students/:id/edit', lazy: () => import('./pages/StudentFormPage'), permission: read },
  ],
  messages: { 'zh-CN': () => import('./i18n/zh-CN.json'), en: () => import('./i18n/en.json') },
});
