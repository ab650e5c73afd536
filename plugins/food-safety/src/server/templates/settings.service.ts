/**
 * The plugin's settings (DOMAIN §8: "defaults, all settings"). Other parts read them with
 *
 *   FoodSafetySettings.get(manager?: EntityManager): Promise<FoodSafetySettingsValues>
 *     grading (cut-offs in hundredths, caps; pass it to the rules' gradeOfScore / yearlyGrade),
 *     trainingValidityDays (365), sampleMinGrams (125), sampleMinHours (48), dueSoonDays (30: licences
 *     and health certificates expiring soon), noticeDueSoonDays (3: notices due soon).
 *
 * Nothing saved yet reads as the defaults; a setting the stored row lacks reads as its default.
 */
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, Clock, isUniqueViolation, problems, type Actor } from '@schoolbridge/core';
import { DEFAULT_GRADING, validateGradingSettings, type GradingSettings } from '../../shared/rules/index.js';
import type { FoodSafetySettingsDto, UpdateFoodSafetySettingsDto } from './dto/settings.dto.js';
import { FoodSafetySetting } from './entities/setting.entity.js';
import './messages.js';

export interface FoodSafetySettingsValues {
  grading: GradingSettings;
  trainingValidityDays: number;
  sampleMinGrams: number;
  sampleMinHours: number;
  dueSoonDays: number;
  noticeDueSoonDays: number;
}

export const DEFAULT_SETTINGS: Readonly<FoodSafetySettingsValues> = Object.freeze({
  grading: { ...DEFAULT_GRADING },
  // food-safety training is renewed yearly (《餐饮服务食品安全操作规范》: 每年培训不少于40小时)
  trainingValidityDays: 365,
  // 每个品种留样不少于125克，冷藏48小时以上 (《学校食品安全与营养健康管理规定》)
  sampleMinGrams: 125,
  sampleMinHours: 48,
  dueSoonDays: 30,
  noticeDueSoonDays: 3,
});

const KEY = 'general';
const ENTITY = 'food-safety.settings';
const GRADING_KEYS = Object.keys(DEFAULT_GRADING) as (keyof GradingSettings)[];
const NUMBER_KEYS = ['trainingValidityDays', 'sampleMinGrams', 'sampleMinHours', 'dueSoonDays', 'noticeDueSoonDays'] as const;

@Injectable()
export class FoodSafetySettings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(manager: EntityManager = this.dataSource.manager): Promise<FoodSafetySettingsValues> {
    return merge((await manager.findOneBy(FoodSafetySetting, { key: KEY }))?.value);
  }

  async read(manager: EntityManager = this.dataSource.manager): Promise<FoodSafetySettingsDto> {
    const row = await manager.findOneBy(FoodSafetySetting, { key: KEY });
    return { ...merge(row?.value), version: row?.version ?? 0, updatedAt: row ? row.updatedAt.toISOString() : null };
  }

  async update(actor: Actor, dto: UpdateFoodSafetySettingsDto): Promise<FoodSafetySettingsDto> {
    const grading = Object.fromEntries(GRADING_KEYS.map((k) => [k, (dto.grading as unknown as Record<string, unknown>)[k]])) as unknown as GradingSettings;
    const errors = validateGradingSettings(grading).map((e) => ({ ...e, field: e.field ? `grading.${e.field}` : 'grading' }));
    const unknown = Object.keys(dto.grading).filter((k) => !(GRADING_KEYS as string[]).includes(k));
    for (const k of unknown) errors.push({ field: `grading.${k}`, code: 'validation.unknownField', params: { field: k } });
    if (errors.length) throw problems.validation(errors);
    const value: FoodSafetySettingsValues = { grading, ...Object.fromEntries(NUMBER_KEYS.map((k) => [k, dto[k]])) } as FoodSafetySettingsValues;
    try {
      return await this.dataSource.transaction(async (m) => {
        const before = await m.findOneBy(FoodSafetySetting, { key: KEY });
        const now = this.clock.now();
        if (dto.version === 0) {
          // the first save: the insert fails on the key if someone saved first
          if (before) throw problems.staleVersion(before.version);
          await m.insert(FoodSafetySetting, {
            key: KEY,
            value: value as unknown as Record<string, unknown>,
            updatedBy: actor.userId,
            updatedAt: now,
            version: 1,
          } as never);
        } else {
          const result = await m
            .createQueryBuilder()
            .update(FoodSafetySetting)
            .set({ value: value as unknown as Record<string, unknown>, updatedBy: actor.userId, updatedAt: now, version: () => 'version + 1' } as never)
            .where('key = :key AND version = :version', { key: KEY, version: dto.version })
            .execute();
          if (!result.affected) throw problems.staleVersion(before?.version ?? 0);
        }
        await this.audit.record(
          { action: `${ENTITY}.updated`, entityType: ENTITY, entityId: null, before: merge(before?.value), after: value, scopePath: null },
          m,
        );
        return this.read(m);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw problems.staleVersion(1);
      throw err;
    }
  }
}

/** The stored value over the defaults, key by key. */
function merge(stored: Record<string, unknown> | undefined | null): FoodSafetySettingsValues {
  const s = stored ?? {};
  const grading = { ...DEFAULT_SETTINGS.grading, ...((s.grading as Partial<GradingSettings> | undefined) ?? {}) };
  const out: FoodSafetySettingsValues = { ...DEFAULT_SETTINGS, grading };
  for (const k of NUMBER_KEYS) if (typeof s[k] === 'number') out[k] = s[k];
  return out;
}
