/**
 * Checks that a value read back from a saved workspace is a well-formed Scheme: what the
 * importer guarantees (types.ts) — unique ids, parent and children naming existing nodes and
 * each other, no cycle, levels 1 below the parent, rows as row numbers — so that a hand-edited
 * or truncated file is refused with a reason instead of breaking the analysis later.
 */
import type { Bilingual, ColumnRole, IndicatorNode, TextEncoding } from '../types';
import { NODE_TEXT_FIELDS } from '../tree';

/** Records keyed by every member of a union: the compiler keeps them complete. */
const ROLES: Record<ColumnRole, true> = {
  level: true,
  name: true,
  id: true,
  parent: true,
  points: true,
  rule: true,
  department: true,
  kind: true,
  incentive: true,
  note: true,
  year: true,
  code: true,
  veto: true,
  ignore: true,
};
const ENCODINGS: Record<TextEncoding, true> = {
  'utf-8': true,
  gb18030: true,
  'utf-16le': true,
  'utf-16be': true,
};

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min: number) => typeof v === 'number' && Number.isInteger(v) && v >= min;
const quote = (v: unknown) => (typeof v === 'string' ? v : String(JSON.stringify(v)));

function problem(zh: string, en: string): Bilingual {
  return { zh, en };
}

function sourceProblem(source: unknown): Bilingual | null {
  if (!isObject(source)) return problem('缺少来源信息（source）', 'its source is missing');
  if (typeof source.fileName !== 'string' || typeof source.delimiter !== 'string') {
    return problem('来源的文件名或分隔符无效', 'its source has no valid file name or delimiter');
  }
  if (source.format !== 'wide' && source.format !== 'long') {
    return problem('来源格式不是 wide 或 long', 'its source format is not wide or long');
  }
  if (!Object.hasOwn(ENCODINGS, source.encoding as string)) {
    return problem('来源编码无效', 'its source encoding is not one the app reads');
  }
  const m = source.mapping;
  if (!isObject(m) || (m.format !== 'wide' && m.format !== 'long') || !isInt(m.headerRows, 0)) {
    return problem('列映射无效', 'its column mapping is malformed');
  }
  if (
    !Array.isArray(m.columns) ||
    !m.columns.every(
      (c) =>
        isObject(c) &&
        isInt(c.index, 0) &&
        typeof c.header === 'string' &&
        Object.hasOwn(ROLES, c.role as string),
    )
  ) {
    return problem('列映射中有无效的列', 'its column mapping has a malformed column');
  }
  return null;
}

/** What is wrong with one node on its own (fields and types), or null. */
function nodeFieldProblem(n: Obj, i: number): Bilingual | null {
  const at = typeof n.id === 'string' ? `“${n.id}”` : `#${i + 1}`;
  const atEn = typeof n.id === 'string' ? `"${n.id}"` : `#${i + 1}`;
  if (typeof n.id !== 'string' || n.id === '') {
    return problem(`第 ${i + 1} 个节点没有编号`, `node #${i + 1} has no id`);
  }
  if (typeof n.name !== 'string') return problem(`节点${at}没有名称`, `node ${atEn} has no name`);
  if (!isInt(n.level, 1)) {
    return problem(
      `节点${at}的层级 ${quote(n.level)} 不是正整数`,
      `node ${atEn} has level ${quote(n.level)}, not a positive integer`,
    );
  }
  if (n.parent !== null && typeof n.parent !== 'string') {
    return problem(`节点${at}的上级无效`, `node ${atEn} has a malformed parent`);
  }
  if (!Array.isArray(n.children) || !n.children.every((c) => typeof c === 'string')) {
    return problem(`节点${at}的下级列表无效`, `node ${atEn} has a malformed children list`);
  }
  if (!Array.isArray(n.rows) || !n.rows.every((r) => isInt(r, 0))) {
    return problem(`节点${at}的行号不是数字`, `node ${atEn} has row numbers that are not numbers`);
  }
  if (n.points !== undefined && (typeof n.points !== 'number' || !Number.isFinite(n.points))) {
    return problem(`节点${at}的分值不是数字`, `node ${atEn} has points that are not a number`);
  }
  if (n.year !== undefined && !isInt(n.year, 0)) {
    return problem(`节点${at}的年份无效`, `node ${atEn} has a malformed year`);
  }
  for (const f of NODE_TEXT_FIELDS) {
    if (n[f] !== undefined && typeof n[f] !== 'string') {
      return problem(`节点${at}的 ${f} 不是文本`, `node ${atEn} has a ${f} that is not text`);
    }
  }
  return null;
}

/** What is wrong with the links between nodes (ids, parent/children, cycles, levels), or null. */
function linkProblem(nodes: readonly IndicatorNode[]): Bilingual | null {
  const byId = new Map<string, IndicatorNode>();
  for (const n of nodes) {
    if (byId.has(n.id)) return problem(`节点编号“${n.id}”重复`, `node id "${n.id}" is not unique`);
    byId.set(n.id, n);
  }
  // How many nodes name each parent, to compare with its children list without a search
  // per node (a branch of 20,000 items would make that quadratic).
  const named = new Map<string, number>();
  for (const n of nodes) {
    if (n.parent === null) continue;
    if (!byId.has(n.parent)) {
      return problem(
        `节点“${n.id}”的上级“${n.parent}”不存在`,
        `node "${n.id}" names parent "${n.parent}", which does not exist`,
      );
    }
    named.set(n.parent, (named.get(n.parent) ?? 0) + 1);
  }
  // Children after every parent link: a dangling parent is the clearer message.
  for (const n of nodes) {
    for (const c of n.children) {
      const child = byId.get(c);
      if (!child) {
        return problem(
          `节点“${n.id}”的下级“${c}”不存在`,
          `node "${n.id}" lists child "${c}", which does not exist`,
        );
      }
      if (child.parent !== n.id) {
        return problem(
          `节点“${n.id}”列出的下级“${c}”的上级不是它`,
          `node "${n.id}" lists child "${c}", whose parent is another node`,
        );
      }
    }
    if (new Set(n.children).size !== n.children.length) {
      return problem(`节点“${n.id}”的下级重复`, `node "${n.id}" lists a child twice`);
    }
    if ((named.get(n.id) ?? 0) !== n.children.length) {
      // Every listed child names n, with no repeat: so some node names n but is not listed.
      const orphan = nodes.find((m) => m.parent === n.id && !n.children.includes(m.id))!;
      return problem(
        `节点“${orphan.id}”的上级“${n.id}”没有把它列为下级`,
        `node "${orphan.id}" names parent "${n.id}", which does not list it as a child`,
      );
    }
  }
  // A cycle: a walk up the parents that does not reach a top-level node within n steps.
  for (const n of nodes) {
    let cur: IndicatorNode | undefined = n;
    let steps = 0;
    while (cur && cur.parent !== null && steps <= nodes.length) {
      cur = byId.get(cur.parent);
      steps++;
    }
    if (steps > nodes.length) {
      return problem(
        `节点“${n.id}”的上级关系构成循环`,
        `node "${n.id}" is in a cycle of parent links`,
      );
    }
  }
  for (const n of nodes) {
    const expected = n.parent === null ? 1 : byId.get(n.parent)!.level + 1;
    if (n.level !== expected) {
      return problem(
        `节点“${n.id}”的层级是 ${n.level}，按上级应为 ${expected}`,
        `node "${n.id}" has level ${n.level}; its parent makes it ${expected}`,
      );
    }
  }
  return null;
}

/** What is wrong with `value` as a Scheme, or null when it is a well-formed one. */
export function schemeProblem(value: unknown): Bilingual | null {
  if (!isObject(value)) return problem('方案缺失', 'the scheme is missing');
  if (typeof value.id !== 'string' || typeof value.label !== 'string') {
    return problem('方案没有编号或名称', 'the scheme has no id or label');
  }
  if (value.year !== undefined && !isInt(value.year, 0)) {
    return problem('方案的年份无效', 'the scheme has a malformed year');
  }
  const source = sourceProblem(value.source);
  if (source) return source;
  const nodes = value.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) {
    return problem('方案没有节点', 'the scheme has no nodes');
  }
  for (let i = 0; i < nodes.length; i++) {
    const n: unknown = nodes[i];
    if (!isObject(n)) return problem(`第 ${i + 1} 个节点无效`, `node #${i + 1} is malformed`);
    const p = nodeFieldProblem(n, i);
    if (p) return p;
  }
  return linkProblem(nodes as IndicatorNode[]);
}
