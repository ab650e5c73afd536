import type { Type } from '@nestjs/common';
import { AuthoritiesController } from './authorities/authorities.controller.js';
import { AuthoritiesService } from './authorities/authorities.service.js';
import { CampaignsController } from './campaigns/campaigns.controller.js';
import { CampaignsService } from './campaigns/campaigns.service.js';
import { TemplateLookup } from './common/template-lookup.js';
import { IssuingAuthority, LetterCounter } from './entities/authority.entity.js';
import { InspectionCampaign } from './entities/campaign.entity.js';
import { Inspection, InspectionInspector, InspectionPhoto, InspectionResult } from './entities/inspection.entity.js';
import { LetterRevision, OpinionLetter } from './entities/letter.entity.js';
import { InspectionOuting, OutingMember } from './entities/outing.entity.js';
import { InspectionsController } from './inspections/inspections.controller.js';
import { InspectionsService } from './inspections/inspections.service.js';
import { LettersController } from './letters/letters.controller.js';
import { LettersService } from './letters/letters.service.js';
import { FoodSafetyInspections1767744000002 } from './migrations/1767744000002-food-safety-inspections.js';
import { OutingsController } from './outings/outings.controller.js';
import { OutingsService } from './outings/outings.service.js';

export { InspectionCampaign } from './entities/campaign.entity.js';
export { InspectionOuting, OutingMember } from './entities/outing.entity.js';
export { IssuingAuthority, LetterCounter } from './entities/authority.entity.js';
export { Inspection, InspectionInspector, InspectionResult, InspectionPhoto } from './entities/inspection.entity.js';
export { OpinionLetter, LetterRevision } from './entities/letter.entity.js';
export { INSPECTION_KINDS, INSPECTION_STATUSES, OUTING_ROLES, CAMPAIGN_STATUSES, DEADLINE_KINDS, MIN_INSPECTORS_PRESENT, letterNumber } from './vocab.js';

/** This part's contribution to FoodSafetyModule and the plugin definition. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const INSPECTIONS_ENTITIES: Function[] = [
  InspectionCampaign,
  InspectionOuting,
  OutingMember,
  IssuingAuthority,
  LetterCounter,
  Inspection,
  InspectionInspector,
  InspectionResult,
  InspectionPhoto,
  OpinionLetter,
  LetterRevision,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const INSPECTIONS_MIGRATIONS: Function[] = [FoodSafetyInspections1767744000002];
export const INSPECTIONS_CONTROLLERS: Type<unknown>[] = [
  CampaignsController,
  OutingsController,
  AuthoritiesController,
  InspectionsController,
  LettersController,
];
export const INSPECTIONS_PROVIDERS: Type<unknown>[] = [
  TemplateLookup,
  CampaignsService,
  OutingsService,
  AuthoritiesService,
  LettersService,
  InspectionsService,
];
