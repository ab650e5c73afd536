/**
 * The admin entry of the food-safety plugin (`@schoolbridge/plugin-food-safety/admin`): nav under
 * 食品安全, lazy routes, widgets on `school.detail` and `dashboard`, messages — assembled from the
 * plugin's parts, each of which keeps its own routes and messages.
 */
import { createElement } from 'react';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { defineAdminPlugin, mergeMessages } from '@schoolbridge/ui';
import * as authorities from './authorities/routes';
import * as canteens from './canteens/routes';
import * as inspections from './inspections/routes';
import * as rectification from './rectification/routes';
import * as routine from './routine/routes';
import * as templates from './templates/routes';

const parts = [inspections, rectification, canteens, routine, templates, authorities];

export default defineAdminPlugin({
  id: 'food-safety',
  nav: [
    {
      path: '/food-safety',
      label: 'foodSafety.nav',
      icon: createElement(SafetyCertificateOutlined),
      permission: 'food-safety.read',
      order: 70,
      children: parts.flatMap((p) => p.nav),
    },
  ],
  routes: parts.flatMap((p) => p.routes),
  widgets: parts.flatMap((p) => p.widgets),
  messages: {
    'zh-CN': async () =>
      mergeMessages(
        { foodSafety: { nav: '食品安全' } },
        (await import('./canteens/i18n/zh-CN.json')).default,
        (await import('./templates/i18n/zh-CN.json')).default,
        (await import('./inspections/i18n/zh-CN.json')).default,
        (await import('./rectification/i18n/zh-CN.json')).default,
        (await import('./routine/i18n/zh-CN.json')).default,
        (await import('./report/i18n/zh-CN.json')).default,
        (await import('./authorities/i18n/zh-CN.json')).default,
      ),
    en: async () =>
      mergeMessages(
        { foodSafety: { nav: 'Food safety' } },
        (await import('./canteens/i18n/en.json')).default,
        (await import('./templates/i18n/en.json')).default,
        (await import('./inspections/i18n/en.json')).default,
        (await import('./rectification/i18n/en.json')).default,
        (await import('./routine/i18n/en.json')).default,
        (await import('./report/i18n/en.json')).default,
        (await import('./authorities/i18n/en.json')).default,
      ),
  },
});
