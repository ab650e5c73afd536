/**
 * Pure rules of a template's content: what an edit may say, the codes new areas and items get, and
 * whether an edit changes anything. No database: the service loads the current version and writes
 * the result.
 */
import { ITEM_WEIGHT_MAX, ITEM_WEIGHT_MIN, SEVERITIES, type RuleFieldError, type Severity } from '../../../shared/rules/index.js';
import { DEFECT_CODES, type DefectCode } from '../vocab.js';

/** The content an editor sends: areas in order, each with its items in order. A code names an existing area or item of the current version; none makes a new one. */
export interface ContentInput {
  areas: {
    code?: string | null;
    name: string;
    items: { code?: string | null; text: string; severity: Severity; weight: number; defectCode?: DefectCode | null }[];
  }[];
}

export interface ContentArea {
  code: string;
  name: string;
  position: number;
}

export interface ContentItem {
  code: string;
  areaCode: string;
  text: string;
  severity: Severity;
  weight: number;
  position: number;
  defectCode: DefectCode | null;
}

export interface Content {
  areas: ContentArea[];
  items: ContentItem[];
}

/**
 * Field errors of an edit against the current version (null for a new template): at least one area,
 * every area with at least one item, area names unique, codes only those of the current version and
 * each once (a removed item's code cannot come back), weights whole numbers in range, known
 * severities and defect codes.
 */
export function checkContent(input: ContentInput, current: Content | null): RuleFieldError[] {
  const errors: RuleFieldError[] = [];
  if (!Array.isArray(input.areas) || input.areas.length === 0) return [{ field: 'areas', code: 'foodSafety.template.noAreas' }];
  const areaCodes = new Set(current?.areas.map((a) => a.code) ?? []);
  const itemCodes = new Set(current?.items.map((i) => i.code) ?? []);
  const seenAreaCodes = new Set<string>();
  const seenItemCodes = new Set<string>();
  const seenNames = new Map<string, number>();
  input.areas.forEach((area, ai) => {
    const at = `areas.${ai}`;
    const name = area.name.trim();
    if (!name) errors.push({ field: `${at}.name`, code: 'validation.required' });
    else if (seenNames.has(name)) errors.push({ field: `${at}.name`, code: 'foodSafety.template.duplicateAreaName', params: { name } });
    else seenNames.set(name, ai);
    if (area.code) {
      if (!areaCodes.has(area.code)) errors.push({ field: `${at}.code`, code: 'foodSafety.template.unknownArea', params: { code: area.code } });
      else if (seenAreaCodes.has(area.code)) errors.push({ field: `${at}.code`, code: 'foodSafety.template.duplicateCode', params: { code: area.code } });
      seenAreaCodes.add(area.code);
    }
    if (!Array.isArray(area.items) || area.items.length === 0) {
      errors.push({ field: `${at}.items`, code: 'foodSafety.template.areaEmpty', params: { name } });
      return;
    }
    area.items.forEach((item, ii) => {
      const it = `${at}.items.${ii}`;
      if (!item.text.trim()) errors.push({ field: `${it}.text`, code: 'validation.required' });
      if (item.code) {
        if (!itemCodes.has(item.code)) errors.push({ field: `${it}.code`, code: 'foodSafety.template.unknownItem', params: { code: item.code } });
        else if (seenItemCodes.has(item.code)) errors.push({ field: `${it}.code`, code: 'foodSafety.template.duplicateCode', params: { code: item.code } });
        seenItemCodes.add(item.code);
      }
      if (!(SEVERITIES as readonly string[]).includes(item.severity))
        errors.push({ field: `${it}.severity`, code: 'validation.isIn', params: { allowed: SEVERITIES } });
      if (!Number.isInteger(item.weight)) errors.push({ field: `${it}.weight`, code: 'validation.isInt' });
      else if (item.weight < ITEM_WEIGHT_MIN) errors.push({ field: `${it}.weight`, code: 'validation.min', params: { min: ITEM_WEIGHT_MIN } });
      else if (item.weight > ITEM_WEIGHT_MAX) errors.push({ field: `${it}.weight`, code: 'validation.max', params: { max: ITEM_WEIGHT_MAX } });
      if (item.defectCode != null && !(DEFECT_CODES as readonly string[]).includes(item.defectCode))
        errors.push({ field: `${it}.defectCode`, code: 'validation.isIn', params: { allowed: DEFECT_CODES } });
    });
  });
  return errors;
}

/**
 * The content an (already checked) edit describes, with codes for new areas (`<template>-A<n>`) and
 * items (`<template>-<n>`) taken from the template's counter, which only goes up.
 */
export function buildContent(input: ContentInput, templateCode: string, codeSeq: number): { content: Content; codeSeq: number } {
  let seq = codeSeq;
  const areas: ContentArea[] = [];
  const items: ContentItem[] = [];
  input.areas.forEach((area, ai) => {
    const areaCode = area.code || `${templateCode}-A${++seq}`;
    areas.push({ code: areaCode, name: area.name.trim(), position: ai + 1 });
    area.items.forEach((item, ii) => {
      items.push({
        code: item.code || `${templateCode}-${++seq}`,
        areaCode,
        text: item.text.trim(),
        severity: item.severity,
        weight: item.weight,
        position: ii + 1,
        defectCode: item.defectCode ?? null,
      });
    });
  });
  return { content: { areas, items }, codeSeq: seq };
}

/** Whether two contents say the same thing (same areas and items, in the same order). */
export function sameContent(a: Content, b: Content): boolean {
  const areaKey = (x: ContentArea) => [x.code, x.name, x.position].join('\u0001');
  const itemKey = (x: ContentItem) => [x.code, x.areaCode, x.text, x.severity, x.weight, x.position, x.defectCode ?? ''].join('\u0001');
  const sortedAreas = (c: Content) => [...c.areas].sort((x, y) => x.position - y.position).map(areaKey);
  const sortedItems = (c: Content) => [...c.items].sort((x, y) => x.areaCode.localeCompare(y.areaCode) || x.position - y.position).map(itemKey);
  return JSON.stringify(sortedAreas(a)) === JSON.stringify(sortedAreas(b)) && JSON.stringify(sortedItems(a)) === JSON.stringify(sortedItems(b));
}
