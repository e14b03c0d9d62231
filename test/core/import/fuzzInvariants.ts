/**
 * What every import must satisfy, whatever the input (issue 6): a scheme or errors, never an
 * exception; a consistent tree; an analysis whose counts add up (DESIGN.md headline metrics).
 */
import { expect } from 'vitest';
import { analyzeScheme } from '../../../src/core/analyze';
import type { ImportResult, Scheme } from '../../../src/core/types';

/** What every import result must satisfy, whatever the input. */
export function checkResult(r: ImportResult): void {
  const errors = r.issues.filter((i) => i.severity === 'error');
  // An 'internal' issue is an exception the importer caught: a bug, not a user's mistake.
  expect(r.issues.filter((i) => i.code === 'internal')).toEqual([]);
  // Never a silent partial import, never a refusal without a reason.
  expect(r.scheme === null).toBe(errors.length > 0);
  for (const i of r.issues) {
    expect(i.message.zh.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
    expect(Number.isInteger(i.row) && i.row >= 0).toBe(true);
  }
  if (r.scheme) checkScheme(r.scheme);
}

/** The tree is consistent: parents exist and come first, children and levels agree. */
function checkScheme(s: Scheme): void {
  const byId = new Map(s.nodes.map((n, i) => [n.id, { n, i }]));
  expect(byId.size).toBe(s.nodes.length);
  s.nodes.forEach((n, i) => {
    expect(n.name.trim()).not.toBe('');
    expect(n.rows.length).toBeGreaterThan(0);
    if (n.parent === null) expect(n.level).toBe(1);
    else {
      const p = byId.get(n.parent)!;
      expect(p.i).toBeLessThan(i);
      expect(n.level).toBe(p.n.level + 1);
      expect(p.n.children).toContain(n.id);
    }
    for (const c of n.children) expect(byId.get(c)?.n.parent).toBe(n.id);
    if (n.points !== undefined) expect(Number.isFinite(n.points)).toBe(true);
  });
  checkAnalysis(s);
}

const share = (x: number | null) => x === null || (x >= 0 && x <= 1);

/** The analysis of a scheme adds up (DESIGN.md headline metrics). */
function checkAnalysis(s: Scheme): void {
  const a = analyzeScheme(s);
  const leafIds = s.nodes.filter((n) => n.children.length === 0).map((n) => n.id);
  const { counts, kind, incentive, overlap } = a;
  expect(counts.byLevel.reduce((x, y) => x + y, 0)).toBe(counts.nodes);
  expect(counts.nodes).toBe(s.nodes.length);
  expect(counts.leaves).toBe(leafIds.length);
  expect(a.leaves.map((l) => l.id)).toEqual(leafIds);
  expect(kind.process + kind.outcome + kind.mixed + kind.unknown).toBe(counts.leaves);
  expect(incentive.negative + incentive.positive + incentive.neutral + incentive.unknown).toBe(
    counts.leaves,
  );
  expect(incentive.vetoes).toBeLessThanOrEqual(counts.leaves);
  for (const x of [
    kind.processShare,
    kind.processShareByPoints,
    incentive.negativeRatio,
    incentive.negativeRatioByPoints,
    overlap.ratio,
  ]) {
    expect(share(x)).toBe(true);
  }
  expect(counts.byDepartment.reduce((x, d) => x + d.leaves, 0)).toBe(counts.leaves);
  for (const leaf of a.leaves) {
    expect(leaf.kindEvidence.source).toBeTruthy();
    expect(leaf.incentiveEvidence.source).toBeTruthy();
    if (leaf.veto) expect(leaf.vetoEvidence).toBeDefined();
    for (const f of leaf.flags) expect(f.evidence.source).toBeTruthy();
  }
  // Children's points that do not add up are reported; ones that do are not.
  const byId = new Map(s.nodes.map((n) => [n.id, n]));
  const reported = new Set(counts.pointsMismatches.map((m) => m.id));
  for (const n of s.nodes) {
    const kids = n.children.map((c) => byId.get(c)!.points);
    if (n.points === undefined || kids.length === 0 || kids.some((p) => p === undefined)) {
      expect(reported.has(n.id)).toBe(false);
      continue;
    }
    const diff = Math.abs(kids.reduce((x: number, p) => x + p!, 0) - n.points);
    if (diff > 1e-3) expect(reported.has(n.id)).toBe(true);
    if (diff < 1e-9) expect(reported.has(n.id)).toBe(false);
  }
}
