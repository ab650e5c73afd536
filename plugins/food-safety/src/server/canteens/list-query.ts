import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { isPinyinQuery, normalizePinyinQuery } from '@schoolbridge/shared';
import type { ArchivedFilter } from './dto/canteen.dto.js';

let counter = 0;

/** `%`, `_` and `\` taken literally in a LIKE pattern (with ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Name search (UI.md): characters anywhere in the name; Latin letters also the start of the stored
 * full pinyin or initials (`lgh`, `ligui` find 李桂花).
 */
export function applyNameSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  q: string | undefined,
  exprs: { name: string; pinyin: string; initials: string },
): void {
  const text = q?.trim();
  if (!text) return;
  const n = ++counter;
  qb.andWhere(
    new Brackets((w) => {
      w.where(`${exprs.name} LIKE :fsnq${n} ESCAPE '\\'`, { [`fsnq${n}`]: `%${likeLiteral(text)}%` });
      if (isPinyinQuery(text)) {
        const p = `${likeLiteral(normalizePinyinQuery(text))}%`;
        w.orWhere(`${exprs.pinyin} LIKE :fspq${n} ESCAPE '\\'`, { [`fspq${n}`]: p });
        w.orWhere(`${exprs.initials} LIKE :fsiq${n} ESCAPE '\\'`, { [`fsiq${n}`]: p });
      }
    }),
  );
}

/** false (default): current rows; true: archived only; all: both. */
export function applyArchived<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, archived: ArchivedFilter | undefined, column: string): void {
  if (archived === 'all') return;
  qb.andWhere(archived === 'true' ? `${column} IS NOT NULL` : `${column} IS NULL`);
}
