/** 日常管理: the sample log and the daily / weekly / monthly records of the canteens in scope. */
import { Button, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useOptionalAuth } from '@schoolbridge/ui';
import { FS_ROUTINE } from '../../canteens/api';
import { ROUTINE_KINDS } from '../api';
import { RecordsTable } from '../components/RecordsTable';
import { SamplesTable } from '../components/SamplesTable';

export default function RoutinePage() {
  const { t } = useTranslation();
  const w = (key: string) => t(`foodSafety.routine.${key}`);
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const canWrite = useOptionalAuth()?.can(FS_ROUTINE) ?? false;
  const tab = search.get('tab') ?? 'samples';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {w('title')}
      </Typography.Title>
      {canWrite ? (
        <Space wrap>
          <Button type="primary" onClick={() => navigate('/food-safety/routine/samples/new')}>
            {w('newSample')}
          </Button>
          {ROUTINE_KINDS.map((k) => (
            <Button key={k} onClick={() => navigate(`/food-safety/routine/records/new?kind=${k}`)}>
              {t(`foodSafety.routine.fill.${k}`)}
            </Button>
          ))}
        </Space>
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'samples' ? {} : { tab: key })}
        items={[
          { key: 'samples', label: w('samples'), children: <SamplesTable /> },
          { key: 'records', label: w('records'), children: <RecordsTable /> },
        ]}
      />
    </Space>
  );
}
