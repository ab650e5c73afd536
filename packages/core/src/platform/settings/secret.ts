import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Setting } from './setting.entity.js';

const SECRET_KEY = 'signing_secret';

/**
 * The signing secret every instance shares: SCHOOLBRIDGE_SECRET when given, else one generated
 * once and kept in the database (the first instance to start writes it; the others read it).
 */
export async function ensureSigningSecret(ds: DataSource, configured: string | null, now: Date): Promise<string> {
  if (configured) return configured;
  const repo = ds.getRepository(Setting);
  const existing = await repo.findOneBy({ key: SECRET_KEY });
  if (existing) return existing.value;
  const generated = randomBytes(48).toString('base64url');
  await repo
    .createQueryBuilder()
    .insert()
    .into(Setting)
    .values({ key: SECRET_KEY, value: generated, updatedAt: now })
    .orIgnore()
    .execute();
  const stored = await repo.findOneByOrFail({ key: SECRET_KEY });
  return stored.value;
}
