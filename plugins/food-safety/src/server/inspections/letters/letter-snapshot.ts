import type { Grade, ItemResult, Severity } from '../../../shared/rules/index.js';
import type { DeadlineKind, InspectionKind } from '../vocab.js';

/**
 * What an opinion letter's revision shows, frozen when it is issued: the PDF of any revision is
 * rendered from it, so a later rename of the canteen or the authority never changes a letter.
 */
export interface LetterSnapshot {
  number: string;
  revision: number;
  issuedOn: string;
  /** The amendment's reason, for a reissue. */
  reason: string | null;
  authority: { id: string; name: string };
  canteen: { id: string; name: string; kind: 'canteen' | 'supplier'; schoolName: string | null; address: string | null; operatorName: string | null };
  inspection: {
    id: string;
    kind: InspectionKind;
    inspectedOn: string;
    score: number | null;
    grade: Grade | null;
    capped: boolean;
    /** The number of the letter of the inspection a re-inspection follows. */
    followsLetterNumber: string | null;
  };
  inspectors: { name: string; agency: string | null }[];
  /** Every failed item, in checklist order. */
  findings: {
    itemCode: string;
    areaName: string;
    requirement: string;
    severity: Severity;
    result: ItemResult;
    note: string | null;
    correctedOnSite: boolean;
    repeat: boolean;
    onNotice: boolean;
    leaveOffReason: string | null;
  }[];
  counts: { compliant: number; nonCompliant: number; notApplicable: number; notObserved: number; correctedOnSite: number };
  deadline: { kind: DeadlineKind; on: string | null } | null;
  rectificationOwner: string | null;
  notes: string | null;
}
