import type { Random } from './random';
import { SUB_ITEM_ASPECTS } from './templates';
import { DOMAINS, type Topic } from './vocabulary';

/** Mean detailed items per sub-item: 371 / 109 in the reported 2020 scheme (DESIGN.md). */
const MEAN_GROUP_SIZE = 371 / 109;

/** A sub-item (二级指标) to be filled with `size` detailed items on its topic. */
export interface Group {
  major: string;
  sub: string;
  topic: Topic;
  department: string;
  size: number;
}

/**
 * Sub-items, their topics and sizes, grouped by major item in scheme order, for `total`
 * detailed items: about 3.4 per sub-item, at least one each, more major items for bigger
 * schemes (up to the vocabulary's eight).
 */
export function planGroups(random: Random, total: number): Group[] {
  const groupCount = Math.max(1, Math.round(total / MEAN_GROUP_SIZE));
  const majors = Math.min(
    DOMAINS.length,
    groupCount,
    Math.max(1, Math.round(Math.sqrt(total) / 2.4)),
  );
  const perMajor = new Array<number>(majors).fill(1);
  for (let g = majors; g < groupCount; g++) perMajor[random.int(0, majors - 1)]++;
  const groups: Group[] = [];
  for (let d = 0; d < majors; d++) {
    const { name: major, topics } = DOMAINS[d];
    // Sub-items on one topic sit together, as they do in real schemes.
    for (let t = 0; t < topics.length; t++) {
      const topic = topics[t];
      const rounds =
        Math.floor(perMajor[d] / topics.length) + (t < perMajor[d] % topics.length ? 1 : 0);
      for (let r = 0; r < rounds; r++) {
        const aspect = SUB_ITEM_ASPECTS[r % SUB_ITEM_ASPECTS.length];
        const again = Math.floor(r / SUB_ITEM_ASPECTS.length);
        // 意识形态工作 + 工作 would stutter: a topic that already ends in 工作 stands alone.
        const stem = topic.name.endsWith(aspect) ? topic.name : topic.name + aspect;
        const sub = stem + (again > 0 ? `（续${again + 1}）` : '');
        const department = topic.departments[r % topic.departments.length];
        groups.push({ major, sub, topic, department, size: 1 });
      }
    }
  }
  for (let k = groups.length; k < total; k++) groups[random.int(0, groups.length - 1)].size++;
  return groups;
}
