import { Injectable, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { DemoSeed, Importer, ReminderSource, ReportSection } from './extension-points.js';
import type { ModuleDefinition } from './plugin.js';

export const ENABLED_MODULES = Symbol('ENABLED_MODULES');

interface Registered<T> {
  owner: string;
  type: Type<T>;
}

/**
 * The extension points of the enabled core contexts and plugins, resolved from Nest's container
 * (each extension class is a provider of its owner's module).
 */
@Injectable()
export class ExtensionRegistry {
  private definitions: ModuleDefinition[] = [];

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Called once by createApp with the enabled modules, core first. */
  setModules(definitions: ModuleDefinition[]): void {
    this.definitions = definitions;
  }

  modules(): ModuleDefinition[] {
    return this.definitions;
  }

  private collect<T>(pick: (d: ModuleDefinition) => Type<T>[] | undefined): Registered<T>[] {
    return this.definitions.flatMap((d) => (pick(d) ?? []).map((type) => ({ owner: d.id, type })));
  }

  private resolve<T>(items: Registered<T>[]): { owner: string; instance: T }[] {
    return items.map(({ owner, type }) => {
      const instance = this.moduleRef.get(type, { strict: false });
      return { owner, instance };
    });
  }

  reportSections(): { owner: string; instance: ReportSection }[] {
    return this.resolve(this.collect((d) => d.reportSections)).sort((a, b) => a.instance.order - b.instance.order);
  }

  reminderSources(): { owner: string; instance: ReminderSource }[] {
    return this.resolve(this.collect((d) => d.reminders));
  }

  importers(): { owner: string; instance: Importer<never> }[] {
    return this.resolve(this.collect((d) => d.importers));
  }

  seeds(): { owner: string; instance: DemoSeed }[] {
    return this.resolve(this.collect((d) => d.seeds)).sort((a, b) => a.instance.order - b.instance.order);
  }

  /** Fails with the owner's name when an extension class is not a provider of its module. */
  verify(): void {
    const all = [
      ...this.collect((d) => d.reportSections).map((r) => ({ ...r, what: 'report section' })),
      ...this.collect((d) => d.reminders).map((r) => ({ ...r, what: 'reminder source' })),
      ...this.collect((d) => d.importers).map((r) => ({ ...r, what: 'importer' })),
      ...this.collect((d) => d.seeds).map((r) => ({ ...r, what: 'demo seed' })),
    ];
    for (const r of all) {
      try {
        this.moduleRef.get(r.type as Type<unknown>, { strict: false });
      } catch {
        throw new Error(`Plugin "${r.owner}": ${r.what} ${r.type.name} is not a provider of its module`);
      }
    }
  }
}
