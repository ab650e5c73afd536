import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabularies, type Vocabularies, type VocabEntry } from '../api';

export type VocabName = keyof Vocabularies;

/** The directory's words for codes, in the user's language, and select options built from them. */
export function useVocab() {
  const { i18n, t } = useTranslation();
  const query = useVocabularies();
  const en = i18n.language?.startsWith('en');
  const word = useCallback((e: VocabEntry) => (en ? e.name.en : e.name['zh-CN']), [en]);
  const label = useCallback(
    (name: VocabName, code: string | null | undefined): string => {
      if (code === null || code === undefined || code === '') return t('directory.common.none');
      const e = query.data?.[name]?.find((x) => x.code === code);
      return e ? word(e) : code;
    },
    [query.data, word, t],
  );
  const options = useCallback((name: VocabName) => (query.data?.[name] ?? []).map((e) => ({ value: e.code, label: word(e) })), [query.data, word]);
  const yesNo = useCallback((v: boolean | null | undefined) => (v === null || v === undefined ? t('directory.common.none') : v ? t('directory.common.yes') : t('directory.common.no')), [t]);
  return useMemo(() => ({ label, options, yesNo, ready: query.isSuccess }), [label, options, yesNo, query.isSuccess]);
}
