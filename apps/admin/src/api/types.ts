/** The API's answers the admin's core pages read, named after the OpenAPI schemas. */
import type { components } from '@schoolbridge/api-client';

type Schemas = components['schemas'];

export type Meta = Schemas['MetaDto'];
export type NotificationItem = Schemas['NotificationDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type Reminder = Schemas['ReminderDto'];
export type Reminders = Schemas['RemindersDto'];
export type FiguresReport = Schemas['FiguresReportDto'];
export type ReportSection = Schemas['ReportSectionDto'];
export type Figure = Schemas['FigureDto'];
export type FigureUnit = Figure['unit'];
export type ReportTable = Schemas['ReportTableDto'];
export type TotalCheck = Schemas['TotalCheckDto'];
export type ApiToken = Schemas['ApiTokenDto'];
export type CreatedApiToken = Schemas['CreatedApiTokenDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditPage = Schemas['AuditPageDto'];

/** A node of the region tree (`GET /api/regions/roots`, `GET /api/regions?parentId=`). */
export interface RegionNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
  hasChildren: boolean;
}
