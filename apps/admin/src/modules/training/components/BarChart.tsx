import { useEffect, useRef, useState } from 'react';
import { Typography } from 'antd';

export interface BarChartProps {
  /** What the chart shows, for screen readers and as its caption. */
  title: string;
  categories: string[];
  values: number[];
  /** The words after each value in the text list (人, 份). */
  unit?: string;
  height?: number;
  /** Horizontal bars (long category names). */
  horizontal?: boolean;
}

/**
 * A small ECharts bar chart, loaded on first use (UI.md: heavy libraries are lazy). The figures
 * are also listed as text under it, so the chart is never the only way to read them.
 */
export function BarChart({ title, categories, values, unit = '', height = 220, horizontal = false }: BarChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const data = JSON.stringify([categories, values, horizontal]);

  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void; resize: () => void } | null = null;
    const onResize = () => chart?.resize();
    void (async () => {
      const [core, charts, components, renderers] = await Promise.all([
        import('echarts/core'),
        import('echarts/charts'),
        import('echarts/components'),
        import('echarts/renderers'),
      ]);
      if (disposed || !ref.current) return;
      core.use([charts.BarChart, components.GridComponent, components.TooltipComponent, renderers.SVGRenderer]);
      const instance = core.init(ref.current, undefined, { renderer: 'svg' });
      const [cats, vals, flip] = JSON.parse(data) as [string[], number[], boolean];
      const category = { type: 'category' as const, data: cats, axisLabel: { color: '#434343' } };
      const value = { type: 'value' as const, minInterval: 1, axisLabel: { color: '#434343' } };
      instance.setOption({
        aria: { enabled: true },
        grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: flip ? value : category,
        yAxis: flip ? category : value,
        series: [
          {
            type: 'bar',
            data: vals,
            itemStyle: { color: '#0958d9' },
            barMaxWidth: 36,
            label: { show: true, position: flip ? 'right' : 'top', color: '#262626' },
          },
        ],
      });
      chart = instance;
      window.addEventListener('resize', onResize);
    })().catch(() => setFailed(true));
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [data]);

  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography.Text strong>{title}</Typography.Text>
      </figcaption>
      {!failed && <div ref={ref} role="img" aria-label={title} style={{ width: '100%', height }} />}
      <ul
        className="sb-chart-values"
        style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}
      >
        {categories.map((c, i) => (
          <li key={c}>
            <Typography.Text type="secondary">{c}</Typography.Text> {values[i]}
            {unit}
          </li>
        ))}
      </ul>
    </figure>
  );
}
