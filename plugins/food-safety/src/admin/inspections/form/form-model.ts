/**
 * The phone inspection form's data, as kept in the device draft and sent to the API, and what the
 * form derives from it: progress (已检 12/40), the live score and grade (the shared scoring rules,
 * so the preview is what the server will compute), the failed items for the confirmation, and the
 * checks made before submitting.
 */
import {
  noticeCandidates,
  scoreInspection,
  LEAVE_OFF_REASON_MAX,
  type InspectionItemResult,
  type InspectionScore,
  type ItemResult,
  type Severity,
} from '../../../shared/rules';

/** A checklist item of the inspection, copied from its template version. */
export interface FormItem {
  itemCode: string;
  areaCode: string;
  areaName: string;
  text: string;
  severity: Severity;
  weight: number;
  position: number;
  /** Also failed in the canteen's previous submitted inspection (the server says so). */
  repeat?: boolean;
}

export interface PhotoRef {
  id: string;
  name: string;
}

export interface ItemAnswer {
  result: ItemResult | null;
  correctedOnSite: boolean;
  note: string;
  photos: PhotoRef[];
  /** 不列入整改通知 (minor items only), with its reason. */
  leaveOff: boolean;
  leaveOffReason: string;
}

export interface InspectorEntry {
  /** null: someone without an account (typed name and agency). */
  userId: string | null;
  name: string;
  agency: string;
}

export type DeadlineKind = 'date' | 'immediateOngoing';

export interface InspectionFormData {
  inspectors: InspectorEntry[];
  answers: Record<string, ItemAnswer>;
  notes: string;
  authorityId: string | null;
  deadlineKind: DeadlineKind;
  deadlineOn: string | null;
  rectificationOwner: string;
}

export const EMPTY_ANSWER: Readonly<ItemAnswer> = Object.freeze({
  result: null,
  correctedOnSite: false,
  note: '',
  photos: [],
  leaveOff: false,
  leaveOffReason: '',
});

/** At least two officers take part in an inspection (the server checks it too). */
export const MIN_INSPECTORS = 2;

export function answerOf(data: InspectionFormData, itemCode: string): ItemAnswer {
  return data.answers[itemCode] ?? EMPTY_ANSWER;
}

/** Sets an item's answer; changing away from 不符合 clears what only a failed item has. */
export function withAnswer(data: InspectionFormData, itemCode: string, patch: Partial<ItemAnswer>): InspectionFormData {
  const next: ItemAnswer = { ...answerOf(data, itemCode), ...patch };
  if (next.result !== 'nonCompliant') {
    next.correctedOnSite = false;
    next.leaveOff = false;
    next.leaveOffReason = '';
  }
  if (next.correctedOnSite) {
    next.leaveOff = false;
    next.leaveOffReason = '';
  }
  return { ...data, answers: { ...data.answers, [itemCode]: next } };
}

export interface AreaGroup {
  areaCode: string;
  areaName: string;
  items: FormItem[];
}

/** Items grouped by area, areas in the order they first appear, items by position. */
export function groupByArea(items: readonly FormItem[]): AreaGroup[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const groups = new Map<string, AreaGroup>();
  for (const item of sorted) {
    const g = groups.get(item.areaCode) ?? { areaCode: item.areaCode, areaName: item.areaName, items: [] };
    g.items.push(item);
    groups.set(item.areaCode, g);
  }
  return [...groups.values()];
}

export interface Progress {
  answered: number;
  total: number;
}

export function progressOf(items: readonly FormItem[], data: InspectionFormData): Progress {
  return { answered: items.filter((i) => answerOf(data, i.itemCode).result !== null).length, total: items.length };
}

/** The answered items as the scoring rules read them. */
export function scoringInput(items: readonly FormItem[], data: InspectionFormData): InspectionItemResult[] {
  const out: InspectionItemResult[] = [];
  for (const item of items) {
    const a = answerOf(data, item.itemCode);
    if (a.result === null) continue;
    out.push({
      itemCode: item.itemCode,
      areaCode: item.areaCode,
      result: a.result,
      severity: item.severity,
      weight: item.weight,
      correctedOnSite: a.result === 'nonCompliant' && a.correctedOnSite,
    });
  }
  return out;
}

/** The score and grade the answers so far give (unanswered items are left out). */
export function liveScore(items: readonly FormItem[], data: InspectionFormData, settings?: Parameters<typeof scoreInspection>[1]): InspectionScore {
  return scoreInspection(scoringInput(items, data), settings);
}

export interface FailedItem {
  item: FormItem;
  answer: ItemAnswer;
  /** 'notice': goes onto the rectification notice; 'corrected': corrected on site; 'leftOff': a minor item left off with a reason. */
  disposition: 'notice' | 'corrected' | 'leftOff';
}

/** The failed items in checklist order, each with where it goes. */
export function failedItems(items: readonly FormItem[], data: InspectionFormData): FailedItem[] {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const failed = sorted.filter((i) => answerOf(data, i.itemCode).result === 'nonCompliant');
  const { onNotice } = noticeCandidates(
    failed.map((item) => ({ ...scoringInput([item], data)[0]!, item })),
    failed.filter((i) => answerOf(data, i.itemCode).leaveOff).map((i) => ({ itemCode: i.itemCode, reason: answerOf(data, i.itemCode).leaveOffReason })),
  );
  const notice = new Set(onNotice.map((r) => r.itemCode));
  return failed.map((item) => {
    const answer = answerOf(data, item.itemCode);
    return { item, answer, disposition: answer.correctedOnSite ? 'corrected' : notice.has(item.itemCode) ? 'notice' : 'leftOff' };
  });
}

/** What stops a submit, as i18n keys with the item codes they concern. */
export interface SubmitProblem {
  key: 'unanswered' | 'tooFewInspectors' | 'inspectorName' | 'noAuthority' | 'leaveOffReason' | 'leaveOffReasonTooLong' | 'amendReason' | 'deadlineRequired';
  itemCodes?: string[];
}

/** Checks made on the device before submitting (the server checks again and answers field errors). */
export function submitProblems(items: readonly FormItem[], data: InspectionFormData): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  const unanswered = items.filter((i) => answerOf(data, i.itemCode).result === null).map((i) => i.itemCode);
  if (unanswered.length) problems.push({ key: 'unanswered', itemCodes: unanswered });
  const named = data.inspectors.filter((p) => p.name.trim() !== '');
  if (named.length < MIN_INSPECTORS) problems.push({ key: 'tooFewInspectors' });
  if (data.inspectors.some((p) => p.userId === null && p.name.trim() === '')) problems.push({ key: 'inspectorName' });
  if (!data.authorityId) problems.push({ key: 'noAuthority' });
  const failed = failedItems(items, data);
  const noReason = failed.filter((f) => f.answer.leaveOff && f.answer.leaveOffReason.trim() === '').map((f) => f.item.itemCode);
  if (noReason.length) problems.push({ key: 'leaveOffReason', itemCodes: noReason });
  const longReason = failed.filter((f) => f.answer.leaveOffReason.trim().length > LEAVE_OFF_REASON_MAX).map((f) => f.item.itemCode);
  if (longReason.length) problems.push({ key: 'leaveOffReasonTooLong', itemCodes: longReason });
  if (failed.some((f) => f.disposition === 'notice') && data.deadlineKind === 'date' && !data.deadlineOn) problems.push({ key: 'deadlineRequired' });
  return problems;
}

/** A fresh form for an inspection: the server's answers and inspectors, nothing else. */
export function emptyFormData(): InspectionFormData {
  return { inspectors: [], answers: {}, notes: '', authorityId: null, deadlineKind: 'date', deadlineOn: null, rectificationOwner: '' };
}
