import { useCallback, useEffect, useState, type Key } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Select, Space, Switch, Tag, Tree, Typography, type TreeDataNode } from 'antd';
import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiForm, CardSkeleton, EmptyState, PageTitle, TableSkeleton, formatCount, problemOf, useAuth, type StatusTone } from '@schoolbridge/ui';
import { REGIONS_MANAGE, directoryApi, directoryKeys, type Region } from '../api';
import { ExportMenu } from '../components/ListTools';
import { RecordActions } from '../components/RecordActions';
import { ToneTag } from '../components/tags';

const KINDS = ['province', 'city', 'county', 'township', 'village', 'other'] as const;
const KIND_TONES: Record<string, StatusTone> = { province: 'processing', city: 'processing', county: 'processing', township: 'success', village: 'default', other: 'warning' };
const ROOT = '';

type Children = Record<string, Region[] | undefined>;

function RegionKindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <ToneTag tone={KIND_TONES[kind] ?? 'default'}>{t(`directory.regions.kinds.${kind}`, { defaultValue: kind })}</ToneTag>;
}

function RegionForm({
  mode,
  region,
  parent,
  onSaved,
  onCancel,
}: {
  mode: 'create' | 'edit';
  region?: Region;
  parent?: Region | null;
  onSaved: (saved: Region) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const kindOptions = KINDS.map((k) => ({ value: k, label: t(`directory.regions.kinds.${k}`) }));
  return (
    <ApiForm<{ code?: string; name: string; kind: string }>
      layout="vertical"
      guardUnsaved={false}
      successMessage={mode === 'create' ? t('directory.regions.created') : undefined}
      initialValues={mode === 'edit' && region ? { name: region.name, kind: region.kind } : { code: parent?.code ?? '', kind: undefined as unknown as string, name: '' }}
      onSubmit={(v) =>
        mode === 'edit' && region
          ? directoryApi.updateRegion(region.id, { name: v.name, kind: v.kind, version: region.version })
          : directoryApi.createRegion({ code: v.code ?? '', name: v.name, kind: v.kind, parentId: parent?.id ?? null })
      }
      onSuccess={(saved) => onSaved(saved as Region)}
      actions={<Button onClick={onCancel}>{t('directory.common.cancel')}</Button>}
      fieldLabels={{ code: t('directory.regions.code'), name: t('directory.regions.name'), kind: t('directory.regions.kind'), version: t('directory.common.version') }}
    >
      {mode === 'create' && (
        <Form.Item
          name="code"
          label={t('directory.regions.code')}
          extra={t('directory.regions.codeHint')}
          rules={[
            { required: true, message: t('directory.regions.codeRequired') },
            { pattern: /^\d{2,12}$/, message: t('directory.regions.codeFormat') },
          ]}
        >
          <Input inputMode="numeric" maxLength={12} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('directory.regions.name')} rules={[{ required: true, whitespace: true, message: t('directory.regions.nameRequired') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('directory.regions.kind')} rules={[{ required: true, message: t('directory.regions.kindRequired') }]}>
        <Select options={kindOptions} placeholder={t('kit.table.selectPlaceholder')} />
      </Form.Item>
    </ApiForm>
  );
}

/** 地区: the region tree, loaded a level at a time, with a panel for the chosen region. */
export default function RegionsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const manage = can(REGIONS_MANAGE);
  const [showArchived, setShowArchived] = useState(false);
  const [children, setChildren] = useState<Children>({});
  const [rootError, setRootError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [dialog, setDialog] = useState<null | { mode: 'create' | 'edit'; parent?: Region | null; region?: Region }>(null);

  const archived = showArchived ? 'all' : 'false';
  const loadLevel = useCallback(
    async (parentId: string) => {
      const page = await directoryApi.regions({ ...(parentId ? { parentId } : {}), archived, pageSize: 200, sort: 'code' });
      setChildren((prev) => ({ ...prev, [parentId]: page.items }));
    },
    [archived],
  );

  const loadRoots = useCallback(() => {
    setRootError(null);
    setChildren({});
    setExpanded([]);
    loadLevel(ROOT).catch((err: unknown) => setRootError(problemOf(err)?.detail ?? problemOf(err)?.title ?? String(err)));
  }, [loadLevel]);

  useEffect(() => loadRoots(), [loadRoots]);

  const detail = useQuery({
    queryKey: selected ? directoryKeys.region(selected) : ['directory', 'regions', 'none'],
    queryFn: () => directoryApi.region(selected!),
    enabled: selected !== null,
  });
  const region = detail.data;

  const toNodes = (parentId: string): TreeDataNode[] =>
    (children[parentId] ?? []).map((r) => ({
      key: r.id,
      isLeaf: r.childCount === 0,
      title: (
        <Space size={6} wrap>
          <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {r.code}
          </Typography.Text>
          <span>{r.name}</span>
          <RegionKindTag kind={r.kind} />
          {r.archivedAt && <Tag>{t('directory.common.archived')}</Tag>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('directory.regions.counts', { children: formatCount(r.childCount), organisations: formatCount(r.organisationCount) })}
          </Typography.Text>
        </Space>
      ),
      ...(children[r.id] ? { children: toNodes(r.id) } : {}),
    }));

  /** After a write: the level holding the region again, and its detail. */
  const refreshAround = async (r: { id: string; parentId: string | null }) => {
    await loadLevel(r.parentId ?? ROOT);
    if (children[r.id]) await loadLevel(r.id);
    await queryClient.invalidateQueries({ queryKey: directoryKeys.region(r.id) });
  };

  const roots = children[ROOT];
  return (
    <div>
      <PageTitle
        title={t('directory.regions.title')}
        description={t('directory.regions.description')}
        actions={
          <Space>
            <ExportMenu list="regions" extra={showArchived ? { archived: 'all' } : {}} />
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', parent: null })}>
                {t('directory.regions.addRoot')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card
            title={t('directory.regions.tree')}
            extra={
              <Space>
                <Switch size="small" checked={showArchived} onChange={setShowArchived} aria-label={t('directory.regions.showArchived')} />
                <span aria-hidden>{t('directory.regions.showArchived')}</span>
              </Space>
            }
          >
            {rootError ? (
              <Alert
                type="error"
                showIcon
                title={t('directory.common.loadFailed')}
                description={rootError}
                action={
                  <Button icon={<ReloadOutlined />} onClick={loadRoots}>
                    {t('directory.common.retry')}
                  </Button>
                }
              />
            ) : !roots ? (
              <TableSkeleton rows={6} columns={1} />
            ) : roots.length === 0 ? (
              <EmptyState
                description={t('directory.regions.treeEmpty')}
                {...(manage ? { action: { label: t('directory.regions.addRoot'), onClick: () => setDialog({ mode: 'create', parent: null }) } } : {})}
              />
            ) : (
              <Tree
                aria-label={t('directory.regions.tree')}
                blockNode
                showLine
                treeData={toNodes(ROOT)}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys)}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected(keys.length ? String(keys[0]) : null)}
                loadData={async (node) => {
                  if (!children[String(node.key)]) await loadLevel(String(node.key));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card title={region ? region.name : t('directory.regions.title')} aria-live="polite">
            {!selected ? (
              <Typography.Paragraph type="secondary">{t('directory.regions.pick')}</Typography.Paragraph>
            ) : detail.isPending ? (
              <CardSkeleton />
            ) : detail.isError || !region ? (
              <Alert
                type="error"
                showIcon
                title={t('directory.common.loadFailed')}
                description={problemOf(detail.error)?.detail}
                action={
                  <Button icon={<ReloadOutlined />} onClick={() => void detail.refetch()}>
                    {t('directory.common.retry')}
                  </Button>
                }
              />
            ) : (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions
                  column={1}
                  size="small"
                  bordered
                  items={[
                    { key: 'code', label: t('directory.regions.code'), children: region.code },
                    { key: 'name', label: t('directory.regions.name'), children: region.name },
                    {
                      key: 'kind',
                      label: t('directory.regions.kind'),
                      children: (
                        <Space>
                          <RegionKindTag kind={region.kind} />
                          {region.archivedAt && <Tag>{t('directory.common.archived')}</Tag>}
                        </Space>
                      ),
                    },
                    {
                      key: 'ancestors',
                      label: t('directory.regions.ancestors'),
                      children: region.ancestors?.length ? region.ancestors.map((a) => a.name).join(' / ') : t('directory.common.none'),
                    },
                    { key: 'children', label: t('directory.regions.children'), children: formatCount(region.childCount) },
                    { key: 'organisations', label: t('directory.regions.organisations'), children: formatCount(region.organisationCount, 'count', { measure: 'jia' }) },
                    { key: 'path', label: t('directory.regions.path'), children: <Typography.Text code>{region.path}</Typography.Text> },
                  ]}
                />
                {manage && (
                  <Space wrap>
                    <Button icon={<EditOutlined />} onClick={() => setDialog({ mode: 'edit', region })}>
                      {t('directory.common.edit')}
                    </Button>
                    {!region.archivedAt && (
                      <Button icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'create', parent: region })}>
                        {t('directory.regions.addChild')}
                      </Button>
                    )}
                    <RecordActions
                      name={region.name}
                      archived={!!region.archivedAt}
                      onArchive={() => directoryApi.archiveRegion(region.id)}
                      onRestore={() => directoryApi.restoreRegion(region.id)}
                      onDelete={() => directoryApi.deleteRegion(region.id)}
                      onDone={(action) => {
                        if (action === 'delete') setSelected(null);
                        void refreshAround(region);
                      }}
                    />
                  </Space>
                )}
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={dialog !== null}
        onCancel={() => setDialog(null)}
        footer={null}
        destroyOnHidden
        title={
          dialog?.mode === 'edit'
            ? t('directory.regions.editTitle', { name: dialog.region?.name })
            : dialog?.parent
              ? t('directory.regions.addChildTitle', { name: dialog.parent.name })
              : t('directory.regions.addRootTitle')
        }
      >
        {dialog && (
          <RegionForm
            mode={dialog.mode}
            {...(dialog.region ? { region: dialog.region } : {})}
            parent={dialog.parent ?? null}
            onCancel={() => setDialog(null)}
            onSaved={(saved) => {
              const d = dialog;
              setDialog(null);
              if (d.mode === 'create' && d.parent) {
                void loadLevel(d.parent.id).then(() => setExpanded((keys) => [...new Set([...keys, d.parent!.id])]));
                void queryClient.invalidateQueries({ queryKey: directoryKeys.region(d.parent.id) });
                void loadLevel(d.parent.parentId ?? ROOT);
              } else {
                void refreshAround(saved);
              }
              setSelected(saved.id);
            }}
          />
        )}
      </Modal>
    </div>
  );
}
