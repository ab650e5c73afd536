import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isId, newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { ScopeService, type ScopeSpec } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { Clock } from '../../platform/clock.js';
import { updateVersioned } from '../../platform/db/versioned.js';
import { problems } from '../../platform/errors/problem.js';
import type { PageRequest } from '../../platform/http/paging.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { QuestionTemplate, type Question } from '../entities/evaluation.entity.js';
import { TRAINING_EVALUATION_MANAGE } from '../permissions.js';
import { checkQuestions, type QuestionSpec } from '../rules/evaluation.js';
import { SHIPPED_TEMPLATES, shippedQuestions, shippedTemplate, type ShippedTemplate } from '../rules/question-templates.js';
import type { QuestionnaireKind } from '../rules/vocab.js';
import type {
  CreateQuestionTemplateDto,
  ListQuestionTemplatesQueryDto,
  QuestionTemplateDto,
  QuestionTemplatePageDto,
  UpdateQuestionTemplateDto,
} from './dto/evaluation.dto.js';
import './messages.js';

/** A stored template is the owner's: visible to whoever's scope holds the owning centre or bureau. */
const TEMPLATE_SCOPE: ScopeSpec = { paths: ['towner.path'] };

/** The questions and names a questionnaire is made from, whichever kind of template they come from. */
export interface ResolvedTemplate {
  id: string;
  kind: QuestionnaireKind;
  name: string;
  questions: QuestionSpec[];
}

/**
 * Question templates (题库模板): the ones shipped in code (rules/question-templates.ts), read-only,
 * and those a centre stores for itself, versioned and archived rather than deleted (questionnaires
 * copy their questions, so nothing refers to a template afterwards).
 */
@Injectable()
export class QuestionTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  private stored(m: EntityManager | DataSource, actor: Actor): SelectQueryBuilder<QuestionTemplate> {
    return m
      .getRepository(QuestionTemplate)
      .createQueryBuilder('t')
      .innerJoin(Organisation, 'towner', 'towner.id = t.owner_organisation_id')
      .addSelect('towner.name', 'owner_name')
      .andWhere(this.scope.where(actor, TRAINING_EVALUATION_MANAGE, TEMPLATE_SCOPE));
  }

  async list(actor: Actor, f: Omit<ListQuestionTemplatesQueryDto, 'page' | 'pageSize'>, page: PageRequest): Promise<QuestionTemplatePageDto> {
    const shipped = f.archived === 'true' ? [] : SHIPPED_TEMPLATES.filter((t) => !f.kind || t.kind === f.kind);
    const qb = this.stored(this.dataSource, actor);
    if (f.kind) qb.andWhere('t.kind = :kind', { kind: f.kind });
    if (f.archived === 'true') qb.andWhere('t.archived_at IS NOT NULL');
    else if (f.archived !== 'all') qb.andWhere('t.archived_at IS NULL');
    // shipped templates lead the list; the page window runs on into the stored ones
    const shippedPart = shipped.slice(page.skip, page.skip + page.pageSize);
    const storedSkip = Math.max(0, page.skip - shipped.length);
    const storedTake = page.pageSize - shippedPart.length;
    const storedTotal = await qb.getCount();
    const rows =
      storedTake > 0
        ? await qb.orderBy('t.name', 'ASC').addOrderBy('t.id', 'ASC').offset(storedSkip).limit(storedTake).getRawAndEntities()
        : { raw: [], entities: [] };
    return {
      items: [
        ...shippedPart.map((t) => this.shippedDto(t, actor.locale)),
        ...rows.entities.map((t, i) => this.storedDto(t, (rows.raw[i] as { owner_name: string }).owner_name)),
      ],
      total: shipped.length + storedTotal,
      page: page.page,
      pageSize: page.pageSize,
    };
  }

  async get(actor: Actor, id: string): Promise<QuestionTemplateDto> {
    const shipped = shippedTemplate(id);
    if (shipped) return this.shippedDto(shipped, actor.locale);
    if (!isId(id)) throw problems.notFound('questionTemplate');
    const { row, ownerName } = await this.load(this.dataSource.manager, actor, id);
    return this.storedDto(row, ownerName);
  }

  /**
   * The questions to copy into a questionnaire of `kind` from a template id: a shipped one (in the
   * caller's language) or a stored, current one in the caller's scope. Field errors name `templateId`.
   */
  async resolve(m: EntityManager, actor: Actor, id: string, kind: QuestionnaireKind): Promise<ResolvedTemplate> {
    const shipped = shippedTemplate(id);
    let resolved: ResolvedTemplate;
    if (shipped) {
      resolved = { id: shipped.id, kind: shipped.kind, name: shipped.name[actor.locale], questions: shippedQuestions(shipped, actor.locale) };
    } else {
      const row = isId(id) ? await this.stored(m, actor).andWhere('t.id = :id', { id }).getOne() : null;
      if (!row) throw problems.field('templateId', 'training.template.notFound');
      if (row.archivedAt) throw problems.field('templateId', 'training.template.archived');
      resolved = { id: row.id, kind: row.kind, name: row.name, questions: row.questions };
    }
    if (resolved.kind !== kind) throw problems.field('templateId', 'training.template.kindMismatch', { templateKind: resolved.kind });
    return resolved;
  }

  async create(actor: Actor, dto: CreateQuestionTemplateDto): Promise<QuestionTemplateDto> {
    if (!dto.name.trim()) throw problems.field('name', 'validation.required');
    const checked = checkQuestions(dto.questions);
    if (checked.errors.length) throw problems.validation(checked.errors);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (m) => {
      const owner = await this.ownerFor(m, actor, dto.ownerOrganisationId);
      const row = m.create(QuestionTemplate, {
        id: newId(),
        ownerOrganisationId: owner.id,
        kind: dto.kind,
        name: dto.name.trim(),
        questions: checked.questions as Question[],
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await m.insert(QuestionTemplate, row);
      await this.audit.record(
        { action: 'training.questionTemplate.created', entityType: 'training.questionTemplate', entityId: row.id, after: row, scopePath: owner.path },
        m,
      );
      return row.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateQuestionTemplateDto): Promise<QuestionTemplateDto> {
    this.refuseShipped(id);
    const changes: Partial<QuestionTemplate> = { updatedAt: this.clock.now() };
    if (dto.name !== undefined) {
      if (!dto.name.trim()) throw problems.field('name', 'validation.required');
      changes.name = dto.name.trim();
    }
    if (dto.questions !== undefined) {
      const checked = checkQuestions(dto.questions);
      if (checked.errors.length) throw problems.validation(checked.errors);
      changes.questions = checked.questions as Question[];
    }
    await this.dataSource.transaction(async (m) => {
      const { row: before, ownerPath } = await this.load(m, actor, id);
      const after = await updateVersioned(m, QuestionTemplate, id, dto.version, changes, 'questionTemplate');
      await this.audit.record(
        { action: 'training.questionTemplate.updated', entityType: 'training.questionTemplate', entityId: id, before, after, scopePath: ownerPath },
        m,
      );
    });
    return this.get(actor, id);
  }

  async archive(actor: Actor, id: string, version: number): Promise<QuestionTemplateDto> {
    this.refuseShipped(id);
    await this.dataSource.transaction(async (m) => {
      const { row: before, ownerPath } = await this.load(m, actor, id);
      if (before.archivedAt) throw problems.conflict('training.template.alreadyArchived');
      const now = this.clock.now();
      const after = await updateVersioned(m, QuestionTemplate, id, version, { archivedAt: now, updatedAt: now }, 'questionTemplate');
      await this.audit.record(
        { action: 'training.questionTemplate.archived', entityType: 'training.questionTemplate', entityId: id, before, after, scopePath: ownerPath },
        m,
      );
    });
    return this.get(actor, id);
  }

  private refuseShipped(id: string): void {
    if (shippedTemplate(id)) throw problems.conflict('training.template.shipped');
    if (!isId(id)) throw problems.notFound('questionTemplate');
  }

  private async load(m: EntityManager, actor: Actor, id: string): Promise<{ row: QuestionTemplate; ownerName: string; ownerPath: string }> {
    const found = await this.stored(m, actor).addSelect('towner.path', 'owner_path').andWhere('t.id = :id', { id }).getRawAndEntities();
    const row = found.entities[0];
    if (!row) throw problems.notFound('questionTemplate');
    const raw = found.raw[0] as { owner_name: string; owner_path: string };
    return { row, ownerName: raw.owner_name, ownerPath: raw.owner_path };
  }

  /** The owning organisation: the one asked for, in scope; or the caller's only organisation holding the permission. */
  private async ownerFor(m: EntityManager, actor: Actor, ownerId: string | undefined): Promise<Organisation> {
    let id = ownerId;
    if (!id) {
      const orgs = [
        ...new Set(
          this.scope
            .grants(actor, TRAINING_EVALUATION_MANAGE)
            .filter((a) => a.scopeKind === 'organisation' && a.organisationId)
            .map((a) => a.organisationId!),
        ),
      ];
      if (orgs.length !== 1) throw problems.field('ownerOrganisationId', 'training.template.ownerRequired');
      id = orgs[0]!;
    }
    const org = await m.findOneBy(Organisation, { id });
    if (!org || !this.scope.coversPath(actor, TRAINING_EVALUATION_MANAGE, org.path))
      throw problems.field('ownerOrganisationId', 'training.template.ownerNotFound');
    return org;
  }

  private shippedDto(t: ShippedTemplate, locale: Locale): QuestionTemplateDto {
    return {
      id: t.id,
      shipped: true,
      kind: t.kind,
      name: t.name[locale],
      questions: shippedQuestions(t, locale),
      ownerOrganisationId: null,
      ownerOrganisationName: null,
      archivedAt: null,
      version: null,
    };
  }

  private storedDto(t: QuestionTemplate, ownerName: string): QuestionTemplateDto {
    return {
      id: t.id,
      shipped: false,
      kind: t.kind,
      name: t.name,
      questions: t.questions,
      ownerOrganisationId: t.ownerOrganisationId,
      ownerOrganisationName: ownerName,
      archivedAt: t.archivedAt ? t.archivedAt.toISOString() : null,
      version: t.version,
    };
  }
}
