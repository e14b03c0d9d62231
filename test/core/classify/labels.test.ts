/**
 * Agreement with the 254 hand-labelled leaves of /work/shared/corpus/labels.csv, per class
 * (the corpus README: "a scheme that is 80% process makes 'everything is process' look
 * accurate"). Each row is classified from its text: name = row_text, rule = scoring_rule,
 * path = the `ctx=` part of the labeller's notes (the ancestors' names, where written; that
 * is how the 一票否优事项 section of the 湖州 table reaches its items), points = the row's 分值
 * in its source table or written inside its name. When the importer lands, this should run
 * through it so that paths and points are the real ones.
 */
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../src/core/classify/classifyText';
import { readLabelRows } from './labelRows';

interface Agreement {
  cls: string;
  labelled: number;
  predicted: number;
  agree: number;
  recall: number;
  precision: number;
}

function agreement(pairs: { label: string; app: string }[], classes: string[]): Agreement[] {
  return classes.map((cls) => {
    const labelled = pairs.filter((p) => p.label === cls).length;
    const predicted = pairs.filter((p) => p.app === cls).length;
    const agree = pairs.filter((p) => p.label === cls && p.app === cls).length;
    return {
      cls,
      labelled,
      predicted,
      agree,
      recall: labelled > 0 ? agree / labelled : NaN,
      precision: predicted > 0 ? agree / predicted : NaN,
    };
  });
}

function table(title: string, rows: Agreement[], unknown: number): string {
  const f = (x: number) => (isNaN(x) ? '  —  ' : x.toFixed(3));
  const lines = rows.map(
    (r) =>
      `${r.cls.padEnd(9)} ${String(r.labelled).padStart(8)} ${String(r.predicted).padStart(9)} ` +
      `${String(r.agree).padStart(6)}   ${f(r.recall)}     ${f(r.precision)}`,
  );
  return [
    `${title} (app says unknown: ${unknown})`,
    'class     labelled  app says  agree   recall    precision',
    ...lines,
  ].join('\n');
}

const rows = readLabelRows();
const results = rows.map((r) => ({
  row: r,
  app: classifyText(r.name, r.rule, r.path, undefined, r.points),
}));

describe('classifyText on the hand-labelled corpus (labels.csv)', () => {
  it('reads all 254 labelled rows', () => {
    expect(rows).toHaveLength(254);
  });

  const kind = agreement(
    results.map((x) => ({ label: x.row.kind, app: x.app.kind })),
    ['process', 'outcome', 'mixed'],
  );
  const incentive = agreement(
    results.map((x) => ({ label: x.row.incentive, app: x.app.incentive })),
    ['negative', 'positive', 'neutral'],
  );
  const unknownKind = results.filter((x) => x.app.kind === 'unknown').length;
  const unknownIncentive = results.filter((x) => x.app.incentive === 'unknown').length;
  console.log(
    `\n${table('kind', kind, unknownKind)}\n\n${table('incentive', incentive, unknownIncentive)}\n`,
  );

  it.each([
    ...kind.filter((a) => a.cls !== 'mixed').map((a) => ({ ...a, what: 'kind' })),
    ...incentive.map((a) => ({ ...a, what: 'incentive' })),
  ])('$what $cls: at least 80% of the rows labelled $cls are called $cls', (a) => {
    expect(a.labelled).toBeGreaterThan(0);
    expect(a.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('marks the labelled vetoes (一票否优, 单项否决) as vetoes, and nothing else', () => {
    const labelledVeto = (notes: string) => /veto/i.test(notes);
    const vetoes = results.filter((x) => x.app.veto);
    expect(vetoes.map((x) => x.row.name)).toEqual(
      results.filter((x) => labelledVeto(x.row.notes)).map((x) => x.row.name),
    );
  });

  it('gives every row evidence for its kind and its incentive', () => {
    for (const { app } of results) {
      expect(app.kindEvidence.source).toBe('lexicon');
      expect(app.incentiveEvidence.source).toBe('lexicon');
      if (app.kind !== 'unknown') expect(app.kindEvidence.terms.length).toBeGreaterThan(0);
      else expect(app.kindEvidence.note).toBeTruthy();
    }
  });
});
