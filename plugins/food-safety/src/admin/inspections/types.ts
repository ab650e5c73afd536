/**
 * What the inspections pages show, as the pages read it. api.ts turns the API's answers (the
 * generated client's types) into these, so a page never depends on a DTO's spelling.
 */
import type { Grade, ItemResult } from '../../shared/rules';
import type { DeadlineKind, FormItem, InspectorEntry, PhotoRef } from './form/form-model';
import type { InspectionKind } from './components/vocab';

export interface InspectionResultView extends FormItem {
  result: ItemResult | null;
  correctedOnSite: boolean;
  note: string | null;
  photos: PhotoRef[];
  leaveOffReason: string | null;
  repeat: boolean;
}

export interface LetterRef {
  id: string;
  number: string;
  revision: number;
}

export interface NoticeRef {
  id: string;
  number: string;
  status: string;
}

export interface InspectionCounts {
  compliant: number;
  nonCompliant: number;
  notApplicable: number;
  notObserved: number;
  unanswered: number;
  failedCritical: number;
  correctedOnSite: number;
  repeats: number;
}

export interface InspectionView {
  id: string;
  kind: InspectionKind;
  status: 'draft' | 'submitted';
  canteenId: string;
  canteenName: string;
  schoolName: string | null;
  campaignId: string | null;
  campaignName: string | null;
  outingId: string | null;
  followsInspectionId: string | null;
  inspectedOn: string;
  authorityId: string | null;
  authorityName: string | null;
  inspectors: InspectorEntry[];
  results: InspectionResultView[];
  score: number | null;
  grade: Grade | null;
  uncappedGrade: Grade | null;
  capped: boolean;
  counts: InspectionCounts;
  deadlineKind: DeadlineKind | null;
  deadlineOn: string | null;
  rectificationOwner: string | null;
  notes: string | null;
  submittedAt: string | null;
  amendments: number;
  letter: LetterRef | null;
  notice: NoticeRef | null;
  templateName: string;
  templateVersionNumber: number;
  /** Whether the caller may edit, submit or amend it. */
  canEdit: boolean;
  version: number;
}
