import { describe, expect, it } from 'vitest';
import { departmentOf, nodeIndex, pathOf } from '../../src/core/tree';
import type { IndicatorNode } from '../../src/core/types';
import { schemeOf } from './overlap/schemeOf';

const rows = () => [
  { id: 'A', name: '安全生产', department: '县应急局' },
  { id: 'A1', name: '隐患排查', parent: 'A' },
  { id: 'A1a', name: '上门摸排', parent: 'A1', points: 0.4 },
  { id: 'B', name: '环境保护' },
  { id: 'B1', name: '污水处理', parent: 'B', points: 12 },
];

const leaf = (id: string, parent: string): IndicatorNode => ({
  id,
  name: `新增${id}`,
  level: 2,
  parent,
  children: [],
  rows: [99],
});

describe('nodeIndex(scheme)', () => {
  it('is built once per nodes list and shared by every caller (issue 5)', () => {
    const scheme = schemeOf(rows());
    const index = nodeIndex(scheme);
    expect(nodeIndex(scheme)).toBe(index);
    expect(pathOf(scheme.nodes[2], index)).toEqual(['安全生产', '隐患排查', '上门摸排']);
    expect(departmentOf(scheme.nodes[2], index)).toBe('县应急局');
  });

  it('finds a node added to the list in place, rather than answering from a stale index', () => {
    const scheme = schemeOf(rows());
    const before = nodeIndex(scheme);
    expect(before.has('B2')).toBe(false);
    scheme.nodes.push(leaf('B2', 'B'));
    expect(nodeIndex(scheme).get('B2')?.name).toBe('新增B2');
  });

  it('forgets a node removed in place, even when another took its place at the end', () => {
    const scheme = schemeOf(rows());
    nodeIndex(scheme);
    scheme.nodes[scheme.nodes.length - 1] = leaf('B9', 'B');
    expect(nodeIndex(scheme).has('B1')).toBe(false);
    expect(nodeIndex(scheme).get('B9')?.parent).toBe('B');
  });

  it('gives a replaced list (what simulate does) its own index', () => {
    const scheme = schemeOf(rows());
    const before = nodeIndex(scheme);
    scheme.nodes = scheme.nodes.filter((n) => n.id !== 'A1a');
    const after = nodeIndex(scheme);
    expect(after).not.toBe(before);
    expect([...after.keys()]).toEqual(['A', 'A1', 'B', 'B1']);
    expect(before.has('A1a')).toBe(true); // the old list's index is left as it was
  });

  it('keeps the later node when two share an id, as a Map built from the list does', () => {
    const scheme = schemeOf(rows());
    scheme.nodes.push({ ...leaf('B1', 'B'), name: '重复' });
    expect(nodeIndex(scheme).get('B1')?.name).toBe('重复');
    expect(nodeIndex(scheme).get('B1')?.name).toBe('重复');
  });
});
