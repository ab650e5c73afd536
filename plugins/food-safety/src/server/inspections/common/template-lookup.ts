import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Clock, problems } from '@schoolbridge/core';
import { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from '../../templates/entities/template.entity.js';

export interface VersionContent {
  version: TemplateVersion;
  template: ChecklistTemplate;
  areas: Map<string, TemplateArea>;
  /** In checklist order: by area position, then item position. */
  items: TemplateItem[];
}

/** What the inspections part reads of the templates part: inspection templates, their current version's content. */
@Injectable()
export class TemplateLookup {
  constructor(private readonly clock: Clock) {}

  /** An inspection template not archived; else a field error on `field`. */
  async requireInspectionTemplate(m: EntityManager, templateId: string, field: string): Promise<ChecklistTemplate> {
    const t = await m.findOneBy(ChecklistTemplate, { id: templateId });
    if (!t || t.purpose !== 'inspection' || t.archivedAt !== null) throw problems.field(field, 'foodSafety.inspection.templateNotUsable');
    if (!t.currentVersionId) throw problems.field(field, 'foodSafety.inspection.templateNotUsable');
    return t;
  }

  /**
   * The content of the template's current version, marked used first: a draft copies its items, so
   * from then on an edit of the template makes a new version instead of changing these items under
   * the draft (on PostgreSQL the mark waits for an edit in progress, so the items read are final).
   */
  async currentContent(m: EntityManager, templateId: string, field: string): Promise<VersionContent> {
    const template = await this.requireInspectionTemplate(m, templateId, field);
    await this.markUsed(m, template.currentVersionId!);
    const version = await m.findOneByOrFail(TemplateVersion, { id: template.currentVersionId! });
    const areas = await m.find(TemplateArea, { where: { versionId: version.id } });
    const areaMap = new Map(areas.map((a) => [a.code, a]));
    const items = await m.find(TemplateItem, { where: { versionId: version.id } });
    const areaPos = (code: string) => areaMap.get(code)?.position ?? Number.MAX_SAFE_INTEGER;
    items.sort((a, b) => areaPos(a.areaCode) - areaPos(b.areaCode) || a.position - b.position || a.code.localeCompare(b.code));
    if (items.length === 0) throw problems.field(field, 'foodSafety.inspection.templateEmpty');
    return { version, template, areas: areaMap, items };
  }

  /** Marks a version used by a submitted record (once): later edits of the template make a new version. */
  async markUsed(m: EntityManager, versionId: string): Promise<void> {
    await m.update(TemplateVersion, { id: versionId, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }

  async templateNames(m: EntityManager, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((x): x is string => !!x))];
    if (unique.length === 0) return new Map();
    return new Map((await m.find(ChecklistTemplate, { where: { id: In(unique) }, select: { id: true, name: true } })).map((t) => [t.id, t.name]));
  }

  /** The template and version number of versions, by version id. */
  async versionLabels(m: EntityManager, versionIds: string[]): Promise<Map<string, { templateId: string; templateName: string; number: number }>> {
    const unique = [...new Set(versionIds)];
    if (unique.length === 0) return new Map();
    const versions = await m.find(TemplateVersion, { where: { id: In(unique) } });
    const names = await this.templateNames(
      m,
      versions.map((v) => v.templateId),
    );
    return new Map(versions.map((v) => [v.id, { templateId: v.templateId, templateName: names.get(v.templateId) ?? '', number: v.number }]));
  }
}
