import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { isPinyinQuery, normalizePinyinQuery } from '@schoolbridge/shared';
import { problems } from '../../platform/errors/problem.js';
import { PageQueryDto } from '../../platform/http/paging.js';
import { likeLiteral } from '../../platform/db/like.js';

export { likeLiteral };

/** The query every directory list takes: paging, `sort`, `q` and whether archived rows show. */
export class DirectoryListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Name by characters, full pinyin or initials (zs → 张三), or a code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: "Comma list of fields, '-' for descending: name,-createdAt" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sort?: string;

  @ApiPropertyOptional({ enum: ['false', 'true', 'all'], default: 'false', description: 'false: current rows; true: archived only; all: both' })
  @IsOptional()
  @IsIn(['false', 'true', 'all'])
  archived?: 'false' | 'true' | 'all';
}

let counter = 0;

/**
 * Name search (UI.md): characters match anywhere in the name; Latin letters also match the start of
 * the stored full pinyin or initials (`zs`, `zhangs`, `zhangsan` all find 张三); `codeExpr`, when
 * given, matches codes by prefix.
 */
export function applyNameSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  q: string | undefined,
  exprs: { name: string; pinyin: string; initials: string; code?: string },
): SelectQueryBuilder<T> {
  const text = q?.trim();
  if (!text) return qb;
  const n = ++counter;
  return qb.andWhere(
    new Brackets((w) => {
      w.where(`${exprs.name} LIKE :nq${n} ESCAPE '\\'`, { [`nq${n}`]: `%${likeLiteral(text)}%` });
      if (isPinyinQuery(text)) {
        const p = `${likeLiteral(normalizePinyinQuery(text))}%`;
        w.orWhere(`${exprs.pinyin} LIKE :pq${n} ESCAPE '\\'`, { [`pq${n}`]: p });
        w.orWhere(`${exprs.initials} LIKE :iq${n} ESCAPE '\\'`, { [`iq${n}`]: p });
      }
      if (exprs.code) w.orWhere(`${exprs.code} LIKE :cq${n} ESCAPE '\\'`, { [`cq${n}`]: `${likeLiteral(text)}%` });
    }),
  );
}

/**
 * Applies `sort` ('name,-code') through a whitelist of field → SQL expression; an unknown field is a
 * 400 naming it. `tieBreak` keeps pages stable.
 */
export function applySort<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: string | undefined,
  allowed: Record<string, string>,
  fallback: string,
  tieBreak: string,
): SelectQueryBuilder<T> {
  const fields = (sort?.trim() ? sort : fallback).split(',').map((s) => s.trim()).filter(Boolean);
  let first = true;
  for (const f of fields) {
    const desc = f.startsWith('-');
    const key = desc ? f.slice(1) : f;
    const expr = allowed[key];
    if (!expr) throw problems.field('sort', 'validation.sortField', { field: key });
    if (first) qb.orderBy(expr, desc ? 'DESC' : 'ASC');
    else qb.addOrderBy(expr, desc ? 'DESC' : 'ASC');
    first = false;
  }
  return qb.addOrderBy(tieBreak, 'ASC');
}

/** `archived=false` (default) shows current rows, `true` archived only, `all` both. */
export function applyArchived<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, archived: 'false' | 'true' | 'all' | undefined, expr: string): SelectQueryBuilder<T> {
  if (archived === 'all') return qb;
  return qb.andWhere(archived === 'true' ? `${expr} IS NOT NULL` : `${expr} IS NULL`);
}
