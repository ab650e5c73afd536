import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrainingVocabularies, type TrainingVocabEntry, type TrainingVocabName } from '../api';

/** Training's words for codes in the user's language, and select options built from them. */
export function useTrainingVocab() {
  const { i18n, t } = useTranslation();
  const query = useTrainingVocabularies();
  const en = i18n.language?.startsWith('en');
  const word = useCallback((e: TrainingVocabEntry) => (en ? e.name.en : e.name['zh-CN']), [en]);
  const label = useCallback(
    (name: TrainingVocabName, code: string | null | undefined): string => {
      if (code === null || code === undefined || code === '') return t('training.common.none');
      const e = query.data?.[name]?.find((x) => x.code === code);
      return e ? word(e) : code;
    },
    [query.data, word, t],
  );
  const options = useCallback((name: TrainingVocabName) => (query.data?.[name] ?? []).map((e) => ({ value: e.code, label: word(e) })), [query.data, word]);
  return useMemo(() => ({ label, options, ready: query.isSuccess }), [label, options, query.isSuccess]);
}
