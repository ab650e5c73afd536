/** The words of campaigns, outings, inspections and letters (DOMAIN §8, GLOSSARY). */

/** 日常检查 / 专项检查 / 复查. */
export const INSPECTION_KINDS = ['routine', 'campaign', 'reinspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** A draft is the inspector's until submitted; a submitted inspection changes only by amendment. */
export const INSPECTION_STATUSES = ['draft', 'submitted'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/** 带队 / 组员. */
export const OUTING_ROLES = ['leader', 'member'] as const;
export type OutingRole = (typeof OUTING_ROLES)[number];

/** A campaign's status, derived from its period and today. */
export const CAMPAIGN_STATUSES = ['planned', 'active', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** The rectification deadline the letter states: a date, or 立行立改并长期坚持. */
export const DEADLINE_KINDS = ['date', 'immediateOngoing'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * At least two officers take part in a supervisory inspection (《中华人民共和国行政处罚法》第四十二条:
 * 执法人员不得少于两人; 《市场监督管理行政处罚程序规定》likewise).
 */
export const MIN_INSPECTORS_PRESENT = 2;

export function campaignStatus(startsOn: string, endsOn: string, today: string): CampaignStatus {
  if (today < startsOn) return 'planned';
  if (today > endsOn) return 'closed';
  return 'active';
}

/** 某监餐意〔2026〕第015号: serials are printed with at least three digits. */
export function letterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕第${String(serial).padStart(3, '0')}号`;
}
