import type { Type } from '@nestjs/common';
import type { DemoSeed } from '../plugins/extension-points.js';
import { DemoCountySeed } from './demo-county.seed.js';

/** The platform's part of the demo data: the demo county's regions and bureau (the directory adds its schools). */
export const PLATFORM_SEEDS: Type<DemoSeed>[] = [DemoCountySeed];
