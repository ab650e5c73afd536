import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@schoolbridge/shared';
import { allEntitiesAndMigrations } from '../../../src/platform/http/create-app.js';
import { revertLastMigration, runMigrations } from '../../../src/platform/db/migrate.js';
import { freshDatabase, type FreshDatabase } from './fixtures.js';

const core = allEntitiesAndMigrations([]);

describe('the migration that adds pinyin keys to users', () => {
  let db: FreshDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('gives the users already there the keys of their display names', async () => {
    // no entities: the rows are written to the tables as the older schema had them
    db = await freshDatabase([], core.migrations);
    await runMigrations(db.ds);
    // back to the schema before the keys, with users made then
    for (let name = await revertLastMigration(db.ds); name !== 'PlatformUserPinyin1767225600008'; name = await revertLastMigration(db.ds)) {
      expect(name).not.toBeNull();
    }
    const now = new Date('2026-11-01T00:00:00Z');
    for (const [username, displayName] of [['li.si', '李四'], ['oy', '欧阳 修'], ['robot', 'Import Bot 2']] as const) {
      await db.ds
        .createQueryBuilder()
        .insert()
        .into('platform_user')
        .values({ id: newId(), username, display_name: displayName, must_change_password: false, locale: 'zh-CN', status: 'active', failed_login_count: 0, created_at: now, updated_at: now, version: 1 })
        .execute();
    }
    await runMigrations(db.ds);
    const rows: { username: string; display_name_pinyin: string; display_name_initials: string }[] = await db.ds
      .createQueryBuilder()
      .select(['u.username AS username', 'u.display_name_pinyin AS display_name_pinyin', 'u.display_name_initials AS display_name_initials'])
      .from('platform_user', 'u')
      .orderBy('u.username')
      .getRawMany();
    expect(rows).toEqual([
      { username: 'li.si', display_name_pinyin: 'lisi', display_name_initials: 'ls' },
      { username: 'oy', display_name_pinyin: 'ouyangxiu', display_name_initials: 'oyx' },
      { username: 'robot', display_name_pinyin: 'importbot2', display_name_initials: expect.any(String) },
    ]);
  });
});
