/**
 * A region picker for forms (antd Form.Item value/onChange): the user's scope roots, each level
 * loaded when opened (core's GET /api/regions/roots and /api/regions?parentId=). `valueLabel`
 * names the current value before its level is loaded.
 */
import { useEffect, useState } from 'react';
import { TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '@schoolbridge/ui';

interface RegionRow {
  id: string;
  name: string;
  parentId: string | null;
  hasChildren: boolean;
}

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (r: RegionRow, pId: string | null): Node => ({ id: r.id, pId, value: r.id, title: r.name, isLeaf: !r.hasChildren });
const itemsOf = (answer: { items: RegionRow[] } | RegionRow[]) => (Array.isArray(answer) ? answer : answer.items);

export function RegionSelect({ id, value, onChange, valueLabel }: { id?: string; value?: string; onChange?: (id: string) => void; valueLabel?: string }) {
  const { t } = useTranslation();
  const roots = useQuery({
    queryKey: ['regions', 'roots'],
    queryFn: async () => itemsOf(await apiFetch<{ items: RegionRow[] } | RegionRow[]>('/api/regions/roots')),
    staleTime: 5 * 60_000,
  });
  const [nodes, setNodes] = useState<Node[]>([]);
  useEffect(() => {
    if (roots.data) setNodes(roots.data.map((r) => toNode(r, null)));
  }, [roots.data]);

  const loadData = async (node: { id?: string; value?: unknown }) => {
    const parentId = String(node.id ?? node.value);
    if (nodes.some((n) => n.pId === parentId)) return;
    const children = itemsOf(await apiFetch<{ items: RegionRow[] }>('/api/regions', { query: { parentId, pageSize: 200 } }));
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      return [
        ...prev.map((n) => (n.id === parentId && children.length === 0 ? { ...n, isLeaf: true } : n)),
        ...children.filter((c) => !known.has(c.id)).map((c) => toNode(c, parentId)),
      ];
    });
  };
  const options =
    !value || nodes.some((n) => n.value === value) ? nodes : [...nodes, { id: value, pId: null, value, title: valueLabel ?? value, isLeaf: true }];
  return (
    <TreeSelect
      id={id}
      size="large"
      style={{ width: '100%' }}
      treeDataSimpleMode
      treeData={options}
      loadData={loadData}
      value={value}
      loading={roots.isPending}
      placeholder={t('foodSafety.common.regionPlaceholder')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      onChange={(v: string) => onChange?.(v)}
      notFoundContent={t('foodSafety.common.noRegions')}
    />
  );
}
