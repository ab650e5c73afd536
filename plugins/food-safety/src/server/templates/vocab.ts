/**
 * The words of checklist templates: what a template is for, and the known defects an item may name
 * (DOMAIN §8) so inspections and reports can count them across templates.
 */
import type { LocalizedText } from '@schoolbridge/shared';
import type { Severity } from '../../shared/rules/index.js';

/** 监督检查 (scored, graded) / 日管控 / 周排查 / 月调度 (the school's own routine records). */
export const TEMPLATE_PURPOSES = ['inspection', 'dailyCheck', 'weeklyReview', 'monthlyDispatch'] as const;
export type TemplatePurpose = (typeof TEMPLATE_PURPOSES)[number];

export const TEMPLATE_PURPOSE_NAMES: Readonly<Record<TemplatePurpose, LocalizedText>> = Object.freeze({
  inspection: { 'zh-CN': '监督检查', en: 'Inspection' },
  dailyCheck: { 'zh-CN': '日管控', en: 'Daily check' },
  weeklyReview: { 'zh-CN': '周排查', en: 'Weekly review' },
  monthlyDispatch: { 'zh-CN': '月调度', en: 'Monthly dispatch' },
});

export const SEVERITY_NAMES: Readonly<Record<Severity, LocalizedText>> = Object.freeze({
  critical: { 'zh-CN': '关键项', en: 'Critical' },
  major: { 'zh-CN': '重点项', en: 'Major' },
  minor: { 'zh-CN': '一般项', en: 'Minor' },
});

/** The known defects of the seeds' campaign report (DOMAIN §8), offered as codes on the items they belong to. */
export const DEFECT_CODES = [
  'rawCookedMixed',
  'noSampleFridge',
  'samplesMissingOrShort',
  'irregularPurchaseLedger',
  'expiredFood',
  'crudeFacilities',
  'missingHealthCertificate',
] as const;
export type DefectCode = (typeof DEFECT_CODES)[number];

export const DEFECT_NAMES: Readonly<Record<DefectCode, LocalizedText>> = Object.freeze({
  rawCookedMixed: { 'zh-CN': '生熟混放、混用', en: 'Raw and cooked food mixed' },
  noSampleFridge: { 'zh-CN': '未设专用留样冰箱', en: 'No sample fridge' },
  samplesMissingOrShort: { 'zh-CN': '未按要求留样（数量不够、未生熟留样）', en: 'Samples missing or short' },
  irregularPurchaseLedger: { 'zh-CN': '索证索票台账不规范', en: 'Irregular purchase ledger' },
  expiredFood: { 'zh-CN': '使用过期食品', en: 'Expired food' },
  crudeFacilities: { 'zh-CN': '设施简陋（缺少三防、消毒、保洁、冷藏设施）', en: 'Crude facilities' },
  missingHealthCertificate: { 'zh-CN': '从业人员无有效健康证', en: 'Missing health certificate' },
});

/** A template's own code: lower-case letters, digits and hyphens, e.g. `school-canteen`. */
export const TEMPLATE_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;
/** Area and item codes: the template's code, then `-A<n>` for an area or `-<n>` for an item; never reused. */
export const CONTENT_CODE_MAX = 60;
