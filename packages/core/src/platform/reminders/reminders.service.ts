import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Actor } from '../access/actor.js';
import { Clock } from '../clock.js';
import { PINO_LOGGER } from '../logging.js';
import type { Reminder } from '../plugins/extension-points.js';
import { ExtensionRegistry } from '../plugins/extension-registry.js';

export interface GatheredReminder extends Reminder {
  /** The reminder source it came from. */
  source: string;
  /** The core context or plugin that owns the source. */
  owner: string;
}

export interface RemindersResult {
  today: string;
  items: GatheredReminder[];
  /** Sources that failed this time (logged); their items are missing from the list. */
  failedSources: { id: string; owner: string }[];
}

const SEVERITY_ORDER: Record<Reminder['severity'], number> = { overdue: 0, dueSoon: 1, info: 2 };

/** Overdue first, then by due date (undated last), then a stable order by source and id. */
export function compareReminders(a: GatheredReminder, b: GatheredReminder): number {
  const overdue = Number(a.severity !== 'overdue') - Number(b.severity !== 'overdue');
  if (overdue !== 0) return overdue;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  const severity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (severity !== 0) return severity;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The caller's to-do list: every enabled ReminderSource asked for today, derived when read. */
@Injectable()
export class RemindersService {
  constructor(
    private readonly registry: ExtensionRegistry,
    private readonly clock: Clock,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  async list(actor: Actor): Promise<RemindersResult> {
    const today = this.clock.today();
    const items: GatheredReminder[] = [];
    const failedSources: RemindersResult['failedSources'] = [];
    for (const { owner, instance } of this.registry.reminderSources()) {
      try {
        const found = await instance.list(actor, today);
        if (!Array.isArray(found)) throw new Error('list() must return a list of reminders');
        items.push(...found.map((r) => ({ ...r, source: instance.id, owner })));
      } catch (err) {
        this.logger.error({ err, source: instance.id, owner }, 'reminder source failed');
        failedSources.push({ id: instance.id, owner });
      }
    }
    items.sort(compareReminders);
    return { today, items, failedSources };
  }
}
