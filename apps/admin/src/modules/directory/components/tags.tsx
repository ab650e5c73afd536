import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVocab } from './vocab';

const TIER_COLORS: Record<string, string> = { strong: 'green', ordinary: 'default', weak: 'orange' };

/** 层次 as a tag: the word is always shown, the colour only helps. */
export function TierTag({ tier }: { tier: string | null }) {
  const { label } = useVocab();
  if (!tier) return <>{label('tiers', null)}</>;
  return <Tag color={TIER_COLORS[tier] ?? 'default'}>{label('tiers', tier)}</Tag>;
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
