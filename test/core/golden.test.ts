/**
 * The golden scheme: a small county assessment whose every headline number was worked out
 * by hand (in the comments below) before the code was run. If one of these fails, read the
 * rows again before changing the expectation.
 */
import { describe, expect, it } from 'vitest';
import { analyzeScheme } from '../../src/core/analyze';
import { importScheme } from '../../src/core/import/importScheme';

// File rows 2–9 are the eight detailed items (row 1 is the header).
const CSV = [
  '一级指标,二级指标,三级指标,分值,评分标准,责任单位',
  '党的建设,组织建设,按时召开党委会议,4,每缺一次扣1分，扣完为止,组织部', // r2
  ',,党员发展工作台账,2,台账不全的扣2分,组织部', // r3
  ',宣传思想,学习强国APP日均积分,4,低于全县平均的扣2分,宣传部', // r4
  '经济发展,财政收入,一般公共预算收入增长率,10,完成目标得10分，每低1个百分点扣1分,财政局', // r5
  ',招商引资,新引进亿元以上项目个数,10,每引进1个加2分,发改局', // r6
  '安全稳定,安全生产,全年未发生较大以上安全生产事故,10,发生较大事故的一票否决,应急管理局', // r7
  ',,全年未发生较大安全生产事故,10,发生较大事故的扣10分,住建局', // r8
  ',群众满意,群众满意度,10,按测评得分折算,信访局', // r9
].join('\r\n');

function golden() {
  const result = importScheme(new TextEncoder().encode(CSV), '某县2020年乡镇考核.csv');
  if (!result.scheme) throw new Error(JSON.stringify(result.issues));
  return { scheme: result.scheme, analysis: analyzeScheme(result.scheme) };
}

describe('the golden scheme, computed by hand', () => {
  it('counts 3 major items, 6 sub-items and 8 detailed items', () => {
    const { scheme, analysis } = golden();
    expect(scheme.year).toBe(2020);
    const c = analysis.counts;
    expect(c.byLevel).toEqual([3, 6, 8]);
    expect(c.leaves).toBe(8);
    expect(c.depth).toBe(3);
    expect(c.nodes).toBe(17);
    // Parents: 3 major items with 2 children each, 6 sub-items with 2,1,1,1,2,1 children:
    // 14 children over 9 parents.
    expect(c.childrenMean).toBeCloseTo(14 / 9, 6);
    expect(c.childrenMax).toBe(2);
    // Only the detailed items carry points: 4+2+4+10+10+10+10+10 = 60.
    expect(c.pointsByLevel).toEqual([null, null, 60]);
    expect(c.byDepartment[0]).toEqual({ department: '组织部', leaves: 2 });
    expect(c.byDepartment).toHaveLength(7);
  });

  it('finds the one safety item assessed twice, by two departments', () => {
    const { scheme, analysis } = golden();
    // r7 normalised: "全年未发生较大以上安全生产事故 发生较大事故的一票否决"
    //   name bigrams (14): 全年 年未 未发 发生 生较 较大 大以 以上 上安 安全 全生 生产 产事 事故
    //   rule adds (6 new): 大事 故的 的一 一票 票否 否决            → 20 distinct
    // r8 normalised ("扣10分" removed): "全年未发生较大安全生产事故 发生较大事故的"
    //   name bigrams (12): as r7 but 大安 instead of 大以 以上 上安; rule adds 大事 故的 → 14
    // shared: the 11 name bigrams other than 大安, plus 大事 故的 = 13; union 20 + 14 − 13 = 21
    // Jaccard 13/21 = 0.619 ≥ 0.5: one cluster of 2. Ratio 2/8, redundant 1.
    const o = analysis.overlap;
    expect(o.clusters).toHaveLength(1);
    const [cluster] = o.clusters;
    const names = cluster.members.map((id) => scheme.nodes.find((n) => n.id === id)?.name);
    expect(names).toEqual(['全年未发生较大以上安全生产事故', '全年未发生较大安全生产事故']);
    expect(cluster.maxSimilarity).toBeCloseTo(13 / 21, 6);
    expect(cluster.crossDepartment).toBe(true);
    expect(o.ratio).toBeCloseTo(2 / 8, 6);
    expect(o.redundant).toBe(1);
    expect(o.crossDepartmentClusters).toBe(1);
  });

  it('counts 5 deduction-only items of 8, half the points, and one veto', () => {
    const { analysis } = golden();
    // negative: r2 (每缺一次扣1分), r3 (扣2分), r4 (扣2分), r7 (一票否决), r8 (扣10分)
    // neutral: r5 (得10分 first, attainment), r9 (按测评得分); positive: r6 (加2分)
    const i = analysis.incentive;
    expect([i.negative, i.positive, i.neutral, i.unknown]).toEqual([5, 1, 2, 0]);
    expect(i.negativeRatio).toBeCloseTo(5 / 8, 6);
    // points of the negative items: 4 + 2 + 4 + 10 + 10 = 30 of 60
    expect(i.negativeRatioByPoints).toBeCloseTo(0.5, 6);
    expect(i.vetoes).toBe(1);
  });

  it('counts 3 process items (meeting, ledger, app points) and 5 outcomes', () => {
    const { analysis } = golden();
    const k = analysis.kind;
    expect([k.process, k.outcome, k.mixed, k.unknown]).toEqual([3, 5, 0, 0]);
    expect(k.processShare).toBeCloseTo(3 / 8, 6);
    // process points 4 + 2 + 4 = 10 of 60
    expect(k.processShareByPoints).toBeCloseTo(10 / 60, 6);
  });

  it('flags the meeting, the ledger and the app score, and nothing structural', () => {
    const { analysis } = golden();
    expect(analysis.flags.byType).toEqual({ meeting: 1, documents: 1, online: 1 });
    expect(analysis.flags.total).toBe(3);
    expect(analysis.flags.leaves).toBe(3);
    expect(analysis.flags.criteriaLeaves).toBe(3);
    expect(analysis.flags.structuralLeaves).toBe(0);
  });

  it('carries evidence for every classification', () => {
    const { analysis } = golden();
    for (const leaf of analysis.leaves) {
      expect(leaf.kindEvidence.source).toBe('lexicon');
      expect(leaf.kindEvidence.terms.length).toBeGreaterThan(0);
      expect(leaf.incentiveEvidence.source).toBeTruthy();
    }
  });
});
