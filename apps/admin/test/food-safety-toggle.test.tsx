import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminPlugins } from '../src/plugins';
import { fakeApi, makeMe, renderApp } from './harness';

afterEach(() => vi.unstubAllGlobals());

const META = { name: 'SchoolBridge', version: '0.1.0', defaultLocale: 'zh-CN' as const, locales: ['zh-CN' as const, 'en' as const], timeZone: 'Asia/Shanghai' };
const INSPECTOR = ['food-safety.read', 'food-safety.inspect', 'food-safety.manage'];

/** The installed food-safety plugin follows the API's SCHOOLBRIDGE_PLUGINS (GET /api/meta). */
describe('the food-safety plugin in the shell', () => {
  it('adds 食品安全 to the nav when the API has it on', async () => {
    fakeApi({ me: makeMe({ permissions: INSPECTOR }), meta: { ...META, plugins: ['food-safety'] } });
    renderApp('/', { plugins: adminPlugins });
    const nav = await screen.findByTestId('side-nav');
    expect(await within(nav).findByText('食品安全')).toBeInTheDocument();
  });

  it('leaves it out, and answers its pages with 404, when the API has it off', async () => {
    fakeApi({ me: makeMe({ permissions: INSPECTOR }), meta: { ...META, plugins: [] } });
    renderApp('/', { plugins: adminPlugins });
    const nav = await screen.findByTestId('side-nav');
    await within(nav).findByRole('link', { name: '首页' });
    expect(within(nav).queryByText('食品安全')).not.toBeInTheDocument();
  });

  it('answers /food-safety/inspections with the 404 page when off', async () => {
    fakeApi({ me: makeMe({ permissions: INSPECTOR }), meta: { ...META, plugins: [] } });
    renderApp('/food-safety/inspections', { plugins: adminPlugins });
    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeInTheDocument();
  });
});
