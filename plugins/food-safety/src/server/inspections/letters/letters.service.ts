import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import {
  chineseDate,
  Clock,
  isUniqueViolation,
  Organisation,
  problems,
  renderOfficialDocument,
  type Actor,
  type DocumentBlock,
  type OfficialDocument,
  type PageRequest,
} from '@schoolbridge/core';
import { GRADE_FACES, formatScore } from '../../../shared/rules/index.js';
import { Canteen } from '../../canteens/entities/canteen.entity.js';
import { CanteenScope } from '../../canteens/canteen-scope.js';
import { FS_READ } from '../../permissions.js';
import { IssuingAuthority, LetterCounter } from '../entities/authority.entity.js';
import { Inspection, InspectionInspector, InspectionResult } from '../entities/inspection.entity.js';
import { LetterRevision, OpinionLetter } from '../entities/letter.entity.js';
import { letterNumber, type DeadlineKind } from '../vocab.js';
import type { LetterSnapshot } from './letter-snapshot.js';
import type { LetterDto, LetterPageDto, LetterSummaryDto, ListLettersQueryDto } from './letter.dto.js';
import '../messages.js';

type Filters = Omit<ListLettersQueryDto, 'page' | 'pageSize'>;

const KIND_WORDS: Record<Inspection['kind'], string> = { routine: '日常监督检查', campaign: '专项检查', reinspection: '复查' };

export interface SnapshotExtras {
  /** Item codes on the rectification notice (failed, not corrected on site, not left off). */
  onNotice: Set<string>;
  deadline: { kind: DeadlineKind; on: string | null } | null;
}

/**
 * Opinion letters 监督意见书: numbering at submit, reissues at amendments, the PDF. The number is
 * taken inside the submit transaction from the authority's counter row for the year, so a rolled
 * back submit gives it back and two submits never share one.
 */
@Injectable()
export class LettersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly canteens: CanteenScope,
    private readonly clock: Clock,
  ) {}

  /** The next serial of the authority's year: insert the counter row if missing, then a conditional increment. */
  private async nextSerial(m: EntityManager, authorityId: string, year: number): Promise<number> {
    await m.createQueryBuilder().insert().into(LetterCounter).values({ authorityId, year, lastSerial: 0 }).orIgnore().execute();
    const res = await m
      .createQueryBuilder()
      .update(LetterCounter)
      .set({ lastSerial: () => 'last_serial + 1' } as never)
      .where('authority_id = :authorityId AND year = :year', { authorityId, year })
      .execute();
    if (res.affected !== 1) throw new Error(`letter counter of ${authorityId}/${year} not updated`);
    const row = await m.findOneByOrFail(LetterCounter, { authorityId, year });
    return row.lastSerial;
  }

  /** Issues the letter of a just-submitted inspection (revision 1), in the submit's transaction. */
  async issue(m: EntityManager, inspection: Inspection, authority: IssuingAuthority, extras: SnapshotExtras, actor: Actor): Promise<OpinionLetter> {
    const now = this.clock.now();
    const issuedOn = this.clock.today();
    // the year of the letter is the issue date's year in the deployment's time zone
    const year = Number(issuedOn.slice(0, 4));
    const serial = await this.nextSerial(m, authority.id, year);
    const letter = m.create(OpinionLetter, {
      id: newId(),
      inspectionId: inspection.id,
      authorityId: authority.id,
      year,
      serial,
      number: letterNumber(authority.numberPrefix, year, serial),
      currentRevision: 1,
      issuedAt: now,
      issuedOn,
    });
    try {
      await m.insert(OpinionLetter, letter);
    } catch (err) {
      if (isUniqueViolation(err)) throw problems.conflict('foodSafety.inspection.alreadySubmitted');
      throw err;
    }
    const snapshot = await this.snapshot(m, inspection, authority, letter.number, 1, issuedOn, null, extras);
    await m.insert(
      LetterRevision,
      m.create(LetterRevision, { id: newId(), letterId: letter.id, revision: 1, issuedAt: now, issuedOn, issuedBy: actor.userId, reason: null, snapshot }),
    );
    return letter;
  }

  /** Reissues the letter of an amended inspection as the next revision of the same number. */
  async reissue(
    m: EntityManager,
    inspection: Inspection,
    reason: string,
    extras: SnapshotExtras,
    actor: Actor,
  ): Promise<{ letter: OpinionLetter; revision: number }> {
    const letter = await m.findOneByOrFail(OpinionLetter, { inspectionId: inspection.id });
    const authority = await m.findOneByOrFail(IssuingAuthority, { id: letter.authorityId });
    const revision = letter.currentRevision + 1;
    const now = this.clock.now();
    const issuedOn = this.clock.today();
    const res = await m
      .createQueryBuilder()
      .update(OpinionLetter)
      .set({ currentRevision: revision })
      .where('id = :id AND current_revision = :current', { id: letter.id, current: letter.currentRevision })
      .execute();
    if (res.affected !== 1) throw problems.staleVersion(inspection.version);
    const snapshot = await this.snapshot(m, inspection, authority, letter.number, revision, issuedOn, reason, extras);
    await m.insert(
      LetterRevision,
      m.create(LetterRevision, { id: newId(), letterId: letter.id, revision, issuedAt: now, issuedOn, issuedBy: actor.userId, reason, snapshot }),
    );
    return { letter: { ...letter, currentRevision: revision }, revision };
  }

  private async snapshot(
    m: EntityManager,
    inspection: Inspection,
    authority: IssuingAuthority,
    number: string,
    revision: number,
    issuedOn: string,
    reason: string | null,
    extras: SnapshotExtras,
  ): Promise<LetterSnapshot> {
    const canteen = await m.findOneByOrFail(Canteen, { id: inspection.canteenId });
    const school = canteen.schoolId ? await m.findOneBy(Organisation, { id: canteen.schoolId }) : null;
    const inspectors = await m.find(InspectionInspector, { where: { inspectionId: inspection.id }, order: { position: 'ASC' } });
    const results = await m.find(InspectionResult, { where: { inspectionId: inspection.id }, order: { position: 'ASC' } });
    const followsLetter = inspection.followsInspectionId ? await m.findOneBy(OpinionLetter, { inspectionId: inspection.followsInspectionId }) : null;
    const count = (r: string) => results.filter((x) => x.result === r).length;
    return {
      number,
      revision,
      issuedOn,
      reason,
      authority: { id: authority.id, name: authority.name },
      canteen: {
        id: canteen.id,
        name: canteen.name,
        kind: canteen.kind,
        schoolName: school?.name ?? null,
        address: canteen.address,
        operatorName: canteen.operatorName,
      },
      inspection: {
        id: inspection.id,
        kind: inspection.kind,
        inspectedOn: inspection.inspectedOn,
        score: inspection.score,
        grade: inspection.grade,
        capped: inspection.capped,
        followsLetterNumber: followsLetter?.number ?? null,
      },
      inspectors: inspectors.map((p) => ({ name: p.name, agency: p.agency })),
      findings: results
        .filter((r) => r.result === 'nonCompliant')
        .map((r) => ({
          itemCode: r.itemCode,
          areaName: r.areaName,
          requirement: r.text,
          severity: r.severity,
          result: r.result!,
          note: r.note,
          correctedOnSite: r.correctedOnSite,
          repeat: r.repeatViolation,
          onNotice: extras.onNotice.has(r.itemCode),
          leaveOffReason: r.leaveOffReason,
        })),
      counts: {
        compliant: count('compliant'),
        nonCompliant: count('nonCompliant'),
        notApplicable: count('notApplicable'),
        notObserved: count('notObserved'),
        correctedOnSite: results.filter((r) => r.result === 'nonCompliant' && r.correctedOnSite).length,
      },
      deadline: extras.deadline,
      rectificationOwner: inspection.rectificationOwner,
      notes: inspection.notes,
    };
  }

  private base(m: EntityManager | DataSource, actor: Actor): SelectQueryBuilder<OpinionLetter> {
    const qb = m.getRepository(OpinionLetter).createQueryBuilder('l').innerJoin(Inspection, 'i', 'i.id = l.inspectionId');
    return this.canteens.joinRestricted(qb, actor, FS_READ, 'i.canteenId', 'c');
  }

  async list(actor: Actor, f: Filters, page: PageRequest): Promise<LetterPageDto> {
    const qb = this.base(this.dataSource, actor);
    if (f.authorityId) qb.andWhere('l.authorityId = :authorityId', { authorityId: f.authorityId });
    if (f.year !== undefined) qb.andWhere('l.year = :year', { year: f.year });
    if (f.canteenId) qb.andWhere('i.canteenId = :canteenId', { canteenId: f.canteenId });
    if (f.campaignId) qb.andWhere('i.campaignId = :campaignId', { campaignId: f.campaignId });
    if (f.from) qb.andWhere('l.issuedOn >= :from', { from: f.from });
    if (f.to) qb.andWhere('l.issuedOn <= :to', { to: f.to });
    qb.orderBy('l.year', 'DESC').addOrderBy('l.serial', 'DESC').addOrderBy('l.id', 'ASC');
    const [rows, total] = await qb.skip(page.skip).take(page.pageSize).getManyAndCount();
    return { items: await this.toSummaries(this.dataSource.manager, rows), total, page: page.page, pageSize: page.pageSize };
  }

  private async load(actor: Actor, id: string): Promise<OpinionLetter> {
    const row = await this.base(this.dataSource, actor).andWhere('l.id = :id', { id }).getOne();
    if (!row) throw problems.notFound('letter');
    return row;
  }

  async get(actor: Actor, id: string): Promise<LetterDto> {
    const row = await this.load(actor, id);
    const m = this.dataSource.manager;
    const summary = (await this.toSummaries(m, [row]))[0]!;
    const revisions = await m.find(LetterRevision, { where: { letterId: id }, order: { revision: 'ASC' } });
    const current = revisions.find((r) => r.revision === row.currentRevision)!;
    return {
      ...summary,
      revisions: revisions.map((r) => ({
        revision: r.revision,
        issuedOn: r.issuedOn,
        issuedAt: r.issuedAt.toISOString(),
        reason: r.reason,
        pdfUrl: `/api/food-safety/letters/${id}/pdf?revision=${r.revision}`,
      })),
      current: current.snapshot,
    };
  }

  /** The PDF of a revision (the current one by default). */
  async pdf(actor: Actor, id: string, revision?: number): Promise<{ bytes: Buffer; fileName: string }> {
    const row = await this.load(actor, id);
    const rev = await this.dataSource.manager.findOneBy(LetterRevision, { letterId: id, revision: revision ?? row.currentRevision });
    if (!rev) throw problems.notFound('letterRevision');
    const bytes = await renderOfficialDocument(letterDocument(rev.snapshot, rev.issuedAt));
    return { bytes, fileName: `监督意见书-${row.number}${rev.revision > 1 ? `-第${rev.revision}版` : ''}` };
  }

  /** The letters of these inspections, by inspection id. */
  async ofInspections(m: EntityManager, inspectionIds: string[]): Promise<Map<string, OpinionLetter>> {
    if (inspectionIds.length === 0) return new Map();
    return new Map((await m.find(OpinionLetter, { where: { inspectionId: In(inspectionIds) } })).map((l) => [l.inspectionId, l]));
  }

  private async toSummaries(m: EntityManager, rows: OpinionLetter[]): Promise<LetterSummaryDto[]> {
    if (rows.length === 0) return [];
    const inspections = new Map((await m.find(Inspection, { where: { id: In(rows.map((r) => r.inspectionId)) } })).map((i) => [i.id, i]));
    const authorities = new Map(
      (await m.find(IssuingAuthority, { where: { id: In([...new Set(rows.map((r) => r.authorityId))]) }, select: { id: true, name: true } })).map((a) => [
        a.id,
        a.name,
      ]),
    );
    const canteens = new Map(
      (await m.find(Canteen, { where: { id: In([...new Set([...inspections.values()].map((i) => i.canteenId))]) } })).map((c) => [c.id, c]),
    );
    const schoolIds = [...new Set([...canteens.values()].map((c) => c.schoolId).filter((x): x is string => !!x))];
    const schools = schoolIds.length
      ? new Map((await m.find(Organisation, { where: { id: In(schoolIds) }, select: { id: true, name: true } })).map((o) => [o.id, o.name]))
      : new Map<string, string>();
    return rows.map((l) => {
      const i = inspections.get(l.inspectionId)!;
      const c = canteens.get(i.canteenId);
      return {
        id: l.id,
        number: l.number,
        authorityId: l.authorityId,
        authorityName: authorities.get(l.authorityId) ?? '',
        year: l.year,
        serial: l.serial,
        currentRevision: l.currentRevision,
        issuedOn: l.issuedOn,
        inspectionId: l.inspectionId,
        inspectionKind: i.kind,
        inspectedOn: i.inspectedOn,
        canteenId: i.canteenId,
        canteenName: c?.name ?? '',
        schoolName: c?.schoolId ? (schools.get(c.schoolId) ?? null) : null,
        grade: i.grade,
        pdfUrl: `/api/food-safety/letters/${l.id}/pdf`,
      };
    });
  }
}

/** The letter as the paper form lays it out (UI.md "Printing"). */
export function letterDocument(s: LetterSnapshot, issuedAt: Date): OfficialDocument {
  const grade = s.inspection.grade ? GRADE_FACES[s.inspection.grade].words['zh-CN'] : '—';
  const scoreText =
    s.inspection.score === null
      ? '无适用检查项，不评分'
      : `${formatScore(s.inspection.score)}分，${grade}${s.inspection.capped ? '（有关键项不符合，等级不高于一般）' : ''}`;
  const place = s.canteen.kind === 'supplier' ? '校外供餐单位' : '学校食堂';
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: `${s.canteen.schoolName ?? s.canteen.name}：`, indent: false },
    {
      kind: 'paragraph',
      text:
        `${chineseDate(s.inspection.inspectedOn)}，我单位执法人员依法对你单位${place}（${s.canteen.name}）进行了${KIND_WORDS[s.inspection.kind]}` +
        `${s.inspection.followsLetterNumber ? `（对${s.inspection.followsLetterNumber}所列问题的复查）` : ''}，` +
        (s.findings.length ? `发现以下不符合要求的问题，现提出监督意见如下。` : '未发现不符合要求的问题，请继续保持。'),
    },
    {
      kind: 'fields',
      perRow: 2,
      fields: [
        { label: '被检查单位', value: s.canteen.name },
        { label: '所属学校', value: s.canteen.schoolName ?? '—' },
        { label: '经营者', value: s.canteen.operatorName ?? '—' },
        { label: '地址', value: s.canteen.address ?? '—' },
        { label: '检查日期', value: chineseDate(s.inspection.inspectedOn) },
        { label: '检查类别', value: KIND_WORDS[s.inspection.kind] },
        { label: '检查人员', value: s.inspectors.map((p) => (p.agency ? `${p.name}（${p.agency}）` : p.name)).join('、'), wide: true },
        {
          label: '检查结果',
          value: `符合${s.counts.compliant}项，不符合${s.counts.nonCompliant}项（当场整改${s.counts.correctedOnSite}项），合理缺项${s.counts.notApplicable}项，未检查${s.counts.notObserved}项；${scoreText}`,
          wide: true,
        },
      ],
    },
  ];
  if (s.findings.length) {
    blocks.push({ kind: 'heading', text: '一、检查发现的问题' });
    blocks.push({
      kind: 'table',
      columns: [
        { header: '序号', width: 0.5, align: 'center' },
        { header: '检查项目', width: 1.2 },
        { header: '检查要求', width: 2.2 },
        { header: '发现的问题', width: 2 },
        { header: '处理意见', width: 1.5 },
      ],
      rows: s.findings.map((f, i) => [
        String(i + 1),
        f.areaName,
        f.requirement,
        (f.note ?? '不符合要求') + (f.repeat ? '（上次检查已发现，属重复问题）' : ''),
        f.correctedOnSite ? '已当场整改' : f.onNotice ? '限期整改' : `不列入整改通知书：${f.leaveOffReason ?? ''}`,
      ]),
    });
    blocks.push({ kind: 'heading', text: '二、整改要求' });
    const toRectify = s.findings.filter((f) => f.onNotice).length;
    if (toRectify === 0) blocks.push({ kind: 'paragraph', text: '上述问题已当场整改或不列入整改通知书，请举一反三，长期坚持。' });
    else if (s.deadline?.kind === 'date' && s.deadline.on)
      blocks.push({ kind: 'paragraph', text: `请对上述列入整改的${toRectify}项问题于${chineseDate(s.deadline.on)}前整改到位，并将整改情况书面报送我单位。` });
    else blocks.push({ kind: 'paragraph', text: `请对上述列入整改的${toRectify}项问题立行立改并长期坚持，并将整改情况书面报送我单位。` });
    if (s.rectificationOwner) blocks.push({ kind: 'paragraph', text: `整改责任人：${s.rectificationOwner}` });
  }
  if (s.notes) {
    blocks.push({ kind: 'heading', text: s.findings.length ? '三、其他' : '其他' });
    blocks.push({ kind: 'paragraph', text: s.notes });
  }
  if (s.revision > 1) blocks.push({ kind: 'paragraph', text: `本意见书为第${s.revision}版，更正原因：${s.reason ?? ''}。原同号意见书作废。` });
  return {
    title: '监督意见书',
    number: s.number,
    ...(s.revision > 1 ? { revisionNote: `第${s.revision}版（更正）` } : {}),
    blocks,
    footer: {
      signatures: [{ label: '检查人员（签名）' }, { label: '被检查单位负责人（签名）' }],
      authority: s.authority.name,
      date: s.issuedOn,
      stamp: true,
    },
    metadata: { title: `监督意见书 ${s.number}`, author: s.authority.name, subject: s.canteen.name },
    createdAt: issuedAt,
  };
}
