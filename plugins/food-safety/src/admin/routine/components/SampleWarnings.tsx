/** A sample's warnings as words (too light, taken out too early): warnings, not refusals. */
import { Space, Tag } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SampleWarning } from '../api';

export function SampleWarnings({ warnings, minGrams = 125, minHours = 48 }: { warnings: SampleWarning[]; minGrams?: number; minHours?: number }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Space size={4} wrap>
      {warnings.map((w) => (
        <Tag key={w} color="warning" icon={<WarningOutlined />}>
          {t(`foodSafety.routine.warnings.${w}`, { grams: minGrams, hours: minHours })}
        </Tag>
      ))}
    </Space>
  );
}
