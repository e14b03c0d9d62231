// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { breadcrumbPath, renderBreadcrumb } from '../../src/charts/breadcrumb';
import { indexTree } from '../../src/charts/hierarchy';
import { partitionTree } from '../../src/charts/sunburstLayout';
import { shicheng } from './fixture';

const root = partitionTree(indexTree(shicheng()));
const find = (id: string) => root.descendants().find((d) => d.data.id === id)!;

describe('breadcrumbPath(node)', () => {
  it.each([
    {
      id: 'i5.2',
      trail: [
        '石城县 2018 河长制',
        '巩固成果，提升河长制工作实效',
        '全面推进河长制信息平台建设',
        '按制度要求开展乡（镇）河长、村河长、巡查员APP巡河',
      ],
    },
    { id: 's3', trail: ['石城县 2018 河长制', '水岸联动，推进“管治保”措施'] },
  ])('runs from the scheme down to $id', ({ id, trail }) => {
    expect(breadcrumbPath(find(id)).map((c) => c.label)).toEqual(trail);
  });

  it('gives the scheme itself id null and every other step its node id', () => {
    expect(breadcrumbPath(find('i5')).map((c) => c.id)).toEqual([null, 's1', 'i5']);
    expect(breadcrumbPath(root)).toEqual([{ id: null, label: '石城县 2018 河长制' }]);
  });
});

describe('renderBreadcrumb(nav, crumbs, reset, onCrumb)', () => {
  it('makes each step a button that reports its id, and a reset that reports null', () => {
    const nav = document.createElement('nav');
    const onCrumb = vi.fn();
    renderBreadcrumb(nav, breadcrumbPath(find('i5')), '重置', onCrumb);
    const buttons = [...nav.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual([
      '石城县 2018 河长制',
      '巩固成果，提升河长制工作实效',
      '全面推进河长制信息平台建设',
      '重置',
    ]);
    expect(buttons[2].getAttribute('aria-current')).toBe('location');
    buttons[1].click();
    buttons[3].click();
    expect(onCrumb.mock.calls).toEqual([['s1'], [null]]);
  });

  it('writes names from the file as text, never as markup', () => {
    const nav = document.createElement('nav');
    renderBreadcrumb(
      nav,
      [{ id: null, label: '<img src=x onerror="alert(1)">方案' }],
      'Reset',
      () => {},
    );
    expect(nav.querySelector('img')).toBeNull();
    expect(nav.textContent).toContain('<img src=x onerror="alert(1)">方案');
  });
});
