import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../../platform/access/actor.js';
import { RoleAssignment } from '../../platform/access/role-assignment.entity.js';
import { ScopeService } from '../../platform/access/scope.service.js';
import { AuditService } from '../../platform/audit/audit.service.js';
import { PASSWORD_HASH_OPTIONS } from '../../platform/auth/auth.tokens.js';
import { generatePassword, hashPassword, type PasswordHashOptions } from '../../platform/auth/crypto.js';
import { displayNameKeys, User } from '../../platform/auth/user.entity.js';
import { Clock } from '../../platform/clock.js';
import { problems } from '../../platform/errors/problem.js';
import { Organisation } from '../../platform/regions/organisation.entity.js';
import { PERSON_SCOPE } from '../common/scope.js';
import '../common/messages.js';
import { Teacher } from '../entities/teacher.entity.js';
import { DIRECTORY_ACCOUNTS_MANAGE } from '../permissions.js';
import type { UsernameRule } from '../teachers/dto/teacher.dto.js';
import { baseUsername, freeUsername, type SkipReason } from './username-rules.js';

export const MAX_ACCOUNTS_PER_REQUEST = 500;

export interface CreatedAccount {
  teacherId: string;
  name: string;
  schoolName: string;
  username: string;
  password: string;
}

export interface SkippedAccount {
  teacherId: string;
  name: string;
  schoolName: string;
  reason: SkipReason;
  username?: string;
}

export interface AccountsResult {
  created: CreatedAccount[];
  skipped: SkippedAccount[];
}

const SKIP_WORDS: Record<SkipReason, Record<Locale, string>> = {
  hasAccount: { 'zh-CN': '已有账号', en: 'Already has an account' },
  noMobile: { 'zh-CN': '未登记手机号', en: 'No mobile number on record' },
  usernameTaken: { 'zh-CN': '用户名已被占用', en: 'Username already taken' },
  noPinyin: { 'zh-CN': '姓名无法转为拼音', en: 'The name has no pinyin' },
};

/**
 * Teacher accounts in bulk (issue 4 §5): one step for a school coordinator. Each new user holds the
 * teacher role on their own records, is linked to the teacher, and must change the one-time
 * password at first sign-in. Passwords are hashed before the transaction, so it stays short.
 */
@Injectable()
export class TeacherAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(PASSWORD_HASH_OPTIONS) private readonly hashOptions: PasswordHashOptions,
  ) {}

  async create(actor: Actor, teacherIds: string[], rule: UsernameRule): Promise<AccountsResult> {
    const ids = [...new Set(teacherIds)];
    if (ids.length === 0) throw problems.field('teacherIds', 'validation.required');
    if (ids.length > MAX_ACCOUNTS_PER_REQUEST) throw problems.field('teacherIds', 'directory.accounts.tooMany', { max: MAX_ACCOUNTS_PER_REQUEST });
    const teachers = await this.dataSource
      .getRepository(Teacher)
      .createQueryBuilder('t')
      .innerJoin(Organisation, 'school', 'school.id = t.school_id')
      .where({ id: In(ids) })
      .andWhere('t.archived_at IS NULL')
      .andWhere(this.scope.where(actor, DIRECTORY_ACCOUNTS_MANAGE, PERSON_SCOPE))
      .orderBy('t.name_pinyin', 'ASC')
      .getMany();
    // A teacher outside the caller's scope is refused as if it did not exist.
    if (teachers.length !== ids.length) throw problems.notFound('teacher');
    const schools = new Map((await this.dataSource.manager.findBy(Organisation, { id: In([...new Set(teachers.map((t) => t.schoolId))]) })).map((o) => [o.id, o]));

    const skipped: SkippedAccount[] = [];
    const planned: { teacher: Teacher; username: string }[] = [];
    const bases = new Map<string, string>();
    for (const t of teachers) {
      const schoolName = schools.get(t.schoolId)?.name ?? '';
      if (t.userId) {
        skipped.push({ teacherId: t.id, name: t.name, schoolName, reason: 'hasAccount' });
        continue;
      }
      const base = baseUsername(rule, t);
      if ('skip' in base) skipped.push({ teacherId: t.id, name: t.name, schoolName, reason: base.skip });
      else bases.set(t.id, base.username);
    }
    const prefixes = [...new Set(bases.values())];
    const taken = new Set<string>();
    for (let i = 0; i < prefixes.length; i += 200) {
      const chunk = prefixes.slice(i, i + 200);
      const qb = this.dataSource.getRepository(User).createQueryBuilder('u').select('u.username', 'username');
      chunk.forEach((p, j) => qb.orWhere(`u.username LIKE :p${j}`, { [`p${j}`]: `${p}%` }));
      for (const r of await qb.getRawMany<{ username: string }>()) taken.add(r.username);
    }
    for (const t of teachers) {
      const base = bases.get(t.id);
      if (!base) continue;
      const username = freeUsername(rule, base, taken);
      if (!username) {
        skipped.push({ teacherId: t.id, name: t.name, schoolName: schools.get(t.schoolId)?.name ?? '', reason: 'usernameTaken', username: base });
        continue;
      }
      taken.add(username);
      planned.push({ teacher: t, username });
    }

    const passwords = planned.map(() => generatePassword(10));
    const hashes: string[] = [];
    for (const p of passwords) hashes.push(await hashPassword(p, this.hashOptions));

    const now = this.clock.now();
    const created: CreatedAccount[] = [];
    await this.dataSource.transaction(async (m) => {
      const users = planned.map(({ teacher, username }, i) =>
        m.create(User, {
          id: newId(),
          username,
          ...displayNameKeys(teacher.name),
          passwordHash: hashes[i]!,
          mustChangePassword: true,
          locale: 'zh-CN',
          status: 'active',
          failedLoginCount: 0,
          lockedUntil: null,
          lastLoginAt: null,
          passwordChangedAt: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      for (let i = 0; i < users.length; i += 200) await m.insert(User, users.slice(i, i + 200));
      const assignments = users.map((u) => ({ id: newId(), userId: u.id, role: 'teacher' as const, scopeKind: 'own' as const, regionId: null, organisationId: null, createdAt: now }));
      for (let i = 0; i < assignments.length; i += 200) await m.insert(RoleAssignment, assignments.slice(i, i + 200));
      for (const [i, { teacher }] of planned.entries()) {
        // The link is conditional, so two coordinators acting at once never give one teacher two accounts.
        const linked = await m
          .createQueryBuilder()
          .update(Teacher)
          .set({ userId: users[i]!.id, updatedAt: now, version: () => 'version + 1' } as never)
          .where('id = :id AND user_id IS NULL', { id: teacher.id })
          .execute();
        if (!linked.affected) throw problems.conflict('directory.accounts.concurrent', { name: teacher.name });
        created.push({ teacherId: teacher.id, name: teacher.name, schoolName: schools.get(teacher.schoolId)?.name ?? '', username: users[i]!.username, password: passwords[i]! });
      }
      await this.audit.recordBulk(
        { action: 'directory.teacher.accountsCreated', entityType: 'directory.teacher', counts: { created: created.length, skipped: skipped.length }, ids: created.map((c) => c.teacherId) },
        m,
      );
    });
    return { created, skipped };
  }

  /** The sheet the school hands out: username and one-time password per teacher, and who was skipped. */
  async workbook(result: AccountsResult, locale: Locale): Promise<Buffer> {
    const zh = locale === 'zh-CN';
    const wb = new ExcelJS.Workbook();
    wb.created = this.clock.now();
    const ws = wb.addWorksheet(zh ? '教师账号' : 'Teacher accounts');
    ws.addRow([zh ? `教师账号开通清单（${this.clock.today()}）` : `Teacher accounts (${this.clock.today()})`]).font = { bold: true, size: 14 };
    ws.addRow([zh ? '初始密码仅此一次提供，请单独发给本人；首次登录后须修改密码。' : 'Each password is shown only here; hand it to the teacher alone. It must be changed at the first sign-in.']);
    const header = ws.addRow(zh ? ['序号', '姓名', '学校', '用户名', '初始密码'] : ['No.', 'Name', 'School', 'Username', 'One-time password']);
    header.font = { bold: true };
    const sorted = [...result.created].sort((a, b) => (a.schoolName === b.schoolName ? 0 : a.schoolName < b.schoolName ? -1 : 1));
    sorted.forEach((c, i) => ws.addRow([i + 1, c.name, c.schoolName, c.username, c.password]));
    ws.columns.forEach((col, i) => (col.width = [6, 12, 28, 22, 18][i]));
    if (result.skipped.length > 0) {
      const sk = wb.addWorksheet(zh ? '未开通' : 'Skipped');
      sk.addRow(zh ? ['姓名', '学校', '原因'] : ['Name', 'School', 'Reason']).font = { bold: true };
      for (const s of result.skipped) sk.addRow([s.name, s.schoolName, SKIP_WORDS[s.reason][locale] + (s.username ? `（${s.username}）` : '')]);
      sk.columns.forEach((col, i) => (col.width = [12, 28, 30][i]));
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
