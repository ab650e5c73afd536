import type { ModuleDefinition } from '../platform/plugins/plugin.js';
import { TRAINING_ENTITIES, TRAINING_MIGRATIONS } from './entities.js';
import { TRAINING_REPORT_SECTIONS, TRAINING_SEEDS } from './extensions.js';
import { TRAINING_PERMISSIONS } from './permissions.js';
import { TrainingModule } from './training.module.js';

/** Training sessions as a core module definition (ARCHITECTURE §2). */
export const trainingDefinition: ModuleDefinition = {
  id: 'training',
  name: { 'zh-CN': '送培送教', en: 'Training' },
  module: TrainingModule,
  entities: TRAINING_ENTITIES,
  migrations: TRAINING_MIGRATIONS,
  permissions: TRAINING_PERMISSIONS,
  reportSections: TRAINING_REPORT_SECTIONS,
  seeds: TRAINING_SEEDS,
};
