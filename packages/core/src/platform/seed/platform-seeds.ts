import type { Type } from '@nestjs/common';
import type { DemoSeed } from '../plugins/extension-points.js';

/** The platform's part of the demo data (regions of the demo county come with the directory). */
export const PLATFORM_SEEDS: Type<DemoSeed>[] = [];
