/** The routine tab of a canteen's page: shortcuts to fill today's records, the sample log and the records. */
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOptionalAuth } from '@schoolbridge/ui';
import { FS_ROUTINE } from '../../canteens/api';
import { ROUTINE_KINDS } from '../api';
import { RecordsTable } from './RecordsTable';
import { SamplesTable } from './SamplesTable';

export function CanteenRoutineSummary({ canteenId }: { canteenId: string }) {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.routine.${key}`);
  const navigate = useNavigate();
  const canWrite = useOptionalAuth()?.can(FS_ROUTINE) ?? false;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {canWrite ? (
        <Space wrap>
          <Button type="primary" onClick={() => navigate(`/food-safety/routine/samples/new?canteenId=${canteenId}`)}>
            {w('newSample')}
          </Button>
          {ROUTINE_KINDS.map((k) => (
            <Button key={k} onClick={() => navigate(`/food-safety/routine/records/new?kind=${k}&canteenId=${canteenId}`)}>
              {t(`foodSafety.routine.fill.${k}`)}
            </Button>
          ))}
        </Space>
      ) : null}
      <Typography.Title level={5}>{w('samples')}</Typography.Title>
      <SamplesTable canteenId={canteenId} urlPrefix="s." />
      <Typography.Title level={5}>{w('records')}</Typography.Title>
      <RecordsTable canteenId={canteenId} urlPrefix="r." />
    </Space>
  );
}
