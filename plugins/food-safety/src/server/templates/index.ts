import type { Type } from '@nestjs/common';
import { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from './entities/template.entity.js';
import { FoodSafetySetting } from './entities/setting.entity.js';
import { FoodSafetyTemplates1767744000001 } from './migrations/1767744000001-food-safety-templates.js';
import { SettingsController } from './settings.controller.js';
import { FoodSafetySettings } from './settings.service.js';
import { TemplatesController } from './templates.controller.js';
import { TemplatesService } from './templates.service.js';

/**
 * Checklist templates and settings. Other parts inject:
 * - TemplatesService: versionWithItems(versionId, manager?), currentVersion(templateIdOrCode, manager?),
 *   markUsed(versionId, manager) — see the top of templates.service.ts;
 * - FoodSafetySettings: get(manager?) — see the top of settings.service.ts.
 */
export { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from './entities/template.entity.js';
export { FoodSafetySetting } from './entities/setting.entity.js';
export { TemplatesService } from './templates.service.js';
export { FoodSafetySettings, DEFAULT_SETTINGS, type FoodSafetySettingsValues } from './settings.service.js';
export { TemplateVersionDto, TemplateAreaDto, TemplateItemDto } from './dto/template.dto.js';
export * from './vocab.js';

/** This part's contribution to FoodSafetyModule and the plugin definition. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const TEMPLATES_ENTITIES: Function[] = [ChecklistTemplate, TemplateVersion, TemplateArea, TemplateItem, FoodSafetySetting];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const TEMPLATES_MIGRATIONS: Function[] = [FoodSafetyTemplates1767744000001];
export const TEMPLATES_CONTROLLERS: Type<unknown>[] = [TemplatesController, SettingsController];
export const TEMPLATES_PROVIDERS: Type<unknown>[] = [TemplatesService, FoodSafetySettings];
