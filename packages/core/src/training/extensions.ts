import type { Type } from '@nestjs/common';
import type { DemoSeed, ReportSection } from '../platform/plugins/extension-points.js';
import { TrainingReportSection } from './report/training.section.js';
import { TrainingDemoSeed } from './seed/demo-training.seed.js';

/** Training's report sections; each is also a provider in parts.ts. */
export const TRAINING_REPORT_SECTIONS: Type<ReportSection>[] = [TrainingReportSection];

/** Training's part of the demo data; each is also a provider in parts.ts. */
export const TRAINING_SEEDS: Type<DemoSeed>[] = [TrainingDemoSeed];
