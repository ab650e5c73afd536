import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '@schoolbridge/ui';
import type { RegionNode } from '../../api/types';

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

function toNode(r: RegionNode): TreeNode {
  return { id: r.id, pId: r.parentId, value: r.id, title: r.name, isLeaf: !r.hasChildren };
}

function itemsOf(answer: { items: RegionNode[] } | RegionNode[]): RegionNode[] {
  return Array.isArray(answer) ? answer : answer.items;
}

/** The places the user may report on, where their role assignments start. */
export function useRegionRoots() {
  return useQuery({
    queryKey: ['regions', 'roots'],
    queryFn: async () => itemsOf(await apiFetch<{ items: RegionNode[] } | RegionNode[]>('/api/regions/roots')),
    staleTime: 5 * 60_000,
  });
}

/**
 * A region tree that loads each level when it is opened (`GET /api/regions?parentId=`), starting
 * from the user's roots. `value` is a region id; `valueLabel` names it before its level is loaded.
 */
export function RegionPicker({
  id,
  value,
  valueLabel,
  onChange,
}: {
  id?: string;
  value: string | undefined;
  valueLabel?: string;
  onChange: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const roots = useRegionRoots();
  const [nodes, setNodes] = useState<TreeNode[]>([]);

  useEffect(() => {
    if (roots.data) setNodes(roots.data.map((r) => ({ ...toNode(r), pId: null })));
  }, [roots.data]);

  const loadData = async (node: { id?: string; value?: unknown }) => {
    const parentId = String(node.id ?? node.value);
    if (nodes.some((n) => n.pId === parentId)) return;
    const children = itemsOf(await apiFetch<{ items: RegionNode[] }>('/api/regions', { query: { parentId, pageSize: 200 } }));
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      const added = children.filter((c) => !known.has(c.id)).map((c) => ({ ...toNode(c), pId: parentId }));
      // a node with no children after all becomes a leaf
      return [...prev.map((n) => (n.id === parentId && children.length === 0 ? { ...n, isLeaf: true } : n)), ...added];
    });
  };

  const known = value ? nodes.some((n) => n.value === value) : true;
  const options = known || !value ? nodes : [...nodes, { id: value, pId: null, value, title: valueLabel ?? value, isLeaf: true }];

  return (
    <TreeSelect
      id={id}
      data-testid="region-picker"
      style={{ width: '100%', minWidth: 200 }}
      treeDataSimpleMode
      treeData={options}
      loadData={loadData}
      value={value}
      loading={roots.isPending}
      placeholder={t('figures.regionPlaceholder')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
      onChange={(v: string) => {
        const node = options.find((n) => n.value === v);
        onChange(v, node?.title ?? v);
      }}
      notFoundContent={roots.isError ? t('figures.regionsFailed') : t('figures.noRegions')}
    />
  );
}
