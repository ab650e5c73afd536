import type React from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TONE_COLORS, type StatusTone } from '@schoolbridge/ui';
import { useVocab } from './vocab';

const TIER_TONES: Record<string, StatusTone> = { strong: 'success', ordinary: 'default', weak: 'warning' };

/** A tag in one of the kit's tones (their words pass 4.5:1 on their backgrounds). */
export function ToneTag({ tone, children }: { tone: StatusTone; children: React.ReactNode }) {
  const c = TONE_COLORS[tone];
  return <Tag style={{ color: c.color, background: c.background, borderColor: c.border }}>{children}</Tag>;
}

/** 层次 as a tag: the word is always shown, the colour only helps. */
export function TierTag({ tier }: { tier: string | null }) {
  const { label } = useVocab();
  if (!tier) return <>{label('tiers', null)}</>;
  return <ToneTag tone={TIER_TONES[tier] ?? 'default'}>{label('tiers', tier)}</ToneTag>;
}

export function ArchivedTag({ archivedAt }: { archivedAt: string | null }) {
  const { t } = useTranslation();
  return archivedAt ? <Tag>{t('directory.common.archived')}</Tag> : null;
}

/** A list of codes as their words: 小学、初中. */
export function CodeList({ vocab, codes }: { vocab: Parameters<ReturnType<typeof useVocab>['label']>[0]; codes: string[] | null | undefined }) {
  const { label } = useVocab();
  if (!codes || codes.length === 0) return <>{label(vocab, null)}</>;
  return <>{codes.map((c) => label(vocab, c)).join('、')}</>;
}

/** 在用 / 已归档 of a staff member, as a tag: the word is always shown, the colour only helps. */
export function StaffStatusTag({ archivedAt }: { archivedAt: string | null }) {
  const { t } = useTranslation();
  return archivedAt ? <ToneTag tone="default">{t('directory.staff.archived')}</ToneTag> : <ToneTag tone="success">{t('directory.staff.current')}</ToneTag>;
}
