import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, In, LessThan } from 'typeorm';
import { newId, type Locale } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { AppError, problems } from '../errors/problem.js';
import { problemMessage } from '../errors/messages.js';
import type { FileCheck, ImportApplyResult, ImportColumn, ImportContext, Importer, RowCheck, RowError } from '../plugins/extension-points.js';
import { ExtensionRegistry } from '../plugins/extension-registry.js';
import { ImportJob, type ImportJobStatus, type ImportJobWarning } from './import-job.entity.js';
import { ImportRow, type StagedRowError } from './import-row.entity.js';
import type { ApplyMode, ImportJobDto, ImportMessageDto, ImportRowDto } from './imports.dto.js';
import { ParseFailure, parseSpreadsheet, type ParsedRow, type ParseRun, type SpreadsheetFormat } from './parse-file.js';
import { isBlankRow, rowTexts, type CellText } from './rules/cells.js';
import { findHeader, HEADER_SEARCH_ROWS, rowValues, trailingNoteCount } from './rules/table.js';
import './messages.js';

/** The most data rows one file may hold (the issue asks for 50,000). */
export const MAX_IMPORT_ROWS = 100_000;
/** Rows validated and staged per batch: one multi-row insert each, then the event loop breathes. */
const BATCH_ROWS = 500;
/** Valid rows read back per query before apply. */
const READ_PAGE = 5_000;
/** A job still parsing or validating without progress for this long lost its process (a restart). */
const STALLED_MS = 10 * 60 * 1000;
/** Jobs older than this are pruned with their staged rows when a new one starts. */
const KEEP_JOBS_MS = 24 * 60 * 60 * 1000;

type AnyImporter = Importer<Record<string, string>, unknown>;

export interface UploadedSpreadsheet {
  fileName: string;
  bytes: Buffer;
}

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

class Stopped extends Error {}

function formatOf(fileName: string): SpreadsheetFormat | null {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : null;
}

function asCheck(result: RowError[] | RowCheck): RowCheck {
  return Array.isArray(result) ? { errors: result } : { ...result, errors: result.errors ?? [] };
}

function text(value: Record<string, string> | string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : (value[locale] ?? value['zh-CN']);
}

/**
 * The import engine (ARCHITECTURE §4): the upload answers at once; a worker thread parses the file;
 * validation runs here in batches that yield, with the importer's lookups loaded once; rows are
 * staged in platform_import_row in short multi-row inserts; apply moves the valid rows into place
 * in one transaction and writes one audit record for the job.
 */
@Injectable()
export class ImportsService implements OnModuleDestroy {
  private readonly logger = new Logger(ImportsService.name);
  private readonly running = new Set<Promise<void>>();
  private readonly parsers = new Set<ParseRun>();
  private readonly runningIds = new Set<string>();
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly registry: ExtensionRegistry,
  ) {}

  /** The app is closing: stop the workers and wait for the jobs to notice, so nothing writes to a closed database. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.all([...this.parsers].map((p) => p.stop()));
    await Promise.allSettled([...this.running]);
  }

  importer(id: string): AnyImporter {
    const found = this.registry.importers().find((i) => i.instance.id === id);
    if (!found) throw new AppError(404, 'import.unknownImporter', { id }, [], { entity: 'importer' });
    return found.instance as unknown as AnyImporter;
  }

  /** The importer, if the actor holds its permission (403 otherwise). */
  importerFor(actor: Actor, id: string): AnyImporter {
    const importer = this.importer(id);
    if (!actor.permissions.has(importer.permission)) throw problems.forbidden(importer.permission);
    return importer;
  }

  /** Accepts the file and starts reading it; the job's status tells the rest. */
  async start(actor: Actor, importerId: string, file: UploadedSpreadsheet): Promise<ImportJob> {
    const importer = this.importerFor(actor, importerId);
    const format = formatOf(file.fileName);
    if (!format) throw problems.field('file', 'import.unsupportedFileType');
    if (file.bytes.length === 0) throw problems.field('file', 'files.empty');
    await this.prune();
    const now = this.clock.now();
    const job = this.dataSource.manager.create(ImportJob, {
      id: newId(),
      importerId: importer.id,
      ownerId: actor.userId,
      fileName: file.fileName,
      fileSha256: null,
      fileSize: file.bytes.length,
      status: 'parsing',
      headerRow: null,
      processedRows: 0,
      totalRows: 0,
      validRows: 0,
      invalidRows: 0,
      toCreate: 0,
      toUpdate: 0,
      createdCount: 0,
      updatedCount: 0,
      skippedCount: 0,
      applyMode: null,
      warnings: [],
      failureCode: null,
      failureParams: null,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    });
    await this.dataSource.manager.insert(ImportJob, job as never);
    const work = this.process(job, importer, actor, format, file.bytes)
      .catch(async (err: unknown) => {
        if (err instanceof Stopped || this.stopping) return;
        const failure = err instanceof ParseFailure ? { code: err.code, params: err.params } : { code: 'import.failedUnexpectedly', params: {} };
        if (!(err instanceof ParseFailure)) this.logger.error({ msg: 'import failed', jobId: job.id, importerId, err: err instanceof Error ? err.stack : String(err) });
        // a file that could not be read says why in the log, for whoever looks into it
        else if (err.code === 'import.unreadableFile') this.logger.warn({ msg: 'import file unreadable', jobId: job.id, importerId, params: err.params });
        await this.update(job.id, { status: 'failed', failureCode: failure.code, failureParams: failure.params, finishedAt: this.clock.now() });
      })
      .catch((err: unknown) => this.logger.error({ msg: 'import: could not record the failure', jobId: job.id, err: String(err) }))
      .finally(() => {
        this.running.delete(work);
        this.runningIds.delete(job.id);
      });
    this.running.add(work);
    this.runningIds.add(job.id);
    return job;
  }

  private async update(id: string, fields: Partial<ImportJob>): Promise<void> {
    await this.dataSource.manager.update(ImportJob, { id }, { ...fields, updatedAt: this.clock.now() } as never);
  }

  private checkStopping(): void {
    if (this.stopping) throw new Stopped();
  }

  private async process(job: ImportJob, importer: AnyImporter, actor: Actor, format: SpreadsheetFormat, bytes: Buffer): Promise<void> {
    const parser = parseSpreadsheet(format, bytes, MAX_IMPORT_ROWS + HEADER_SEARCH_ROWS + 100);
    this.parsers.add(parser);
    let parsed: { sha256: string; rows: ParsedRow[] };
    try {
      parsed = await parser.result;
    } catch (err) {
      this.checkStopping();
      throw err;
    } finally {
      this.parsers.delete(parser);
    }
    this.checkStopping();

    // cell values → texts, in slices so a large sheet never holds the event loop
    const texts: CellText[][] = new Array<CellText[]>(parsed.rows.length);
    for (let i = 0; i < parsed.rows.length; i++) {
      texts[i] = rowTexts(parsed.rows[i]!.cells);
      if (i % 5000 === 4999) await yieldToOthers();
    }
    const nonBlank: number[] = [];
    texts.forEach((cells, i) => {
      if (!isBlankRow(cells)) nonBlank.push(i);
    });
    const header = findHeader(
      nonBlank.slice(0, HEADER_SEARCH_ROWS).map((i) => texts[i]!),
      importer.columns,
    );
    if (!header.found) throw new ParseFailure('import.missingColumns', { columns: header.missing.map((c) => c.key) });
    const headerAt = nonBlank[header.header.index]!;
    let dataIdx = nonBlank.slice(header.header.index + 1);
    const notes = trailingNoteCount(
      dataIdx.map((i) => texts[i]!),
      header.header,
      importer.columns,
    );
    dataIdx = dataIdx.slice(0, dataIdx.length - notes);
    if (dataIdx.length === 0) throw new ParseFailure('import.noRows');
    if (dataIdx.length > MAX_IMPORT_ROWS) throw new ParseFailure('import.tooManyRows', { max: MAX_IMPORT_ROWS });

    const warnings: ImportJobWarning[] = [];
    if (header.header.unknownHeaders.length) warnings.push({ code: 'import.unknownColumns', params: { columns: header.header.unknownHeaders } });
    if (notes > 0) warnings.push({ code: 'import.notesIgnored', params: { count: notes } });
    await this.update(job.id, { status: 'validating', fileSha256: parsed.sha256, headerRow: parsed.rows[headerAt]!.n, totalRows: dataIdx.length, warnings });

    const ctx: ImportContext = { actor, locale: actor.locale, now: this.clock.now(), manager: this.dataSource.manager };
    const prepared = importer.prepare ? await importer.prepare(ctx) : undefined;
    const firstRowOfKey = new Map<string, number>();
    const counts = { valid: 0, invalid: 0, toCreate: 0, toUpdate: 0 };
    for (let start = 0; start < dataIdx.length; start += BATCH_ROWS) {
      this.checkStopping();
      const staged: Partial<ImportRow>[] = [];
      const batch = dataIdx.slice(start, start + BATCH_ROWS).map((i) => ({ i, ...rowValues(texts[i]!, header.header.positions, importer.columns) }));
      let checks: (RowError[] | RowCheck)[] = [];
      if (importer.validateBatch) checks = await importer.validateBatch(batch.map((b) => b.values), ctx, prepared);
      // one row after another: an importer may remember what earlier rows of the file said
      else for (const b of batch) checks.push(await importer.validate(b.values, ctx, prepared));
      for (const [n, { i, values, precisionLost }] of batch.entries()) {
        const rowNumber = parsed.rows[i]!.n;
        const errors: StagedRowError[] = precisionLost.map((column) => ({ column, code: 'import.numberPrecisionLost' }));
        const check = asCheck(checks[n]!);
        for (const e of check.errors) errors.push({ column: e.column, code: e.code, ...(e.params ? { params: e.params } : {}), ...(e.message ? { message: e.message } : {}) });
        if (check.key) {
          const first = firstRowOfKey.get(check.key);
          if (first !== undefined) errors.push({ column: check.keyColumn ?? null, code: 'import.duplicateInFile', params: { firstRow: first } });
          else firstRowOfKey.set(check.key, rowNumber);
        }
        const valid = errors.length === 0;
        const action = valid ? (check.existingId ? 'update' : 'create') : null;
        if (valid) counts.valid++;
        else counts.invalid++;
        if (action === 'create') counts.toCreate++;
        if (action === 'update') counts.toUpdate++;
        staged.push({ id: newId(), jobId: job.id, rowNumber, cells: values, errors: valid ? null : errors, valid, action });
      }
      await this.dataSource.manager.insert(ImportRow, staged as never);
      await this.update(job.id, { processedRows: Math.min(start + BATCH_ROWS, dataIdx.length), validRows: counts.valid, invalidRows: counts.invalid, toCreate: counts.toCreate, toUpdate: counts.toUpdate });
      await yieldToOthers();
    }
    this.checkStopping();
    if (importer.validateFile) await this.applyFileChecks(job.id, await importer.validateFile(ctx, prepared), firstRowOfKey, counts);
    await this.update(job.id, { status: 'ready', finishedAt: this.clock.now() });
  }

  /** The errors only the whole file could tell, added to the staged rows they name; the counts follow. */
  private async applyFileChecks(
    jobId: string,
    checks: FileCheck[],
    firstRowOfKey: Map<string, number>,
    counts: { valid: number; invalid: number; toCreate: number; toUpdate: number },
  ): Promise<void> {
    const byRow = new Map<number, StagedRowError[]>();
    for (const check of checks) {
      const rowNumber = firstRowOfKey.get(check.key);
      if (rowNumber === undefined || check.errors.length === 0) continue;
      const list = byRow.get(rowNumber) ?? [];
      for (const e of check.errors) list.push({ column: e.column, code: e.code, ...(e.params ? { params: e.params } : {}), ...(e.message ? { message: e.message } : {}) });
      byRow.set(rowNumber, list);
    }
    if (byRow.size === 0) return;
    const rows = await this.dataSource.manager.find(ImportRow, { where: { jobId, rowNumber: In([...byRow.keys()]) } });
    for (const row of rows) {
      if (row.valid) {
        counts.valid--;
        counts.invalid++;
        if (row.action === 'create') counts.toCreate--;
        if (row.action === 'update') counts.toUpdate--;
      }
      await this.dataSource.manager.update(ImportRow, { id: row.id }, { errors: [...(row.errors ?? []), ...byRow.get(row.rowNumber)!], valid: false, action: null } as never);
    }
    await this.update(jobId, { validRows: counts.valid, invalidRows: counts.invalid, toCreate: counts.toCreate, toUpdate: counts.toUpdate });
  }

  /** Old jobs go with their staged rows (their audit records stay). */
  private async prune(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - KEEP_JOBS_MS);
    const old = await this.dataSource.manager.find(ImportJob, { select: { id: true }, where: { createdAt: LessThan(before), status: In(['ready', 'failed', 'applied', 'applyFailed']) }, take: 50 });
    if (old.length === 0) return;
    const ids = old.map((j) => j.id);
    await this.dataSource.manager.delete(ImportRow, { jobId: In(ids) });
    await this.dataSource.manager.delete(ImportJob, { id: In(ids) });
  }

  /** The job, for its owner or a global administrator; 404 for everyone else. */
  async visibleJob(actor: Actor, id: string): Promise<ImportJob> {
    const job = await this.dataSource.manager.findOneBy(ImportJob, { id });
    const admin = actor.assignments.some((a) => a.role === 'admin' && a.scopeKind === 'global');
    if (!job || (job.ownerId !== actor.userId && !admin)) throw problems.notFound('importJob');
    return job;
  }

  /** Status as the user should see it: a job that stopped moving lost its process. */
  private effectiveStatus(job: ImportJob): { status: ImportJobStatus; failureCode: string | null; failureParams: Record<string, unknown> | null } {
    const stalled = (job.status === 'parsing' || job.status === 'validating') && this.clock.now().getTime() - job.updatedAt.getTime() > STALLED_MS && !this.isRunningHere(job.id);
    return stalled ? { status: 'failed', failureCode: 'import.interrupted', failureParams: {} } : { status: job.status, failureCode: job.failureCode, failureParams: job.failureParams };
  }

  private isRunningHere(id: string): boolean {
    return this.runningIds.has(id);
  }

  private message(code: string, params: Record<string, unknown>, locale: Locale, columns: readonly ImportColumn[]): ImportMessageDto {
    const shown: Record<string, unknown> = { ...params };
    const list = locale === 'zh-CN' ? '、' : ', ';
    if (code === 'import.missingColumns' && Array.isArray(params.columns)) {
      shown.columns = (params.columns as string[]).map((k) => columns.find((c) => c.key === k)?.header[locale] ?? k).join(list);
    } else if (Array.isArray(params.columns)) shown.columns = (params.columns as string[]).join(list);
    return { code, message: problemMessage(code, locale, shown), params };
  }

  toDto(job: ImportJob, locale: Locale): ImportJobDto {
    const columns = this.registry.importers().find((i) => i.instance.id === job.importerId)?.instance.columns ?? [];
    const state = this.effectiveStatus(job);
    return {
      id: job.id,
      importerId: job.importerId,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      fileSize: job.fileSize,
      status: state.status,
      progress: { processed: job.processedRows, total: job.totalRows },
      counts: {
        total: job.totalRows,
        valid: job.validRows,
        invalid: job.invalidRows,
        toCreate: job.toCreate,
        toUpdate: job.toUpdate,
        created: job.createdCount,
        updated: job.updatedCount,
        skipped: job.skippedCount,
      },
      headerRow: job.headerRow,
      warnings: (job.warnings ?? []).map((w) => this.message(w.code, w.params, locale, columns)),
      failure: state.failureCode ? this.message(state.failureCode, state.failureParams ?? {}, locale, columns) : null,
      applyMode: job.applyMode,
      createdAt: job.createdAt.toISOString(),
      updatedAt: job.updatedAt.toISOString(),
      finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    };
  }

  async rows(actor: Actor, id: string, query: { errorsOnly?: boolean; skip: number; take: number }, locale: Locale): Promise<{ items: ImportRowDto[]; total: number }> {
    const job = await this.visibleJob(actor, id);
    const columns = this.registry.importers().find((i) => i.instance.id === job.importerId)?.instance.columns ?? [];
    const [rows, total] = await this.dataSource.manager.findAndCount(ImportRow, {
      where: { jobId: job.id, ...(query.errorsOnly ? { valid: false } : {}) },
      order: { rowNumber: 'ASC' },
      skip: query.skip,
      take: query.take,
    });
    const items = rows.map((r) => {
      const values: Record<string, string> = {};
      for (const c of columns) {
        const v = r.cells[c.key] ?? '';
        values[c.key] = v && c.mask ? c.mask(v) : v;
      }
      return {
        rowNumber: r.rowNumber,
        values,
        valid: r.valid,
        action: r.action,
        errors: (r.errors ?? []).map((e) => {
          const column = e.column ? columns.find((c) => c.key === e.column) : undefined;
          return {
            column: e.column,
            header: column ? column.header[locale] : null,
            code: e.code,
            message: text(e.message, locale) ?? problemMessage(e.code, locale, e.params ?? {}),
          };
        }),
      };
    });
    return { items, total };
  }

  /** Moves the valid rows into place in one transaction; 'all' refuses while any row is invalid. */
  async apply(actor: Actor, id: string, mode: ApplyMode): Promise<ImportJob> {
    const job = await this.visibleJob(actor, id);
    const importer = this.importerFor(actor, job.importerId);
    const state = this.effectiveStatus(job).status;
    if (state === 'applied') throw problems.conflict('import.alreadyApplied');
    if (state !== 'ready' && state !== 'applyFailed') throw problems.conflict('import.notReady', { status: state });
    if (mode === 'all' && job.invalidRows > 0) throw new AppError(422, 'import.invalidRows', { count: job.invalidRows }, [], { invalidRows: job.invalidRows });
    // claim the job: of two concurrent applies, one wins
    const claim = await this.dataSource
      .createQueryBuilder()
      .update(ImportJob)
      .set({ status: 'applying', updatedAt: this.clock.now() })
      .where('id = :id AND status IN (:...from)', { id: job.id, from: ['ready', 'applyFailed'] })
      .execute();
    if (!claim.affected) {
      const now = await this.dataSource.manager.findOneByOrFail(ImportJob, { id: job.id });
      if (now.status === 'applied') throw problems.conflict('import.alreadyApplied');
      throw problems.conflict('import.notReady', { status: now.status });
    }
    try {
      const rows: Record<string, string>[] = [];
      for (let skip = 0; ; skip += READ_PAGE) {
        const page = await this.dataSource.manager.find(ImportRow, { select: { id: true, cells: true, rowNumber: true }, where: { jobId: job.id, valid: true }, order: { rowNumber: 'ASC' }, skip, take: READ_PAGE });
        for (const r of page) rows.push(r.cells);
        if (page.length < READ_PAGE) break;
        await yieldToOthers();
      }
      const ctx: ImportContext = { actor, locale: actor.locale, now: this.clock.now(), manager: this.dataSource.manager };
      const prepared = importer.prepare ? await importer.prepare(ctx) : undefined;
      const skipped = mode === 'skipInvalid' ? job.invalidRows : 0;
      await this.dataSource.transaction(async (manager) => {
        const done: ImportApplyResult = (await importer.apply(rows, { ...ctx, manager }, prepared)) ?? { created: rows.length, updated: 0, ids: [] };
        const finished = this.clock.now();
        await manager.update(ImportJob, { id: job.id }, { status: 'applied', applyMode: mode, createdCount: done.created, updatedCount: done.updated, skippedCount: skipped, failureCode: null, failureParams: null, finishedAt: finished, updatedAt: finished } as never);
        await this.audit.recordBulk(
          {
            action: 'import.applied',
            entityType: importer.id,
            entityId: job.id,
            counts: { total: job.totalRows, valid: job.validRows, invalid: job.invalidRows, created: done.created, updated: done.updated, skipped },
            fileHash: job.fileSha256 ?? '',
            ids: done.ids,
          },
          manager,
        );
      });
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'import.applyFailed';
      if (!(err instanceof AppError)) this.logger.error({ msg: 'import apply failed', jobId: job.id, err: err instanceof Error ? err.stack : String(err) });
      await this.update(job.id, { status: 'applyFailed', failureCode: code, failureParams: err instanceof AppError ? err.params : {} });
      throw err instanceof AppError ? err : new AppError(500, 'import.applyFailed');
    }
    return this.dataSource.manager.findOneByOrFail(ImportJob, { id: job.id });
  }
}
