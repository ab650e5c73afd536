import { Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import type { Actor } from '../access/actor.js';
import { ScopeService } from '../access/scope.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../clock.js';
import { APP_CONFIG, type AppConfig } from '../config.js';
import { AppError, problems } from '../errors/problem.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region } from '../regions/region.entity.js';
import { FILE_STORAGE, storageKeyFor, type FileStorage } from './file-storage.js';
import { ALLOWED_EXTENSIONS, fileTypeByName, matchesSignature, SIGNATURE_BYTES } from './rules/file-types.js';
import { cleanFileName, formatBytes } from './rules/names.js';
import { StoredFile } from './stored-file.entity.js';
import './messages.js';

export const FILES_UPLOAD = 'platform.files.upload';
export const FILES_READ = 'platform.files.read';

/** An uploaded part as the multipart parser hands it over: a name and a byte stream (truncated at the size limit). */
export interface IncomingFile {
  filename: string;
  file: Readable & { truncated?: boolean };
}

export interface UploadTarget {
  organisationId?: string;
  regionId?: string;
}

/** Reads the first bytes of a stream and gives back a stream of all of them, or drains the rest. */
async function peek(source: Readable, bytes: number) {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < bytes) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    chunks.push(r.value);
    length += r.value.length;
  }
  const head = Buffer.concat(chunks);
  return {
    head,
    whole(): Readable {
      return Readable.from(
        (async function* () {
          let finished = ended;
          try {
            if (head.length > 0) yield head;
            while (!finished) {
              const r = await it.next();
              if (r.done) finished = true;
              else yield r.value;
            }
          } finally {
            if (!finished) await it.return?.();
          }
        })(),
        { objectMode: false },
      );
    },
    async drain(): Promise<void> {
      try {
        while (!ended) ended = !!(await it.next()).done;
      } catch {
        // The upload is refused anyway; a broken rest of the stream changes nothing.
      }
    },
  };
}

/**
 * Uploads and downloads. Bytes go to the FileStorage first (outside any transaction, so a slow
 * upload never holds the SQLite queue); the row and its audit record are then written in one
 * transaction, and the bytes are removed again if that fails.
 */
@Injectable()
export class FilesService {
  private readonly logger = new Logger(FilesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly scope: ScopeService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private typeNotAllowed(): AppError {
    return problems.field('file', 'files.typeNotAllowed', { allowed: ALLOWED_EXTENSIONS.join(', ') });
  }

  private tooLarge(): AppError {
    const limit = formatBytes(this.config.files.maxBytes);
    return new AppError(413, 'files.tooLarge', { limit }, [{ field: 'file', code: 'files.tooLarge', params: { limit } }], { limitBytes: this.config.files.maxBytes });
  }

  /** The scope path of the organisation or region named, which must lie in the uploader's upload scope. */
  private async scopePathFor(actor: Actor, target: UploadTarget): Promise<string | null> {
    if (target.organisationId) {
      const org = await this.dataSource.manager.findOneBy(Organisation, { id: target.organisationId });
      if (!org || !this.scope.coversPath(actor, FILES_UPLOAD, org.path)) throw problems.field('organisationId', 'access.scope.unknownOrganisation');
      return org.path;
    }
    if (target.regionId) {
      const region = await this.dataSource.manager.findOneBy(Region, { id: target.regionId });
      if (!region || !this.scope.coversPath(actor, FILES_UPLOAD, region.path)) throw problems.field('regionId', 'access.scope.unknownRegion');
      return region.path;
    }
    return null;
  }

  async upload(actor: Actor, part: IncomingFile, target: UploadTarget = {}): Promise<StoredFile> {
    const sniffed = await peek(part.file, SIGNATURE_BYTES);
    const refuse = async (err: AppError): Promise<never> => {
      await sniffed.drain();
      throw err;
    };
    const scopePath = await this.scopePathFor(actor, target).catch((err: AppError) => refuse(err));
    const name = cleanFileName(part.filename ?? '');
    if (!name) return refuse(problems.field('file', 'files.nameRequired'));
    const type = fileTypeByName(name);
    if (!type) return refuse(this.typeNotAllowed());
    if (sniffed.head.length === 0) return refuse(problems.field('file', 'files.empty'));
    if (!matchesSignature(type, sniffed.head)) return refuse(this.typeNotAllowed());

    const id = newId();
    const storageKey = storageKeyFor(id);
    const stored = await this.storage.put(storageKey, sniffed.whole());
    if (part.file.truncated) {
      await this.storage.delete(storageKey);
      throw this.tooLarge();
    }
    try {
      const row = await this.dataSource.transaction(async (m) => {
        const file = m.create(StoredFile, {
          id,
          originalName: name,
          mediaType: type.mediaType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey,
          uploadedBy: actor.userId,
          scopePath,
          createdAt: this.clock.now(),
        });
        await m.save(StoredFile, file);
        await this.audit.record(
          { action: 'platform.file.upload', entityType: 'platform.file', entityId: id, after: { originalName: name, mediaType: type.mediaType, size: stored.size, sha256: stored.sha256, scopePath }, scopePath },
          m,
        );
        return file;
      });
      this.logger.log({ msg: 'file stored', fileId: id, size: stored.size, mediaType: type.mediaType });
      return row;
    } catch (err) {
      await this.storage.delete(storageKey);
      throw err;
    }
  }

  /** Whether the actor may see the file: its uploader, a reader whose scope covers it, an administrator. */
  canSee(actor: Actor, file: StoredFile): boolean {
    return file.uploadedBy === actor.userId || this.scope.coversPath(actor, FILES_READ, file.scopePath);
  }

  /** The file's row; 404 when it does not exist or the actor may not see it. */
  async findVisible(actor: Actor, id: string): Promise<StoredFile> {
    const file = await this.dataSource.manager.findOneBy(StoredFile, { id });
    if (!file || !this.canSee(actor, file)) throw problems.notFound('file');
    return file;
  }

  async open(actor: Actor, id: string): Promise<{ file: StoredFile; content: Readable }> {
    const file = await this.findVisible(actor, id);
    return { file, content: await this.storage.get(file.storageKey) };
  }
}
