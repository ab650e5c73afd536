import type { Type } from '@nestjs/common';
import type { DemoSeed, Importer, ReminderSource, ReportSection } from '@schoolbridge/core';
import { HealthCertificateReminders, LicenceReminders } from './canteens/reminders.js';
import { NoticeDeadlineReminders, NoticeEvidenceReminders } from './rectification/reminders.js';
import { FoodSafetyDemoSeed } from './seed/demo-food-safety.seed.js';
import { FoodSafetyReportSection } from './report/food-safety.section.js';

/**
 * The plugin's extension classes (ARCHITECTURE §3): report sections, reminder sources, importers
 * and demo seeds. Each is also a provider of FoodSafetyModule, where the host resolves it.
 */
export const FOOD_SAFETY_REPORT_SECTIONS: Type<ReportSection>[] = [FoodSafetyReportSection];
export const FOOD_SAFETY_REMINDERS: Type<ReminderSource>[] = [LicenceReminders, HealthCertificateReminders, NoticeDeadlineReminders, NoticeEvidenceReminders];
export const FOOD_SAFETY_IMPORTERS: Type<Importer<never, unknown>>[] = [];
export const FOOD_SAFETY_SEEDS: Type<DemoSeed>[] = [FoodSafetyDemoSeed];

export const FOOD_SAFETY_EXTENSION_PROVIDERS: Type<unknown>[] = [
  ...FOOD_SAFETY_REPORT_SECTIONS,
  ...FOOD_SAFETY_REMINDERS,
  ...FOOD_SAFETY_IMPORTERS,
  ...FOOD_SAFETY_SEEDS,
];
