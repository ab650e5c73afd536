/**
 * The words of inspections as tags and options: severities, kinds, statuses, campaign statuses,
 * results. Each tag has a word and an icon besides its colour (StatusTag).
 */
import { useTranslation } from 'react-i18next';
import { StatusTag, defineStatusMap } from '@schoolbridge/ui';
import { GRADES, GRADE_FACES, ITEM_RESULTS, SEVERITIES, type Severity } from '../../../shared/rules';

export const INSPECTION_KINDS = ['routine', 'campaign', 'reinspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const SEVERITY_STATUS = defineStatusMap<Severity>({
  critical: { label: 'foodSafety.common.severities.critical', tone: 'error' },
  major: { label: 'foodSafety.common.severities.major', tone: 'warning' },
  minor: { label: 'foodSafety.common.severities.minor', tone: 'default' },
});

export const INSPECTION_STATUS = defineStatusMap<'draft' | 'submitted'>({
  draft: { label: 'foodSafety.common.inspectionStatus.draft', tone: 'processing' },
  submitted: { label: 'foodSafety.common.inspectionStatus.submitted', tone: 'success' },
});

export const CAMPAIGN_STATUS = defineStatusMap<'planned' | 'active' | 'closed'>({
  planned: { label: 'foodSafety.common.campaignStatus.planned', tone: 'default' },
  active: { label: 'foodSafety.common.campaignStatus.active', tone: 'processing' },
  closed: { label: 'foodSafety.common.campaignStatus.closed', tone: 'success' },
});

export const RESULT_STATUS = defineStatusMap<(typeof ITEM_RESULTS)[number]>({
  compliant: { label: 'foodSafety.common.results.compliant', tone: 'success' },
  nonCompliant: { label: 'foodSafety.common.results.nonCompliant', tone: 'error' },
  notApplicable: { label: 'foodSafety.common.results.notApplicable', tone: 'default' },
  notObserved: { label: 'foodSafety.common.results.notObserved', tone: 'warning' },
});

export function SeverityTag({ severity }: { severity: Severity }) {
  return <StatusTag value={severity} map={SEVERITY_STATUS} />;
}

/** Options for selects, in the vocabularies' order. */
export function useVocabOptions() {
  const { t, i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? i18n.language) === 'en' ? 'en' : 'zh-CN';
  return {
    kinds: INSPECTION_KINDS.map((k) => ({ value: k, label: t(`foodSafety.common.kinds.${k}`) })),
    grades: GRADES.map((g) => ({ value: g, label: GRADE_FACES[g].words[locale] })),
    severities: SEVERITIES.map((s) => ({ value: s, label: t(`foodSafety.common.severities.${s}`) })),
    statuses: (['draft', 'submitted'] as const).map((s) => ({ value: s, label: t(`foodSafety.common.inspectionStatus.${s}`) })),
    campaignStatuses: (['planned', 'active', 'closed'] as const).map((s) => ({ value: s, label: t(`foodSafety.common.campaignStatus.${s}`) })),
  };
}
