/**
 * A grade as its face AND its word (DOMAIN §8, UI.md: colour is never the only signal): 优秀 with a
 * big smile, 良好 a smile, 一般 a flat face, 不合格 a frown. Faces and words come from the shared rules
 * (GRADE_FACES), so the admin and the printed letter say the same thing.
 */
import { useTranslation } from 'react-i18next';
import { TONE_COLORS, useKitLocale, type StatusTone } from '@schoolbridge/ui';
import { GRADE_FACES, type Face, type Grade } from '../../../shared/rules';

const TONES: Record<Grade, StatusTone> = { excellent: 'success', good: 'processing', fair: 'warning', fail: 'error' };

const SIZES = { small: 16, default: 20, large: 44 } as const;

/** The mouth of each face on a 24 × 24 face. */
function Mouth({ face }: { face: Face }) {
  switch (face) {
    case 'bigSmile':
      return <path d="M6.5 13 Q12 20.5 17.5 13 Z" fill="currentColor" />;
    case 'smile':
      return <path d="M7.5 14 Q12 18 16.5 14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />;
    case 'flat':
      return <path d="M8 15.5 H16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />;
    case 'frown':
      return <path d="M7.5 17.5 Q12 13 16.5 17.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />;
  }
}

/** Only the face, hidden from screen readers (the word beside it is what they read). */
export function FaceIcon({ face, size = 20 }: { face: Face; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-face={face} style={{ flex: 'none' }}>
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8.5" cy="9.5" r="1.4" fill="currentColor" />
      <circle cx="15.5" cy="9.5" r="1.4" fill="currentColor" />
      <Mouth face={face} />
    </svg>
  );
}

export interface GradeFaceProps {
  /** null: no grade (nothing applicable was checked, or not submitted yet). */
  grade: Grade | null | undefined;
  size?: keyof typeof SIZES;
  /** Shown after the word, e.g. the score "87.50分". */
  suffix?: string;
  /** The grade was lowered by a failed critical item: says so in words. */
  capped?: boolean;
}

/** `<GradeFace grade="good" />` → ☺ 良好 */
export function GradeFace({ grade, size = 'default', suffix, capped = false }: GradeFaceProps) {
  const { t } = useTranslation();
  const locale = useKitLocale();
  if (!grade) {
    return (
      <span className="fs-grade-face" data-grade="none" style={{ color: TONE_COLORS.default.color }}>
        {t('foodSafety.common.noGrade')}
      </span>
    );
  }
  const { face, words } = GRADE_FACES[grade];
  const colors = TONE_COLORS[TONES[grade]];
  const px = SIZES[size];
  return (
    <span
      className="fs-grade-face"
      data-grade={grade}
      data-face={face}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: size === 'large' ? 10 : 6,
        color: colors.color,
        fontWeight: 600,
        fontSize: size === 'large' ? 24 : undefined,
        lineHeight: 1.2,
      }}
    >
      <FaceIcon face={face} size={px} />
      <span className="fs-grade-word">{words[locale]}</span>
      {suffix ? <span style={{ fontWeight: 400 }}>{suffix}</span> : null}
      {capped ? <span style={{ fontWeight: 400, fontSize: 12 }}>{t('foodSafety.common.capped')}</span> : null}
    </span>
  );
}

export default GradeFace;
