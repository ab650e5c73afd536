import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '@schoolbridge/shared';
import type { DemoSeed, SeedContext } from '../plugins/extension-points.js';
import { Organisation } from '../regions/organisation.entity.js';
import { Region, type RegionKind } from '../regions/region.entity.js';

/**
 * The fictional demo county every demo page lives in (ARCHITECTURE §5: `/43/4399/439901/`):
 * 湖南省 (43) > 示范市 (4399, not a real city code) > 示范县 (439901), and the county's
 * education bureau. The directory's seed adds townships and schools under it.
 */
export const DEMO_REGIONS: readonly { code: string; name: string; kind: RegionKind; parentCode: string | null }[] = [
  { code: '43', name: '湖南省', kind: 'province', parentCode: null },
  { code: '4399', name: '示范市', kind: 'city', parentCode: '43' },
  { code: '439901', name: '示范县', kind: 'county', parentCode: '4399' },
];

export const DEMO_COUNTY_CODE = '439901';
export const DEMO_BUREAU = { code: '439901-JYJ', name: '示范县教育局', kind: 'bureau' as const };

/** Creates what is missing of the demo county; rows already there (matched by code) are kept as they are. */
@Injectable()
export class DemoCountySeed implements DemoSeed {
  readonly module = 'platform';
  readonly order = 0;

  async run(ctx: SeedContext): Promise<{ summary: string }> {
    const created = await ctx.dataSource.transaction(async (m) => {
      let regions = 0;
      const byCode = new Map<string, Region>();
      for (const def of DEMO_REGIONS) {
        const parent = def.parentCode ? byCode.get(def.parentCode)! : null;
        let row = await m.findOneBy(Region, { code: def.code });
        if (!row) {
          row = await this.createRegion(m, ctx.now, def.code, def.name, def.kind, parent);
          regions++;
        }
        byCode.set(def.code, row);
      }
      const county = byCode.get(DEMO_COUNTY_CODE)!;
      let organisations = 0;
      if (!(await m.existsBy(Organisation, { code: DEMO_BUREAU.code }))) {
        const id = newId();
        const bureau = m.create(Organisation, {
          id,
          code: DEMO_BUREAU.code,
          name: DEMO_BUREAU.name,
          kind: DEMO_BUREAU.kind,
          regionId: county.id,
          managerRegionId: county.id,
          managerOrganisationId: null,
          path: `${county.path}${id}/`,
          createdAt: ctx.now,
          updatedAt: ctx.now,
        });
        await m.save(Organisation, bureau);
        organisations++;
      }
      return { regions, organisations };
    });
    return { summary: `${created.regions} regions, ${created.organisations} organisations` };
  }

  private createRegion(m: EntityManager, now: Date, code: string, name: string, kind: RegionKind, parent: Region | null): Promise<Region> {
    const row = m.create(Region, {
      id: newId(),
      code,
      name,
      kind,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${code}/`,
      createdAt: now,
      updatedAt: now,
    });
    return m.save(Region, row);
  }
}
