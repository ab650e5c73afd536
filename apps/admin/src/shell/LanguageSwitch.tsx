import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLocale } from '@schoolbridge/shared';
import { LANGUAGE_NAMES, problemOf, useLanguage } from '@schoolbridge/ui';

/** 中文 / English: signed in, the choice is saved for the user; on the login page, on this device. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { language, languages, setLanguage } = useLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: languages.map((l) => ({ key: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> })),
        onClick: ({ key }) => {
          if (!isLocale(key) || key === language) return;
          setLanguage(key).catch((err: unknown) => {
            void message.error(problemOf(err)?.detail ?? t('shell.languageSaveFailed'));
          });
        },
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} data-testid="lang-switch" aria-label={`${t('shell.language')}: ${LANGUAGE_NAMES[language]}`}>
        {compact ? null : <span lang={language}>{LANGUAGE_NAMES[language]}</span>}
      </Button>
    </Dropdown>
  );
}
