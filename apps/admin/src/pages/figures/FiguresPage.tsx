import { useMemo, useState } from 'react';
import { CheckCircleFilled, DownloadOutlined, EditOutlined, WarningFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { parsePeriod, type Locale } from '@schoolbridge/shared';
import { PageTitle, apiFetch, problemOf, themeColors, toLocale } from '@schoolbridge/ui';
import type { Figure, FiguresReport, ReportSection, ReportTable, TotalCheck } from '../../api/types';
import { formatFigureValue, labelOf, totalStatuses, type TotalStatus } from './figure-format';
import { PeriodPicker, defaultPeriod } from './PeriodPicker';
import { RegionPicker, useRegionRoots } from './RegionPicker';

/** One sentence per failing check, naming the figures with their labels and values. */
export function mismatchText(c: TotalCheck, figures: Map<string, Figure>, t: TFunction, locale: Locale): string {
  const name = (key: string) => t('figures.quoted', { label: labelOf(t, figures.get(key)?.label ?? key) });
  const total = figures.get(c.total);
  const unitOf = {
    unit: total?.unit ?? figures.get(c.parts[0] ?? '')?.unit ?? 'count',
    measure: total?.measure ?? figures.get(c.parts[0] ?? '')?.measure,
  } as const;
  const fmt = (v: number | null) => (v === null ? '—' : formatFigureValue({ value: v, ...unitOf } as Figure, locale, t));
  const parts = c.parts.map(name).join(t('figures.listSeparator'));
  const values = { total: name(c.total), parts, part: name(c.parts[0] ?? ''), expected: fmt(c.expected), actual: fmt(c.actual) };
  return t(`figures.mismatch.${c.reason ?? 'sum'}`, values);
}

function FigureRow({ f, status, locale }: { f: Figure; status: TotalStatus | undefined; locale: Locale }) {
  const { t } = useTranslation();
  const label = labelOf(t, f.label);
  const isPart = Boolean(f.partsOf || f.subsetOf);
  return (
    <div className={`sb-figure-row${isPart ? ' is-part' : ''}`} data-testid="figure" data-key={f.key}>
      <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
        <Typography.Text>
          {f.subsetOf ? `${t('figures.ofWhich')}` : null}
          {label}
        </Typography.Text>
        {f.source === 'entered' ? (
          <Tag icon={<EditOutlined aria-hidden />} color="default">
            {t('figures.source.entered')}
          </Tag>
        ) : null}
        {status?.ok ? (
          <Typography.Text type="success" style={{ fontSize: 13 }} data-testid="total-ok">
            <CheckCircleFilled style={{ color: themeColors.success }} aria-hidden /> {t('figures.totalOk')}
          </Typography.Text>
        ) : null}
        {status && !status.ok ? (
          <Typography.Text type="warning" style={{ fontSize: 13 }} data-testid="total-mismatch">
            <WarningFilled aria-hidden /> {t('figures.totalMismatch')}
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex gap={12} align="baseline">
        <span className="sb-figure-value" data-testid="figure-value">
          {formatFigureValue(f, locale, t)}
        </span>
        {f.drill ? (
          <Link to={f.drill} aria-label={t('figures.drillNamed', { label })}>
            {t('figures.drill')}
          </Link>
        ) : null}
      </Flex>
    </div>
  );
}

function TableCard({ table, locale }: { table: ReportTable; locale: Locale }) {
  const { t } = useTranslation();
  const columns = table.columns.map((c) => ({
    key: c.key,
    dataIndex: c.key,
    title: labelOf(t, c.label),
    align: c.unit ? ('right' as const) : undefined,
    render: (v: unknown) => (typeof v === 'number' && c.unit ? formatFigureValue({ value: v, unit: c.unit as Figure['unit'] }, locale, t) : String(v ?? '')),
  }));
  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
        {labelOf(t, table.title)}
      </Typography.Title>
      {/* a wide table scrolls in a region the keyboard can reach (axe: scrollable-region-focusable) */}
      <div role="region" aria-label={labelOf(t, table.title)} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table
          size="small"
          columns={columns}
          dataSource={table.rows.map((r, i) => ({ ...r, __key: i }))}
          rowKey="__key"
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('figures.tableEmpty')} /> }}
        />
      </div>
    </div>
  );
}

function SectionCard({ section, statuses, locale }: { section: ReportSection; statuses: Map<string, TotalStatus>; locale: Locale }) {
  const { t } = useTranslation();
  const title = <h2 className="sb-card-title">{labelOf(t, section.title)}</h2>;
  if (section.error) {
    return (
      <Card title={title} data-testid="section" data-section={section.id}>
        <Alert type="error" showIcon title={t('figures.sectionFailed')} description={t('figures.sectionFailedHint')} />
      </Card>
    );
  }
  const figures = section.figures ?? [];
  return (
    <Card title={title} data-testid="section" data-section={section.id}>
      {figures.length === 0 && (section.tables ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('figures.sectionEmpty')} />
      ) : null}
      {figures.map((f) => (
        <FigureRow key={f.key} f={f} status={statuses.get(f.key)} locale={locale} />
      ))}
      {(section.tables ?? []).map((tb) => (
        <TableCard key={tb.key} table={tb} locale={locale} />
      ))}
    </Card>
  );
}

/** 统计: every report section's figures for a region and a period, checked and exportable. */
export default function FiguresPage() {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const roots = useRegionRoots();
  const [regionName, setRegionName] = useState<string | undefined>(undefined);
  const [exporting, setExporting] = useState(false);

  const periodParam = params.get('period');
  const period = periodParam && parsePeriod(periodParam) ? periodParam : defaultPeriod();
  const region = params.get('region') ?? roots.data?.[0]?.id;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };

  const report = useQuery({
    queryKey: ['reports', 'figures', region, period, locale],
    queryFn: () => apiFetch<FiguresReport>('/api/reports/figures', { query: { region, period } }),
    enabled: Boolean(region),
  });

  const data = report.data;
  const figuresByKey = useMemo(() => new Map((data?.sections ?? []).flatMap((s) => s.figures ?? []).map((f) => [f.key, f])), [data]);
  const statuses = useMemo(() => totalStatuses(data?.checks ?? []), [data]);
  const sections = useMemo(() => [...(data?.sections ?? [])].sort((a, b) => a.order - b.order), [data]);

  const onExport = async () => {
    if (!data) return;
    setExporting(true);
    try {
      const { figuresWorkbook, download, exportFileName } = await import('./export-xlsx');
      const buffer = await figuresWorkbook(data, t);
      download(buffer, exportFileName(t, data.region.name, data.period.label));
    } catch (err) {
      console.error(err);
      void message.error(t('figures.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <PageTitle
        title={t('figures.title')}
        description={
          data ? t('figures.subtitle', { region: data.region.name, period: data.period.label, from: data.period.from, to: data.period.to }) : undefined
        }
        actions={
          <Button
            icon={<DownloadOutlined aria-hidden />}
            onClick={() => void onExport()}
            loading={exporting}
            disabled={!data || data.sections.length === 0}
            data-testid="figures-export"
          >
            {t('figures.exportXlsx')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form layout="vertical" component="div">
          <Row gutter={16}>
            <Col xs={24} md={10} lg={8}>
              <Form.Item label={t('figures.region')} htmlFor="figures-region">
                <RegionPicker
                  id="figures-region"
                  value={region}
                  valueLabel={regionName ?? (data?.region.id === region ? data?.region.name : undefined)}
                  onChange={(id, name) => {
                    setRegionName(name);
                    update({ region: id });
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={14} lg={16}>
              <Form.Item label={t('figures.period')} htmlFor="figures-period">
                <PeriodPicker id="figures-period" value={period} onChange={(p) => update({ period: p })} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      {!region && !roots.isPending ? (
        <Card>
          <Empty description={roots.isError ? t('figures.regionsFailed') : t('figures.chooseRegion')} />
        </Card>
      ) : report.isPending || roots.isPending ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : report.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('figures.loadFailed')}
          description={problemOf(report.error)?.detail}
          action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
        />
      ) : data ? (
        <Flex vertical gap={16}>
          {data.mismatches.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="mismatch-alert"
              title={t('figures.mismatchTitle', { count: data.mismatches.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {data.mismatches.map((c, i) => (
                    <li key={`${c.total}-${c.partition ?? c.parts[0]}-${i}`}>{mismatchText(c, figuresByKey, t, locale)}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {sections.length === 0 ? (
            <Card>
              <Empty description={t('figures.noSections')} />
            </Card>
          ) : (
            sections.map((s) => <SectionCard key={s.id} section={s} statuses={statuses} locale={locale} />)
          )}
        </Flex>
      ) : null}
    </div>
  );
}
