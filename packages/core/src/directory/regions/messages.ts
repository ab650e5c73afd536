import { registerProblemMessages } from '../../platform/errors/messages.js';
import '../common/messages.js';

/** Field errors of region management (the shared directory codes are in common/messages.ts). */
registerProblemMessages({
  'directory.region.codeFormat': { 'zh-CN': '区划代码应为 2–12 位数字', en: 'A division code has 2–12 digits' },
  'directory.region.otherCodeFormat': { 'zh-CN': '代码应为 1–12 位字母或数字', en: 'The code has 1–12 letters or digits' },
  'directory.region.codePrefix': { 'zh-CN': '区划代码应以上级地区的代码“{parentCode}”开头，且比它长', en: 'The code must start with the parent’s code "{parentCode}" and be longer' },
  'directory.region.kindOrder': { 'zh-CN': '地区级别应低于上级地区', en: 'The level must lie below the parent’s level' },
  'directory.region.kindAboveChildren': { 'zh-CN': '地区级别应高于其下级地区', en: 'The level must lie above its child regions’ levels' },
  'directory.region.topLevel': { 'zh-CN': '只有系统管理员可以添加顶级地区，请选择上级地区', en: 'Only an administrator adds top-level regions; choose a parent' },
});
