import { Injectable, Module } from '@nestjs/common';
import { Entity, PrimaryColumn } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { definePlugin, PluginBootError, type Importer, type PluginDefinition, type ReminderSource, type ReportSection } from '../../../src/index.js';
import { createTestApp } from '../../../src/testing/index.js';
import { testPlugin } from '../../fixtures/test-plugin/index.js';

/** Boots with the plugins and expects the boot to stop with a PluginBootError naming the plugin and the fault. */
async function expectBootFailure(plugins: PluginDefinition[], pluginId: string, fault: RegExp, config: { plugins?: string[] | null } = {}) {
  let error: unknown;
  try {
    const app = await createTestApp({ plugins, config, env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    await app.close();
  } catch (err) {
    error = err;
  }
  expect(error, 'the boot should have failed').toBeInstanceOf(PluginBootError);
  const e = error as PluginBootError;
  expect(e.pluginId).toBe(pluginId);
  expect(e.fault).toMatch(fault);
  expect(e.message).toBe(`Plugin "${pluginId}": ${e.fault}`);
}

@Module({})
class EmptyModule {}

/** A plugin other than the test plugin, with nothing in it unless the test adds it. */
const other = (extra: Partial<PluginDefinition> = {}) => definePlugin({ id: 'other-plugin', coreCompatibility: '^0.1.0', module: EmptyModule, ...extra });

describe('plugin validation at boot', () => {
  it('refuses two installed plugins with the same id', async () => {
    await expectBootFailure([testPlugin, definePlugin({ ...testPlugin, entities: [], migrations: [], permissions: [] })], 'test-plugin', /another installed plugin has the same id/);
  });

  it('refuses an id that is not kebab-case', async () => {
    await expectBootFailure([other({ id: 'Other_Plugin' })], 'Other_Plugin', /kebab-case/);
    await expectBootFailure([other({ id: 'other--plugin' })], 'other--plugin', /kebab-case/);
    await expectBootFailure([other({ id: '9lives' })], '9lives', /kebab-case/);
  });

  it('refuses an id that is a core route', async () => {
    await expectBootFailure([other({ id: 'auth' })], 'auth', /clashes with the core route \/api\/auth/);
    await expectBootFailure([other({ id: 'reports' })], 'reports', /clashes with the core route \/api\/reports/);
    await expectBootFailure([other({ id: 'platform' })], 'platform', /clashes with the core route/);
  });

  it('refuses a plugin made for another core version', async () => {
    await expectBootFailure([other({ coreCompatibility: '^2.0.0' })], 'other-plugin', /needs core \^2\.0\.0, but this core is 0\.1\.0/);
    await expectBootFailure([other({ coreCompatibility: '>=0.2.0' })], 'other-plugin', /needs core >=0\.2\.0/);
  });

  it('refuses a compatibility that is not a semver range', async () => {
    await expectBootFailure([other({ coreCompatibility: 'banana' })], 'other-plugin', /coreCompatibility "banana" is not a semver range/);
    await expectBootFailure([other({ coreCompatibility: '' })], 'other-plugin', /not a semver range/);
  });

  it('refuses an entity name another module already uses', async () => {
    // Same class name as the test plugin's entity, on a table of its own.
    @Entity('other_plugin_note')
    class TestPluginNote {
      @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
    }
    await expectBootFailure([testPlugin, other({ entities: [TestPluginNote] })], 'other-plugin', /entity name TestPluginNote is already used by "test-plugin"/);
  });

  it('refuses a table another plugin already uses', async () => {
    // Plugin "test" may use tables test_*, and test_plugin_note is one of them — but it is taken.
    @Entity('test_plugin_note')
    class TestNote {
      @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
    }
    await expectBootFailure([testPlugin, other({ id: 'test', entities: [TestNote] })], 'test', /table test_plugin_note is already used by "test-plugin"/);
  });

  it('refuses an entity name a core module already uses', async () => {
    @Entity('other_plugin_x')
    class User {
      @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
    }
    await expectBootFailure([other({ entities: [User] })], 'other-plugin', /entity name User is already used by "platform"/);
  });

  it('refuses a table without the plugin’s prefix', async () => {
    @Entity('misc_thing')
    class MiscThing {
      @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
    }
    await expectBootFailure([other({ entities: [MiscThing] })], 'other-plugin', /table misc_thing of entity MiscThing must start with other_plugin_/);
  });

  it('refuses a permission without the plugin’s prefix, or granted to an unknown role', async () => {
    await expectBootFailure([other({ permissions: [{ code: 'reports.secret', description: 'x', grantedTo: [] }] })], 'other-plugin', /permission reports\.secret must start with "other-plugin\."/);
    await expectBootFailure([other({ permissions: [{ code: 'other-pluginx.read', description: 'x', grantedTo: [] }] })], 'other-plugin', /must start with "other-plugin\."/);
    await expectBootFailure([other({ permissions: [{ code: 'other-plugin.read', description: 'x', grantedTo: ['janitor' as never] }] })], 'other-plugin', /granted to unknown role "janitor"/);
  });

  it('refuses a migration whose name does not end with a timestamp', async () => {
    class OtherPluginInit {}
    await expectBootFailure([other({ migrations: [OtherPluginInit] })], 'other-plugin', /migration OtherPluginInit must end with a 13-digit timestamp/);
  });

  it('refuses SCHOOLBRIDGE_PLUGINS naming a plugin that is not installed (config and environment)', async () => {
    await expectBootFailure([testPlugin], 'food-safety', /SCHOOLBRIDGE_PLUGINS names it, but it is not installed \(installed: test-plugin\)/, { plugins: ['food-safety'] });
    let error: unknown;
    try {
      const app = await createTestApp({ plugins: [], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: 'test-plugin' } });
      await app.close();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PluginBootError);
    expect((error as PluginBootError).message).toBe('Plugin "test-plugin": SCHOOLBRIDGE_PLUGINS names it, but it is not installed (installed: none)');
  });

  it('refuses an extension class that is not a provider of the plugin’s module', async () => {
    @Injectable()
    class StraySection implements ReportSection {
      id = 'stray';
      title = 'stray';
      order = 1;
      async compute() {
        return { figures: [] };
      }
    }
    await expectBootFailure([other({ reportSections: [StraySection] })], 'other-plugin', /report section StraySection is not a provider of its module/);
  });

  it('refuses extension ids used twice, and an importer needing an unknown permission', async () => {
    @Injectable()
    class DuplicateReminders implements ReminderSource {
      id = 'test-plugin.due';
      async list() {
        return [];
      }
    }
    @Module({ providers: [DuplicateReminders] })
    class DuplicateModule {}
    await expectBootFailure([testPlugin, other({ module: DuplicateModule, reminders: [DuplicateReminders] })], 'other-plugin', /reminder source id "test-plugin\.due" is already used by "test-plugin"/);

    @Injectable()
    class LooseImporter implements Importer {
      id = 'other-plugin.things';
      title = 'x';
      permission = 'other-plugin.import';
      columns = [];
      validate() {
        return [];
      }
      async apply() {}
    }
    @Module({ providers: [LooseImporter] })
    class ImporterModule {}
    await expectBootFailure([other({ module: ImporterModule, importers: [LooseImporter] })], 'other-plugin', /importer other-plugin\.things needs the unknown permission "other-plugin\.import"/);
  });

  it('boots a valid plugin', async () => {
    const app = await createTestApp({ plugins: [testPlugin, other()], env: { ...process.env, SCHOOLBRIDGE_PLUGINS: undefined } });
    try {
      expect(app.enabledPlugins.map((p) => p.id)).toEqual(['test-plugin', 'other-plugin']);
    } finally {
      await app.close();
    }
  });
});
