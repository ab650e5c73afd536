import type { Type } from '@nestjs/common';
import './messages.js';
import { FoodSafetyNoticeEvidence, FoodSafetyNoticeEvidenceFile } from './entities/notice-evidence.entity.js';
import { FoodSafetyNoticeItem } from './entities/notice-item.entity.js';
import { FoodSafetyNotice } from './entities/notice.entity.js';
import { FoodSafetyPenalty } from './entities/penalty.entity.js';
import { FoodSafetyRectification1767744000003 } from './migrations/1767744000003-food-safety-rectification.js';
import { NoticeOpeningService } from './notice-opening.js';
import { NoticeRecipients } from './notice-recipients.js';
import { NoticesController } from './notices.controller.js';
import { NoticesService } from './notices.service.js';
import { PenaltiesController } from './penalties.controller.js';
import { PenaltiesService } from './penalties.service.js';

export {
  NoticeOpeningService,
  noticesOfInspections,
  type OpenNoticeInput,
  type OpenedNotice,
  type ReinspectionInput,
  type ReinspectionApplied,
} from './notice-opening.js';
export { NoticeDeadlineReminders, NoticeEvidenceReminders } from './reminders.js';
export { FoodSafetyNotice, FoodSafetyNoticeItem, FoodSafetyNoticeEvidence, FoodSafetyNoticeEvidenceFile, FoodSafetyPenalty };

/** This part's contribution to FoodSafetyModule and the plugin definition. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RECTIFICATION_ENTITIES: Function[] = [
  FoodSafetyNotice,
  FoodSafetyNoticeItem,
  FoodSafetyNoticeEvidence,
  FoodSafetyNoticeEvidenceFile,
  FoodSafetyPenalty,
];
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RECTIFICATION_MIGRATIONS: Function[] = [FoodSafetyRectification1767744000003];
export const RECTIFICATION_CONTROLLERS: Type<unknown>[] = [NoticesController, PenaltiesController];
export const RECTIFICATION_PROVIDERS: Type<unknown>[] = [NoticeRecipients, NoticeOpeningService, NoticesService, PenaltiesService];
