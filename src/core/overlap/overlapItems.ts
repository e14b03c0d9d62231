import { departmentOf, leavesOf, nodeIndex } from '../tree';
import type { Scheme } from '../types';

/** One leaf as overlap detection sees it. */
export interface OverlapItem {
  /** The leaf's node id. */
  id: string;
  /** Raw text to compare; findOverlap normalises it. */
  text: string;
  /** Inherited from the nearest ancestor that names one; absent when none does. */
  department?: string;
}

/**
 * One item per leaf, in file order. The text is the leaf's name followed by its scoring
 * rule (评分标准), or the name alone when there is no rule. The name says what is assessed,
 * but in real schemes it is often short or generic ("日常工作", "组织领导") and the rule
 * carries the content; the rule's scoring boilerplate (扣X分, 每…扣 …) is removed by
 * normalizeText, so what is left of it is content too. The two are joined by a line break,
 * which normalisation treats as a separator (no bigram spans the join).
 */
export function overlapItems(scheme: Scheme): OverlapItem[] {
  const index = nodeIndex(scheme);
  return leavesOf(scheme).map((node) => {
    const rule = node.rule?.trim();
    const item: OverlapItem = { id: node.id, text: rule ? `${node.name}\n${rule}` : node.name };
    const department = departmentOf(node, index);
    if (department) item.department = department;
    return item;
  });
}
