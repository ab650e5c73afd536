/** Tags for a template's purpose and an item's severity (colour, icon and word: never colour alone). */
import { useTranslation } from 'react-i18next';
import { StatusTag, defineStatusMap } from '@schoolbridge/ui';
import type { Severity, TemplatePurpose } from '../api';

export const SEVERITY_STATUS = defineStatusMap({
  critical: { label: 'foodSafety.templates.severities.critical', tone: 'error' },
  major: { label: 'foodSafety.templates.severities.major', tone: 'warning' },
  minor: { label: 'foodSafety.templates.severities.minor', tone: 'default' },
});

export const TEMPLATE_STATUS = defineStatusMap({
  active: { label: 'foodSafety.templates.active', tone: 'success' },
  archived: { label: 'foodSafety.templates.archived', tone: 'default' },
});

export const PURPOSES: TemplatePurpose[] = ['inspection', 'dailyCheck', 'weeklyReview', 'monthlyDispatch'];
export const SEVERITIES: Severity[] = ['critical', 'major', 'minor'];
export const DEFECTS = [
  'rawCookedMixed',
  'noSampleFridge',
  'samplesMissingOrShort',
  'irregularPurchaseLedger',
  'expiredFood',
  'crudeFacilities',
  'missingHealthCertificate',
] as const;

export function SeverityTag({ value }: { value: Severity }) {
  return <StatusTag value={value} map={SEVERITY_STATUS} />;
}

export function PurposeText({ value }: { value: TemplatePurpose }) {
  const { t } = useTranslation();
  return <>{t(`foodSafety.templates.purposes.${value}`)}</>;
}
