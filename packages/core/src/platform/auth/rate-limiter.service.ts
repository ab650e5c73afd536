import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock.js';
import { RateLimitCounter } from './rate-limit.entity.js';

/** Counters older than this are forgotten (every window used here is a minute or so). */
const STALE_AFTER_MS = 24 * 3_600_000;

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters kept in the database, so every API instance counts the same requests.
 * The read-modify-write runs in one transaction under a row lock (PostgreSQL) or the write
 * queue (SQLite).
 */
@Injectable()
export class RateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
    const now = this.clock.now();
    const isPg = this.dataSource.options.type === 'postgres';
    const result = await this.dataSource.transaction(async (m) => {
      await m.createQueryBuilder().insert().into(RateLimitCounter).values({ key, windowStart: now, count: 0 }).orIgnore().execute();
      const qb = m.getRepository(RateLimitCounter).createQueryBuilder('r').where('r.key = :key', { key });
      if (isPg) qb.setLock('pessimistic_write');
      const row = await qb.getOneOrFail();
      const windowEnds = row.windowStart.getTime() + windowSeconds * 1000;
      if (windowEnds <= now.getTime()) {
        row.windowStart = now;
        row.count = 0;
      }
      row.count += 1;
      await m.save(RateLimitCounter, row);
      const retry = Math.max(1, Math.ceil((row.windowStart.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
      return { allowed: row.count <= limit, count: row.count, retryAfterSeconds: retry };
    });
    // A new window is the moment to drop counters nobody has touched for a day, so the table
    // holds only recent addresses. Outside the transaction: it must never hold up a sign-in.
    if (result.count === 1) await this.prune(now).catch(() => undefined);
    return result;
  }

  /** Deletes counters whose window started more than a day ago. */
  async prune(now: Date = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - STALE_AFTER_MS);
    const r = await this.dataSource.createQueryBuilder().delete().from(RateLimitCounter).where('window_start < :cutoff', { cutoff }).execute();
    return r.affected ?? 0;
  }
}
