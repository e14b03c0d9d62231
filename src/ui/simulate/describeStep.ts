/**
 * A simulation step as a person reads it (issue 4 step log): "合并重叠簇（分值：求和）",
 * "删除标记为 会议 的指标". Pure: the language is a parameter.
 */
import type { MergePoints, SimulationStep } from '../../core/simulate/steps';
import { en } from '../i18n/en';
import type { Lang } from '../i18n/locale.svelte';
import { zh } from '../i18n/zh';
import { tsIn } from './messages';

/** Names an id for a label ("安全生产 › 检查"); undefined when the id is unknown. */
export type NameOf = (id: string) => string | undefined;

/** Merges default to a sum (core/simulate/steps.ts). */
const mergePoints = (lang: Lang, p: MergePoints | undefined) => tsIn(lang, `points.${p ?? 'sum'}`);

/** Most names a manual merge's label lists before "…". */
const MERGE_NAMES = 3;

/**
 * A step as a person reads it, in `lang`: "合并重叠簇（分值：求和）", "删除标记为 会议 的指标".
 * Steps that name items show their names through `nameOf` (else their ids).
 */
export function describeStep(
  step: SimulationStep,
  lang: Lang,
  nameOf: NameOf = () => undefined,
): string {
  const name = (id: string) => nameOf(id) ?? id;
  switch (step.type) {
    case 'merge-overlap':
      return step.threshold === undefined
        ? tsIn(lang, 'step.merge-overlap', { points: mergePoints(lang, step.points) })
        : tsIn(lang, 'step.merge-overlap.threshold', {
            points: mergePoints(lang, step.points),
            threshold: step.threshold,
          });
    case 'drop-flag':
      // The flag names of the overview (src/ui/i18n), so a flag reads the same everywhere.
      return tsIn(lang, 'step.drop-flag', { flag: (lang === 'zh' ? zh : en)[`flag.${step.flag}`] });
    case 'cap':
      if (step.perBranch !== undefined && step.total !== undefined)
        return tsIn(lang, 'step.cap.both', { perBranch: step.perBranch, total: step.total });
      if (step.perBranch !== undefined)
        return tsIn(lang, 'step.cap.perBranch', { n: step.perBranch });
      if (step.total !== undefined) return tsIn(lang, 'step.cap.total', { n: step.total });
      return tsIn(lang, 'step.cap.none');
    case 'fold-process':
    case 'deductions-to-attainment':
      return tsIn(lang, `step.${step.type}`);
    case 'delete':
      return tsIn(lang, 'step.delete', { name: name(step.id) });
    case 'rename':
      return tsIn(lang, 'step.rename', { name: name(step.id), to: step.name });
    case 'set-points':
      return tsIn(lang, 'step.set-points', { name: name(step.id), points: step.points });
    case 'move':
      return tsIn(lang, 'step.move', { name: name(step.id), parent: name(step.parent) });
    case 'merge': {
      const names = step.ids
        .slice(0, MERGE_NAMES)
        .map(name)
        .join(lang === 'zh' ? '、' : ', ');
      const params = {
        n: step.ids.length,
        names: step.ids.length > MERGE_NAMES ? `${names}…` : names,
        points: mergePoints(lang, step.points),
      };
      return step.name
        ? tsIn(lang, 'step.merge.named', { ...params, name: step.name })
        : tsIn(lang, 'step.merge', params);
    }
  }
}
