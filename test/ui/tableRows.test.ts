import { describe, expect, it } from 'vitest';
import { locale } from '../../src/ui/i18n/locale.svelte';
import { buildView } from '../../src/ui/state/schemeView';
import { tableCsv, tableRows } from '../../src/ui/table/tableRows';
import { analysis, scheme } from './fixture';

describe('the indicator table', () => {
  const view = buildView(scheme, analysis);
  const rows = tableRows(view, locale.t);

  it('has one row per detailed item, with its path, inherited department and cluster', () => {
    expect(rows.map((r) => [r.id, r.parents.join('/'), r.department, r.cluster])).toEqual([
      ['a1x', '党的建设/组织建设', '组织部', 1],
      ['a1y', '党的建设/组织建设', '', null],
      ['b1', '安全生产', '应急局', null],
      ['b2', '安全生产', '应急局', 1],
    ]);
  });

  it('exports CSV with one column per level, short paths padded', () => {
    const lines = tableCsv(rows, 3, locale.t).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      '第 1 级,第 2 级,第 3 级,分值,评分标准,责任单位,类型,激励,否决,标记,重叠簇,人工修改',
    );
    expect(lines[3]).toBe(
      '安全生产,不发生较大安全事故,,5,发生较大事故的一票否决,应急局,结果类,负向（扣分 / 否决）,是,分支过宽,,',
    );
    expect(lines).toHaveLength(1 + 4 + 1);
  });

  it('numbers clusters largest first, the same number everywhere', () => {
    expect(view.clusterOrder).toEqual([0]);
    expect(view.clusterNumber(0)).toBe(1);
    expect(view.clusterNumber(5)).toBe(0);
  });
});
