import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import { AuditService, Clock, problems, type Actor, type PageRequest } from '@schoolbridge/core';
import { CanteenScope } from '../canteens/canteen-scope.js';
import { Canteen } from '../canteens/entities/canteen.entity.js';
import { textOrNull } from '../inspections/common/validators.js';
import { Inspection } from '../inspections/entities/inspection.entity.js';
import { FS_PENALTY_RECORD, FS_READ } from '../permissions.js';
import type { ListPenaltiesQueryDto, PenaltyDto, PenaltyPageDto, RecordPenaltyDto } from './dto/penalty.dto.js';
import { FoodSafetyNotice } from './entities/notice.entity.js';
import { FoodSafetyPenalty } from './entities/penalty.entity.js';

type ListFilters = Omit<ListPenaltiesQueryDto, 'page' | 'pageSize'>;

/**
 * Penalties 行政处罚: the authority's decision, recorded (not decided) here, against a canteen and the
 * notice or inspection it followed. Amounts are whole fen.
 */
@Injectable()
export class PenaltiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly canteens: CanteenScope,
  ) {}

  async record(actor: Actor, dto: RecordPenaltyDto): Promise<PenaltyDto> {
    return this.dataSource.transaction(async (m) => {
      const reasonText = textOrNull(dto.reasonText);
      if (dto.reasonCode === 'other' && !reasonText) throw problems.field('reasonText', 'foodSafety.penalty.reasonTextRequired');
      if (dto.decidedOn > this.clock.today()) throw problems.field('decidedOn', 'foodSafety.penalty.decidedInFuture');
      const documentNumber = dto.documentNumber.trim();
      const authorityName = dto.authorityName.trim();
      if (!documentNumber) throw problems.field('documentNumber', 'validation.required');
      if (!authorityName) throw problems.field('authorityName', 'validation.required');

      let canteenId = dto.canteenId ?? null;
      let inspectionId = dto.inspectionId ?? null;
      let notice: FoodSafetyNotice | null = null;
      if (dto.noticeId) {
        notice = await this.canteens
          .joinRestricted(m.getRepository(FoodSafetyNotice).createQueryBuilder('n'), actor, FS_PENALTY_RECORD, 'n.canteen_id', 'c')
          .andWhere('n.id = :noticeId', { noticeId: dto.noticeId })
          .getOne();
        if (!notice) throw problems.field('noticeId', 'foodSafety.penalty.noticeNotFound');
        if (inspectionId && inspectionId !== notice.inspectionId) throw problems.field('inspectionId', 'foodSafety.penalty.canteenMismatch');
        inspectionId = notice.inspectionId;
        if (canteenId && canteenId !== notice.canteenId) throw problems.field('canteenId', 'foodSafety.penalty.canteenMismatch');
        canteenId = notice.canteenId;
      } else if (inspectionId) {
        const inspection = await this.canteens
          .joinRestricted(m.getRepository(Inspection).createQueryBuilder('i'), actor, FS_PENALTY_RECORD, 'i.canteen_id', 'c')
          .andWhere('i.id = :inspectionId', { inspectionId })
          .getOne();
        if (!inspection) throw problems.field('inspectionId', 'foodSafety.penalty.inspectionNotFound');
        if (canteenId && canteenId !== inspection.canteenId) throw problems.field('canteenId', 'foodSafety.penalty.canteenMismatch');
        canteenId = inspection.canteenId;
      }
      if (!canteenId) throw problems.field('canteenId', 'foodSafety.penalty.canteenRequired');
      const canteen = await this.canteens.findOne(actor, FS_PENALTY_RECORD, canteenId, m);
      const duplicate = await m.existsBy(FoodSafetyPenalty, { documentNumber, authorityName });
      if (duplicate) throw problems.duplicate('documentNumber', documentNumber);

      const now = this.clock.now();
      const row = m.create(FoodSafetyPenalty, {
        id: newId(),
        noticeId: notice?.id ?? null,
        inspectionId,
        canteenId: canteen.id,
        scopePath: canteen.scopePath,
        documentNumber,
        authorityName,
        reasonCode: dto.reasonCode,
        reasonText,
        amount: dto.amount,
        decidedOn: dto.decidedOn,
        note: textOrNull(dto.note),
        recordedBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.save(FoodSafetyPenalty, row);
      await this.audit.record(
        { action: 'foodSafety.penalty.record', entityType: 'foodSafetyPenalty', entityId: row.id, after: row, scopePath: row.scopePath },
        m,
      );
      return (await this.toDtos(m, [row]))[0]!;
    });
  }

  async list(actor: Actor, f: ListFilters, paging: PageRequest): Promise<PenaltyPageDto> {
    const m = this.dataSource.manager;
    const qb = this.scoped(m, actor);
    if (f.canteenId) qb.andWhere('p.canteen_id = :canteenId', { canteenId: f.canteenId });
    if (f.noticeId) qb.andWhere('p.notice_id = :noticeId', { noticeId: f.noticeId });
    if (f.reasonCode) qb.andWhere('p.reason_code = :reasonCode', { reasonCode: f.reasonCode });
    if (f.from) qb.andWhere('p.decided_on >= :from', { from: f.from });
    if (f.to) qb.andWhere('p.decided_on <= :to', { to: f.to });
    const sum = await qb.clone().select('COALESCE(SUM(p.amount), 0)', 'total').getRawOne<{ total: string | number }>();
    const [rows, total] = await qb.orderBy('p.decided_on', 'DESC').addOrderBy('p.id', 'DESC').offset(paging.skip).limit(paging.pageSize).getManyAndCount();
    return { items: await this.toDtos(m, rows), total, page: paging.page, pageSize: paging.pageSize, totalAmount: Number(sum?.total ?? 0) };
  }

  async get(actor: Actor, id: string): Promise<PenaltyDto> {
    const m = this.dataSource.manager;
    const row = await this.scoped(m, actor).andWhere('p.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('penalty');
    return (await this.toDtos(m, [row]))[0]!;
  }

  private scoped(m: EntityManager, actor: Actor): SelectQueryBuilder<FoodSafetyPenalty> {
    return this.canteens.joinRestricted(m.getRepository(FoodSafetyPenalty).createQueryBuilder('p'), actor, FS_READ, 'p.canteen_id', 'c');
  }

  private async toDtos(m: EntityManager, rows: FoodSafetyPenalty[]): Promise<PenaltyDto[]> {
    if (rows.length === 0) return [];
    const canteens = await m.find(Canteen, { where: { id: In([...new Set(rows.map((r) => r.canteenId))]) }, select: { id: true, name: true } });
    const noticeIds = [...new Set(rows.map((r) => r.noticeId).filter((x): x is string => !!x))];
    const notices = noticeIds.length ? await m.find(FoodSafetyNotice, { where: { id: In(noticeIds) }, select: { id: true, number: true } }) : [];
    const canteenName = new Map(canteens.map((c) => [c.id, c.name]));
    const noticeNumber = new Map(notices.map((n) => [n.id, n.number]));
    return rows.map((r) => ({
      id: r.id,
      noticeId: r.noticeId,
      noticeNumber: r.noticeId ? (noticeNumber.get(r.noticeId) ?? null) : null,
      inspectionId: r.inspectionId,
      canteenId: r.canteenId,
      canteenName: canteenName.get(r.canteenId) ?? '',
      documentNumber: r.documentNumber,
      authorityName: r.authorityName,
      reasonCode: r.reasonCode,
      reasonText: r.reasonText,
      amount: r.amount,
      decidedOn: r.decidedOn,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      version: r.version,
    }));
  }
}
