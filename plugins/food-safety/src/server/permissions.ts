import type { PermissionDefinition } from '@schoolbridge/core';

export const FS_READ = 'food-safety.read';
export const FS_MANAGE = 'food-safety.manage';
export const FS_HANDLERS_MANAGE = 'food-safety.handlers.manage';
export const FS_INSPECT = 'food-safety.inspect';
export const FS_PENALTY_RECORD = 'food-safety.penalty.record';
export const FS_RECTIFY = 'food-safety.rectify';
export const FS_ROUTINE = 'food-safety.routine';

/**
 * Food safety's permissions. Scope decides the rows: an inspector's or officer's region (prefix of
 * the canteen's school path, or of any school a meal supplier serves), a school coordinator's or
 * principal's school (their own canteen and the suppliers serving it).
 */
export const FOOD_SAFETY_PERMISSIONS: PermissionDefinition[] = [
  {
    code: FS_READ,
    description: { 'zh-CN': '查看食堂、检查、意见书和整改', en: 'View canteens, inspections, letters and rectification' },
    grantedTo: ['bureau_officer', 'inspector', 'school_coordinator', 'principal'],
  },
  {
    code: FS_MANAGE,
    description: { 'zh-CN': '维护食堂、供餐单位、检查表、专项检查和签发机关', en: 'Manage canteens, suppliers, checklists, campaigns and authorities' },
    grantedTo: ['bureau_officer', 'inspector'],
  },
  {
    code: FS_HANDLERS_MANAGE,
    description: { 'zh-CN': '维护从业人员和健康证、安排上岗', en: 'Manage food handlers, certificates and duty' },
    grantedTo: ['bureau_officer', 'inspector', 'school_coordinator', 'principal'],
  },
  {
    code: FS_INSPECT,
    description: { 'zh-CN': '安排出动、开展检查、签发意见书、审核整改', en: 'Plan outings, inspect, issue letters, review rectification' },
    grantedTo: ['bureau_officer', 'inspector'],
  },
  { code: FS_PENALTY_RECORD, description: { 'zh-CN': '登记处罚决定', en: 'Record penalty decisions' }, grantedTo: ['bureau_officer', 'inspector'] },
  { code: FS_RECTIFY, description: { 'zh-CN': '提交整改材料', en: 'Submit rectification evidence' }, grantedTo: ['school_coordinator', 'principal'] },
  {
    code: FS_ROUTINE,
    description: { 'zh-CN': '填写留样、日管控、周排查、月调度记录', en: 'Keep sample, daily, weekly and monthly records' },
    grantedTo: ['school_coordinator', 'principal'],
  },
];
