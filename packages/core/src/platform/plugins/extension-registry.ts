import { Injectable, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PermissionRegistry } from '../access/permission-registry.js';
import type { DemoSeed, Importer, ReminderSource, ReportSection } from './extension-points.js';
import type { ModuleDefinition, PluginDefinition } from './plugin.js';
import { PluginBootError } from './validate.js';

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

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly permissions: PermissionRegistry,
  ) {}

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

  importers(): { owner: string; instance: Importer<never, unknown> }[] {
    return this.resolve(this.collect((d) => d.importers));
  }

  seeds(): { owner: string; instance: DemoSeed }[] {
    return this.resolve(this.collect((d) => d.seeds)).sort((a, b) => a.instance.order - b.instance.order);
  }

  /**
   * Checks what can only be checked once Nest has built the modules: each extension class is a
   * provider of its module, extension ids are unique per kind, and each importer's permission is
   * a known one. Fails with a message naming the plugin (or core module) and the fault.
   */
  verify(): void {
    const kinds: { what: string; items: Registered<unknown>[] }[] = [
      { what: 'report section', items: this.collect((d) => d.reportSections) },
      { what: 'reminder source', items: this.collect((d) => d.reminders) },
      { what: 'importer', items: this.collect((d) => d.importers) },
      { what: 'demo seed', items: this.collect((d) => d.seeds) },
    ];
    for (const { what, items } of kinds) {
      const ids = new Map<string, string>();
      for (const r of items) {
        let instance: unknown;
        try {
          instance = this.moduleRef.get(r.type as Type<unknown>, { strict: false });
        } catch {
          this.fail(r.owner, `${what} ${r.type.name} is not a provider of its module`);
        }
        if (what === 'demo seed') continue;
        const id = (instance as { id?: unknown }).id;
        if (typeof id !== 'string' || id === '') this.fail(r.owner, `${what} ${r.type.name} has no id`);
        if (ids.has(id as string)) this.fail(r.owner, `${what} id "${String(id)}" is already used by "${ids.get(id as string)}"`);
        ids.set(id as string, r.owner);
        if (what === 'importer') {
          const permission = (instance as Importer<never, unknown>).permission;
          if (!this.permissions.has(permission)) this.fail(r.owner, `importer ${String(id)} needs the unknown permission "${String(permission)}"`);
        }
      }
    }
  }

  private fail(owner: string, fault: string): never {
    const def = this.definitions.find((d) => d.id === owner);
    if (def && (def as Partial<PluginDefinition>).kind === 'plugin') throw new PluginBootError(owner, fault);
    throw new Error(`Core module "${owner}": ${fault}`);
  }
}
