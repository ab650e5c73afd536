import type { Type } from '@nestjs/common';
import type { LocalizedText } from '@schoolbridge/shared';
import type { PermissionDefinition } from '../access/roles.js';
import type { DemoSeed, Importer, ReminderSource, ReportSection } from './extension-points.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassRef = Function;

/**
 * What a bounded context of core or a plugin brings: an ordinary Nest module plus typed metadata
 * the host reads and checks at boot. Extension classes must be providers of `module`.
 */
export interface ModuleDefinition {
  /** kebab-case; routes at /api/<id>, tables <id with underscores>_*, permissions <id>.* */
  id: string;
  name?: LocalizedText;
  module: Type<unknown>;
  entities?: ClassRef[];
  /** Migration classes; TypeORM reads each one's timestamp from the end of its name. */
  migrations?: ClassRef[];
  permissions?: PermissionDefinition[];
  reportSections?: Type<ReportSection>[];
  reminders?: Type<ReminderSource>[];
  importers?: Type<Importer<never, unknown>>[];
  seeds?: Type<DemoSeed>[];
}

export interface PluginDefinition extends ModuleDefinition {
  /** A semver range the core version must satisfy, e.g. '^0.1.0'. */
  coreCompatibility: string;
  readonly kind: 'plugin';
}

/** Declares a plugin. The host validates it at boot and stops with a message naming it if it is wrong. */
export function definePlugin(definition: Omit<PluginDefinition, 'kind'>): PluginDefinition {
  return Object.freeze({ ...definition, kind: 'plugin' as const });
}
