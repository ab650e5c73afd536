/** The rectification admin pages in jsdom (see ../part-harness.tsx). */
import en from '../../../src/admin/rectification/i18n/en.json';
import zhCN from '../../../src/admin/rectification/i18n/zh-CN.json';
import { routes } from '../../../src/admin/rectification/routes';
import { partRenderer } from '../part-harness';

export { fakeApi, type Call } from '../part-harness';

export const INSPECTOR = ['food-safety.read', 'food-safety.manage', 'food-safety.inspect', 'food-safety.penalty.record', 'platform.files.upload'];
export const SCHOOL = ['food-safety.read', 'food-safety.rectify', 'food-safety.routine', 'platform.files.upload'];

export const renderAt = partRenderer({ routes, messages: { 'zh-CN': [zhCN], en: [en] }, permissions: INSPECTOR });
