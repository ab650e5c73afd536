/** 用户管理: accounts, their roles and scopes (issue 4). */
import { createElement } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { defineAdminPlugin } from '@schoolbridge/ui';
import { USERS_READ } from './api';

export const usersModule = defineAdminPlugin({
  id: 'users',
  nav: [{ path: '/users', label: 'users.nav', icon: createElement(TeamOutlined), permission: USERS_READ, order: 890 }],
  routes: [
    { path: '/users', lazy: () => import('./UsersPage'), permission: USERS_READ },
    { path: '/users/:id', lazy: () => import('./UserDetailPage'), permission: USERS_READ },
  ],
  messages: { 'zh-CN': () => import('./i18n/zh-CN.json'), en: () => import('./i18n/en.json') },
});
