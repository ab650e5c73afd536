/**
 * Checklist templates, versioned (DOMAIN §8, issue 6 item 3). Other parts use this provider:
 *
 *   versionWithItems(versionId: string, manager?: EntityManager): Promise<TemplateVersionDto>
 *     One version with its areas and items (404 `food-safety.templateVersion` when missing).
 *   currentVersion(templateIdOrCode: string, manager?: EntityManager): Promise<TemplateVersionDto>
 *     The current version of a template named by id or code (e.g. 'quantified-grading', 'daily-check');
 *     `templateArchived` says whether new records should still use it.
 *   markUsed(versionId: string, manager: EntityManager): Promise<void>
 *     Call it inside your transaction whenever you store a record that uses a version (an inspection,
 *     at the latest when it is submitted — at creation is safer, so a draft's items never change under
 *     it — or a routine record), BEFORE reading the version's items in that transaction. From then on
 *     the version never changes: editing the template makes the next version. Idempotent. On
 *     PostgreSQL it waits for an edit in flight, so the items you read afterwards are final.
 *
 * Items are referred to by `code` (stable across versions); item ids change when an unused version
 * is edited in place.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, User, problems, updateVersioned, type Actor, type PageRequest } from '@schoolbridge/core';
import { ChecklistTemplate, TemplateArea, TemplateItem, TemplateVersion } from './entities/template.entity.js';
import type {
  CreateTemplateDto,
  ListTemplatesQueryDto,
  TemplateDetailDto,
  TemplatePageDto,
  TemplateSummaryDto,
  TemplateVersionDto,
  TemplateVersionSummaryDto,
  UpdateTemplateDto,
} from './dto/template.dto.js';
import { buildContent, checkContent, sameContent, type Content } from './rules/content.js';
import { TEMPLATE_PURPOSES } from './vocab.js';
import './messages.js';

const ENTITY = 'food-safety.template';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (s: string) => UUID.test(s);

type Filters = Omit<ListTemplatesQueryDto, 'page' | 'pageSize'>;

@Injectable()
export class TemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ---- for other parts -------------------------------------------------------------------------

  async versionWithItems(versionId: string, manager: EntityManager = this.dataSource.manager): Promise<TemplateVersionDto> {
    const version = isUuid(versionId) ? await manager.findOneBy(TemplateVersion, { id: versionId }) : null;
    if (!version) throw problems.notFound('food-safety.templateVersion');
    const template = await manager.findOneByOrFail(ChecklistTemplate, { id: version.templateId });
    return this.versionDto(manager, template, version);
  }

  async currentVersion(templateIdOrCode: string, manager: EntityManager = this.dataSource.manager): Promise<TemplateVersionDto> {
    const template = await manager.findOneBy(ChecklistTemplate, isUuid(templateIdOrCode) ? { id: templateIdOrCode } : { code: templateIdOrCode });
    if (!template?.currentVersionId) throw problems.notFound('food-safety.template');
    const version = await manager.findOneByOrFail(TemplateVersion, { id: template.currentVersionId });
    return this.versionDto(manager, template, version);
  }

  async markUsed(versionId: string, manager: EntityManager): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(TemplateVersion)
      .set({ usedAt: this.clock.now() })
      .where('id = :id AND used_at IS NULL', { id: versionId })
      .execute();
    if (!result.affected && !(await manager.existsBy(TemplateVersion, { id: versionId }))) throw problems.notFound('food-safety.templateVersion');
  }

  // ---- the API -------------------------------------------------------------------------------

  async list(f: Filters, page: PageRequest): Promise<TemplatePageDto> {
    const qb = this.dataSource.getRepository(ChecklistTemplate).createQueryBuilder('t');
    if (f.purpose) qb.andWhere('t.purpose = :purpose', { purpose: f.purpose });
    const archived = f.archived ?? 'false';
    if (archived === 'false') qb.andWhere('t.archivedAt IS NULL');
    else if (archived === 'true') qb.andWhere('t.archivedAt IS NOT NULL');
    const q = f.q?.trim();
    if (q) qb.andWhere("(t.name LIKE :q ESCAPE '\\' OR t.code LIKE :q ESCAPE '\\')", { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    // inspection sheets first, then the routine ones in their order; shipped before a county's own
    const purposeOrder = `CASE t.purpose ${TEMPLATE_PURPOSES.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} ELSE 9 END`;
    qb.orderBy(purposeOrder, 'ASC').addOrderBy('t.shipped', 'DESC').addOrderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.summaries(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<TemplateDetailDto> {
    const template = await this.load(manager, id);
    const [summary] = await this.summaries(manager, [template]);
    const version = await manager.findOneByOrFail(TemplateVersion, { id: template.currentVersionId! });
    return { ...summary!, currentVersion: await this.versionDto(manager, template, version) };
  }

  async versions(id: string): Promise<TemplateVersionSummaryDto[]> {
    const m = this.dataSource.manager;
    const template = await this.load(m, id);
    const versions = await m.find(TemplateVersion, { where: { templateId: id }, order: { number: 'DESC' } });
    const ids = versions.map((v) => v.id);
    const count = async (entity: typeof TemplateArea | typeof TemplateItem) =>
      new Map(
        (
          await m
            .createQueryBuilder(entity, 'x')
            .select('x.versionId', 'versionId')
            .addSelect('COUNT(*)', 'n')
            .where({ versionId: In(ids) })
            .groupBy('x.versionId')
            .getRawMany<{ versionId: string; n: string | number }>()
        ).map((r) => [r.versionId, Number(r.n)]),
      );
    const areas = await count(TemplateArea);
    const items = await count(TemplateItem);
    const names = await this.userNames(
      m,
      versions.map((v) => v.createdBy),
    );
    return versions.map((v) => ({
      id: v.id,
      number: v.number,
      note: v.note,
      current: v.id === template.currentVersionId,
      usedAt: v.usedAt ? v.usedAt.toISOString() : null,
      createdAt: v.createdAt.toISOString(),
      createdByName: v.createdBy ? (names.get(v.createdBy) ?? null) : null,
      areaCount: areas.get(v.id) ?? 0,
      itemCount: items.get(v.id) ?? 0,
    }));
  }

  async version(templateId: string, versionId: string): Promise<TemplateVersionDto> {
    const m = this.dataSource.manager;
    const template = await this.load(m, templateId);
    const version = isUuid(versionId) ? await m.findOneBy(TemplateVersion, { id: versionId, templateId }) : null;
    if (!version) throw problems.notFound('food-safety.templateVersion');
    return this.versionDto(m, template, version);
  }

  async create(actor: Actor, dto: CreateTemplateDto): Promise<TemplateDetailDto> {
    const errors = checkContent(dto, null);
    if (errors.length) throw problems.validation(errors);
    const id = newId();
    const code = dto.code ?? `t-${id.replace(/-/g, '').slice(-8)}`;
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(ChecklistTemplate, { code })) throw problems.duplicate('code', code);
      const now = this.clock.now();
      const { content, codeSeq } = buildContent(dto, code, 0);
      const template = m.create(ChecklistTemplate, {
        id,
        code,
        name: dto.name.trim(),
        purpose: dto.purpose,
        description: dto.description?.trim() || null,
        shipped: false,
        currentVersionId: null,
        codeSeq,
        archivedAt: null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(ChecklistTemplate, template);
      const version = await this.insertVersion(m, template.id, 1, dto.note?.trim() || null, actor, content);
      await m.update(ChecklistTemplate, { id }, { currentVersionId: version.id });
      await this.audit.record(
        {
          action: `${ENTITY}.created`,
          entityType: ENTITY,
          entityId: id,
          after: { ...template, currentVersionId: version.id, versionNumber: 1, content },
          scopePath: null,
        },
        m,
      );
      return this.get(id, m);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateTemplateDto): Promise<TemplateDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.load(m, id);
      if (before.archivedAt) throw problems.conflict('foodSafety.template.archived');
      const changes: Partial<ChecklistTemplate> = { updatedAt: this.clock.now() };
      if (dto.name !== undefined) changes.name = dto.name.trim();
      if (dto.description !== undefined) changes.description = dto.description?.trim() || null;
      // the conditional update first: a stale edit stops here, and the template row stays locked until commit
      const after = await updateVersioned(m, ChecklistTemplate, id, dto.version, changes, 'food-safety.template');
      const currentVersion = await m.findOneByOrFail(TemplateVersion, { id: before.currentVersionId! });
      const current = await this.content(m, currentVersion.id);
      let outcome: 'unchanged' | 'inPlace' | 'newVersion' = 'unchanged';
      let written: { version: TemplateVersion; content: Content } = { version: currentVersion, content: current };
      if (dto.areas !== undefined) {
        const errors = checkContent({ areas: dto.areas }, current);
        if (errors.length) throw problems.validation(errors);
        const { content, codeSeq } = buildContent({ areas: dto.areas }, before.code, before.codeSeq);
        if (!sameContent(content, current)) {
          const note = dto.note !== undefined ? dto.note?.trim() || null : undefined;
          if (await this.claimUnused(m, currentVersion.id)) {
            await this.replaceContent(m, currentVersion.id, content);
            if (note !== undefined) await m.update(TemplateVersion, { id: currentVersion.id }, { note });
            outcome = 'inPlace';
            written = { version: currentVersion, content };
          } else {
            const version = await this.insertVersion(m, id, await this.nextNumber(m, id), note ?? null, actor, content);
            await m.update(ChecklistTemplate, { id }, { currentVersionId: version.id });
            outcome = 'newVersion';
            written = { version, content };
          }
          await m.update(ChecklistTemplate, { id }, { codeSeq });
        }
      }
      if (dto.areas === undefined && dto.note !== undefined && !currentVersion.usedAt) {
        // a note alone may still be corrected on a version nobody has used
        await m.update(TemplateVersion, { id: currentVersion.id }, { note: dto.note?.trim() || null });
      }
      await this.audit.record(
        {
          action: outcome === 'newVersion' ? `${ENTITY}.versioned` : `${ENTITY}.updated`,
          entityType: ENTITY,
          entityId: id,
          before: { ...before, versionNumber: currentVersion.number, content: current },
          after: { ...after, currentVersionId: written.version.id, versionNumber: written.version.number, content: written.content, outcome },
          scopePath: null,
        },
        m,
      );
      return this.get(id, m);
    });
  }

  async setArchived(id: string, archived: boolean): Promise<TemplateDetailDto> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.load(m, id);
      if (archived === (row.archivedAt !== null)) throw problems.conflict(archived ? 'foodSafety.template.alreadyArchived' : 'foodSafety.template.notArchived');
      const now = this.clock.now();
      await m.update(ChecklistTemplate, { id }, { archivedAt: archived ? now : null, updatedAt: now, version: () => 'version + 1' } as never);
      await this.audit.record({ action: `${ENTITY}.${archived ? 'archived' : 'restored'}`, entityType: ENTITY, entityId: id, scopePath: null }, m);
      return this.get(id, m);
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async load(m: EntityManager, id: string): Promise<ChecklistTemplate> {
    const row = isUuid(id) ? await m.findOneBy(ChecklistTemplate, { id }) : null;
    if (!row) throw problems.notFound('food-safety.template');
    return row;
  }

  /**
   * Takes the current version for an in-place edit if no record has used it: a conditional write on
   * the version row, which on PostgreSQL also holds markUsed of a concurrent submit until we commit.
   */
  private async claimUnused(m: EntityManager, versionId: string): Promise<boolean> {
    const result = await m
      .createQueryBuilder()
      .update(TemplateVersion)
      .set({ usedAt: () => 'used_at' } as never)
      .where('id = :id AND used_at IS NULL', { id: versionId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async nextNumber(m: EntityManager, templateId: string): Promise<number> {
    const row = await m
      .createQueryBuilder(TemplateVersion, 'v')
      .select('MAX(v.number)', 'max')
      .where('v.templateId = :templateId', { templateId })
      .getRawOne<{ max: number | string | null }>();
    return Number(row?.max ?? 0) + 1;
  }

  private async insertVersion(
    m: EntityManager,
    templateId: string,
    number: number,
    note: string | null,
    actor: Actor,
    content: Content,
  ): Promise<TemplateVersion> {
    const version = m.create(TemplateVersion, { id: newId(), templateId, number, note, usedAt: null, createdBy: actor.userId, createdAt: this.clock.now() });
    await m.insert(TemplateVersion, version);
    await this.writeContent(m, version.id, content);
    return version;
  }

  private async replaceContent(m: EntityManager, versionId: string, content: Content): Promise<void> {
    await m.delete(TemplateItem, { versionId });
    await m.delete(TemplateArea, { versionId });
    await this.writeContent(m, versionId, content);
  }

  private async writeContent(m: EntityManager, versionId: string, content: Content): Promise<void> {
    await m.insert(
      TemplateArea,
      content.areas.map((a) => ({ versionId, ...a })),
    );
    // a few hundred rows at most; chunks keep each statement well inside SQLite's parameter limit
    for (let i = 0; i < content.items.length; i += 100)
      await m.insert(
        TemplateItem,
        content.items.slice(i, i + 100).map((it) => ({ id: newId(), versionId, ...it })),
      );
  }

  private async content(m: EntityManager, versionId: string): Promise<Content> {
    const areas = await m.find(TemplateArea, { where: { versionId }, order: { position: 'ASC' } });
    const items = await m.find(TemplateItem, { where: { versionId }, order: { position: 'ASC' } });
    return {
      areas: areas.map((a) => ({ code: a.code, name: a.name, position: a.position })),
      items: items.map((i) => ({
        code: i.code,
        areaCode: i.areaCode,
        text: i.text,
        severity: i.severity,
        weight: i.weight,
        position: i.position,
        defectCode: i.defectCode,
      })),
    };
  }

  private async versionDto(m: EntityManager, template: ChecklistTemplate, version: TemplateVersion): Promise<TemplateVersionDto> {
    const areas = await m.find(TemplateArea, { where: { versionId: version.id }, order: { position: 'ASC' } });
    const items = await m.find(TemplateItem, { where: { versionId: version.id }, order: { position: 'ASC', code: 'ASC' } });
    const names = await this.userNames(m, [version.createdBy]);
    return {
      id: version.id,
      templateId: template.id,
      templateCode: template.code,
      templateName: template.name,
      purpose: template.purpose,
      number: version.number,
      note: version.note,
      current: template.currentVersionId === version.id,
      templateArchived: template.archivedAt !== null,
      usedAt: version.usedAt ? version.usedAt.toISOString() : null,
      createdAt: version.createdAt.toISOString(),
      createdByName: version.createdBy ? (names.get(version.createdBy) ?? null) : null,
      itemCount: items.length,
      totalWeight: items.reduce((n, i) => n + i.weight, 0),
      areas: areas.map((a) => ({
        code: a.code,
        name: a.name,
        position: a.position,
        items: items
          .filter((i) => i.areaCode === a.code)
          .map((i) => ({
            id: i.id,
            code: i.code,
            areaCode: i.areaCode,
            text: i.text,
            severity: i.severity,
            weight: i.weight,
            position: i.position,
            defectCode: i.defectCode,
          })),
      })),
    };
  }

  private async summaries(m: EntityManager, rows: ChecklistTemplate[]): Promise<TemplateSummaryDto[]> {
    const versionIds = rows.map((r) => r.currentVersionId).filter((v): v is string => !!v);
    const versions = new Map((versionIds.length ? await m.find(TemplateVersion, { where: { id: In(versionIds) } }) : []).map((v) => [v.id, v]));
    const counts = async (entity: typeof TemplateArea | typeof TemplateItem) =>
      new Map(
        versionIds.length
          ? (
              await m
                .createQueryBuilder(entity, 'x')
                .select('x.versionId', 'versionId')
                .addSelect('COUNT(*)', 'n')
                .where({ versionId: In(versionIds) })
                .groupBy('x.versionId')
                .getRawMany<{ versionId: string; n: string | number }>()
            ).map((r) => [r.versionId, Number(r.n)])
          : [],
      );
    const areas = await counts(TemplateArea);
    const items = await counts(TemplateItem);
    return rows.map((t) => {
      const v = t.currentVersionId ? versions.get(t.currentVersionId) : undefined;
      return {
        id: t.id,
        code: t.code,
        name: t.name,
        purpose: t.purpose,
        description: t.description,
        shipped: t.shipped,
        currentVersionId: t.currentVersionId,
        currentVersionNumber: v?.number ?? 0,
        currentVersionUsed: !!v?.usedAt,
        areaCount: v ? (areas.get(v.id) ?? 0) : 0,
        itemCount: v ? (items.get(v.id) ?? 0) : 0,
        archivedAt: t.archivedAt ? t.archivedAt.toISOString() : null,
        createdAt: t.createdAt.toISOString(),
        updatedAt: t.updatedAt.toISOString(),
        version: t.version,
      };
    });
  }

  private async userNames(m: EntityManager, ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (wanted.length === 0) return new Map();
    const users = await m.find(User, { where: { id: In(wanted) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}
