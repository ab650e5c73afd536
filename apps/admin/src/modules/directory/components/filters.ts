import { useTranslation } from 'react-i18next';
import type { FilterDef } from '@schoolbridge/ui';

/** The archived filter every directory list offers (default: current rows only). */
export function useArchivedFilter(): FilterDef {
  const { t } = useTranslation();
  return {
    type: 'select',
    name: 'archived',
    label: t('directory.common.archivedFilter'),
    options: [
      { value: 'true', label: t('directory.common.archivedOnly') },
      { value: 'all', label: t('directory.common.archivedAll') },
    ],
  };
}
