import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import { leaves, utf8 } from './helpers';

/** A wide table of `n` detailed items, merged level cells, rules and departments. */
function bigScheme(n: number): string {
  const lines = ['一级指标,二级指标,三级指标,分值,评分标准,责任单位'];
  const departments = ['县委组织部', '县委宣传部', '县发改局', '县财政局', '县应急管理局'];
  for (let i = 0; i < n; i++) {
    const l1 = i % 2000 === 0 ? `一级指标${i / 2000}` : '';
    const l2 = i % 40 === 0 ? `二级指标${i / 40}（${(i % 7) + 1}分）` : '';
    lines.push(
      `${l1},${l2},"第${i}项：建立工作台账并按时上报，开展检查${i % 13}次",${(i % 5) + 0.5},` +
        `"未按要求完成的，每次扣0.5分，扣完为止",${departments[i % 5]}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

describe('importScheme(bytes) on 100,000 rows', () => {
  it('imports them in linear time (import brief: well under a second)', () => {
    const bytes = utf8(bigScheme(100_000));
    let result = importScheme(bytes, 'warm-up.csv');
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let k = 0; k < 2; k++) {
      const start = performance.now();
      const used = process.cpuUsage();
      result = importScheme(bytes, 'big.csv');
      const spent = process.cpuUsage(used);
      wall.push(performance.now() - start);
      cpu.push((spent.user + spent.system) / 1000);
    }
    // CPU time is what the import costs; wall time also counts other processes on the machine.
    const best = Math.min(...cpu);
    console.log(
      `100,000 rows (${(bytes.length / 1e6).toFixed(1)} MB): ` +
        `CPU ${best.toFixed(0)} ms, wall ${Math.min(...wall).toFixed(0)} ms (best of 2)`,
    );
    expect(leaves(result.scheme!)).toHaveLength(100_000);
    expect(result.scheme!.nodes).toHaveLength(100_000 + 2_500 + 50);
    // Generous for a loaded test machine; quadratic work would take minutes.
    expect(best).toBeLessThan(3000);
  });
});
