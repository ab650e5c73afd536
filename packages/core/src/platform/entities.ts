import { RoleAssignment } from './access/role-assignment.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { PlatformAudit1767225600002 } from './migrations/1767225600002-platform-audit.js';
import { Notification } from './notifications/notification.entity.js';
import { PlatformNotifications1767225600003 } from './migrations/1767225600003-platform-notifications.js';
import { ApiToken } from './auth/api-token.entity.js';
import { RateLimitCounter } from './auth/rate-limit.entity.js';
import { Session } from './auth/session.entity.js';
import { User } from './auth/user.entity.js';
import { PlatformAuth1767225600001 } from './migrations/1767225600001-platform-auth.js';
import { PlatformInit1767225600000 } from './migrations/1767225600000-platform-init.js';
import { Organisation } from './regions/organisation.entity.js';
import { Region } from './regions/region.entity.js';
import { Setting } from './settings/setting.entity.js';
import { StoredFile } from './files/stored-file.entity.js';
import { PlatformFiles1767225600004 } from './migrations/1767225600004-platform-files.js';
import { TermCalendar } from './calendar/term-calendar.entity.js';
import { PlatformCalendar1767225600005 } from './migrations/1767225600005-platform-calendar.js';
import { ImportJob } from './imports/import-job.entity.js';
import { ImportRow } from './imports/import-row.entity.js';
import { PlatformImports1767225600006 } from './migrations/1767225600006-platform-imports.js';
import { PlatformArchive1767225600007 } from './migrations/1767225600007-platform-archive.js';
import { PlatformUserPinyin1767225600008 } from './migrations/1767225600008-platform-user-pinyin.js';

/**
 * The platform's entities and migrations. Each part of the platform adds its own here, in its
 * own lines, so parts never edit each other's files.
 */
export const PLATFORM_ENTITIES = [
  Setting, Region, Organisation, User, RoleAssignment,
  Session, ApiToken, RateLimitCounter,
  AuditEntry,
  // notifications
  Notification,
  // files
  StoredFile,
  // calendar
  TermCalendar,
  // imports
  ImportJob,
  ImportRow,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PLATFORM_MIGRATIONS: Function[] = [
  PlatformInit1767225600000,
  PlatformAuth1767225600001,
  PlatformAudit1767225600002,
  // notifications
  PlatformNotifications1767225600003,
  // files
  PlatformFiles1767225600004,
  // calendar
  PlatformCalendar1767225600005,
  // imports
  PlatformImports1767225600006,
  // archive of regions and organisations (directory)
  PlatformArchive1767225600007,
  // users found and sorted by pinyin
  PlatformUserPinyin1767225600008,
];
