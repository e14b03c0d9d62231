import type { HierarchyNode } from 'd3';
import { ROOT_ID } from './hierarchy';
import type { ChartNode } from './types';

/** One step of the breadcrumb trail; id null is the scheme itself (the root). */
export interface Crumb {
  id: string | null;
  label: string;
}

/** The trail from the scheme down to the current branch, root first. */
export function breadcrumbPath(node: HierarchyNode<ChartNode>): Crumb[] {
  return node
    .ancestors()
    .reverse()
    .map((n) => ({ id: n.data.id === ROOT_ID ? null : n.data.id, label: n.data.name }));
}

/**
 * Draws the trail into `nav` as buttons (the last one marked aria-current) and a reset
 * button. Names come from users' files, so they are set as textContent, never as HTML.
 */
export function renderBreadcrumb(
  nav: HTMLElement,
  crumbs: Crumb[],
  resetLabel: string,
  onCrumb: (id: string | null) => void,
): void {
  nav.replaceChildren();
  const list = document.createElement('span');
  crumbs.forEach((c, i) => {
    if (i > 0) {
      const sep = document.createElement('span');
      sep.textContent = ' › ';
      sep.setAttribute('aria-hidden', 'true');
      sep.style.color = '#888';
      list.append(sep);
    }
    const b = button(c.label);
    b.dataset.crumb = c.id ?? '';
    if (i === crumbs.length - 1) {
      b.setAttribute('aria-current', 'location');
      b.style.fontWeight = '600';
    }
    b.addEventListener('click', () => onCrumb(c.id));
    list.append(b);
  });
  const reset = button(resetLabel);
  reset.dataset.reset = '';
  reset.style.marginLeft = '12px';
  reset.style.border = '1px solid #bbb';
  reset.style.borderRadius = '4px';
  reset.style.padding = '1px 8px';
  reset.disabled = crumbs.length <= 1;
  reset.addEventListener('click', () => onCrumb(null));
  nav.append(list, reset);
}

function button(text: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  Object.assign(b.style, {
    background: 'none',
    border: 'none',
    padding: '0 2px',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
  });
  return b;
}
