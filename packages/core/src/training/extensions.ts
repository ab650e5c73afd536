import type { Type } from '@nestjs/common';
import type { DemoSeed, ReportSection } from '../platform/plugins/extension-points.js';

/** Training's report sections; each is also a provider in parts.ts. */
export const TRAINING_REPORT_SECTIONS: Type<ReportSection>[] = [];

/** Training's part of the demo data; each is also a provider in parts.ts. */
export const TRAINING_SEEDS: Type<DemoSeed>[] = [];
