import { PLATFORM_PERMISSIONS } from './access/roles.js';
import { PLATFORM_ENTITIES, PLATFORM_MIGRATIONS } from './entities.js';
import { PlatformModule } from './platform.module.js';
import type { ModuleDefinition } from './plugins/plugin.js';
import { PLATFORM_SEEDS } from './seed/platform-seeds.js';
import { PlatformUsageSection } from './figures/usage.section.js';
import { directoryDefinition } from '../directory/definition.js';
import { trainingDefinition } from '../training/definition.js';

/** The platform as a module definition: its tables, migrations, permissions and demo data. */
export const platformDefinition: ModuleDefinition = {
  id: 'platform',
  name: { 'zh-CN': '平台', en: 'Platform' },
  module: PlatformModule,
  entities: PLATFORM_ENTITIES,
  migrations: PLATFORM_MIGRATIONS,
  permissions: PLATFORM_PERMISSIONS,
  seeds: PLATFORM_SEEDS,
  reportSections: [PlatformUsageSection],
};

/**
 * Core's bounded contexts, platform first. Each later context (directory, twinning, training,
 * credits, grants) adds its definition here; createApp imports their modules.
 */
export const CORE_MODULES: ModuleDefinition[] = [platformDefinition, directoryDefinition, trainingDefinition];
