import type { ModuleDefinition } from '../platform/plugins/plugin.js';
import { DirectoryModule } from './directory.module.js';
import { DIRECTORY_ENTITIES, DIRECTORY_MIGRATIONS } from './entities.js';
import { DIRECTORY_IMPORTERS, DIRECTORY_SEEDS } from './extensions.js';
import { DIRECTORY_PERMISSIONS } from './permissions.js';

/** The directory as a core module definition (ARCHITECTURE §2). */
export const directoryDefinition: ModuleDefinition = {
  id: 'directory',
  name: { 'zh-CN': '基础信息', en: 'Directory' },
  module: DirectoryModule,
  entities: DIRECTORY_ENTITIES,
  migrations: DIRECTORY_MIGRATIONS,
  permissions: DIRECTORY_PERMISSIONS,
  importers: DIRECTORY_IMPORTERS,
  seeds: DIRECTORY_SEEDS,
};
