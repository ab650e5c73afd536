import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock.js';
import { RateLimitCounter } from './rate-limit.entity.js';

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
    return this.dataSource.transaction(async (m) => {
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
  }
}
