import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { pinyinKeys } from '@schoolbridge/shared';
import { databaseKindOf, migrationColumns } from '../db/migration-columns.js';

/**
 * Users are found by pinyin and initials and listed in pinyin order (UI.md "Chinese names"), like
 * teachers and schools: the keys are stored beside the display name. Existing users get theirs here.
 */
export class PlatformUserPinyin1767225600008 implements MigrationInterface {
  name = 'PlatformUserPinyin1767225600008';

  async up(qr: QueryRunner): Promise<void> {
    const kind = databaseKindOf(qr);
    const c = migrationColumns(kind);
    await qr.addColumns('platform_user', [
      new TableColumn(c.varchar('display_name_pinyin', 300, { default: '' })),
      new TableColumn(c.varchar('display_name_initials', 100, { default: '' })),
    ]);
    // plain SQL on the table, not the User entity: the entity describes the newest schema, not this step's
    const users: { id: string; display_name: string }[] = await qr.query('SELECT id, display_name FROM platform_user');
    const [a, b, c2] = kind === 'postgres' ? ['$1', '$2', '$3'] : ['?', '?', '?'];
    for (const u of users) {
      const keys = pinyinKeys(u.display_name);
      await qr.query(`UPDATE platform_user SET display_name_pinyin = ${a}, display_name_initials = ${b} WHERE id = ${c2}`, [keys.full, keys.initials, u.id]);
    }
    await qr.createIndices('platform_user', [
      new TableIndex({ name: 'ix_platform_user_display_name_pinyin', columnNames: ['display_name_pinyin'] }),
      new TableIndex({ name: 'ix_platform_user_display_name_initials', columnNames: ['display_name_initials'] }),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('platform_user', 'ix_platform_user_display_name_initials');
    await qr.dropIndex('platform_user', 'ix_platform_user_display_name_pinyin');
    await qr.dropColumn('platform_user', 'display_name_initials');
    await qr.dropColumn('platform_user', 'display_name_pinyin');
  }
}
