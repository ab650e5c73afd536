/** The canteens and routine admin pages in jsdom (see ../part-harness.tsx). */
import canteensEn from '../../../src/admin/canteens/i18n/en.json';
import canteensZh from '../../../src/admin/canteens/i18n/zh-CN.json';
import { routes as canteenRoutes } from '../../../src/admin/canteens/routes';
import routineEn from '../../../src/admin/routine/i18n/en.json';
import routineZh from '../../../src/admin/routine/i18n/zh-CN.json';
import { routes as routineRoutes } from '../../../src/admin/routine/routes';
import { partRenderer } from '../part-harness';

export { fakeApi, type Call } from '../part-harness';

export const INSPECTOR = ['food-safety.read', 'food-safety.manage', 'food-safety.handlers.manage', 'food-safety.inspect'];
export const SCHOOL = ['food-safety.read', 'food-safety.handlers.manage', 'food-safety.rectify', 'food-safety.routine'];

export const renderAt = partRenderer({
  routes: [...canteenRoutes, ...routineRoutes],
  messages: { 'zh-CN': [canteensZh, routineZh], en: [canteensEn, routineEn] },
  permissions: INSPECTOR,
});
