import type { GenKind } from './composeRule';
import { keepDistinct } from './keepDistinct';
import type { Random } from './random';
import {
  OUTCOME_TEMPLATES,
  PLACE_FIRST,
  PLACE_LANDFORM,
  PLACE_SECOND,
  PROCESS_TEMPLATES,
  STUTTER_WORDS,
} from './templates';
import type { Topic } from './vocabulary';

/** Vocabulary items at least this similar to one kept before are dropped (keepDistinct). */
const DISTINCT_LIMIT = 0.45;

/** A synthetic place name of three characters: 杨柳湾. */
function placeName(random: Random): string {
  return (
    PLACE_FIRST[random.int(0, PLACE_FIRST.length - 1)] +
    PLACE_SECOND[random.int(0, PLACE_SECOND.length - 1)] +
    PLACE_LANDFORM[random.int(0, PLACE_LANDFORM.length - 1)]
  );
}

/**
 * Distinct synthetic road or river sections (金源墩至柳中堡段), for items past the end of the
 * vocabulary. Two places make a name long enough that two items sharing only a pattern
 * (…完成率) stay far apart; there are about 5·10⁹ of them, so they do not repeat in practice.
 */
function sectionNames(random: Random) {
  const used = new Set<string>();
  return (): string => {
    let section = '';
    for (let tries = 0; tries < 100 && (section === '' || used.has(section)); tries++) {
      section = `${placeName(random)}至${placeName(random)}段`;
    }
    used.add(section);
    return section;
  };
}

/**
 * A source of item names by topic and kind: the topic's vocabulary combined with the
 * patterns, near-twins removed, drawn without replacement; when a topic's vocabulary is used
 * up, a pattern is filled with a new synthetic section instead (templates.ts, PLACE_FIRST).
 */
export function namePools(random: Random): (topic: Topic, kind: GenKind) => string {
  const pools = new Map<Topic, Record<GenKind, { names: string[]; next: number }>>();
  const nextSection = sectionNames(random);
  const fill = (objects: readonly string[], kind: GenKind): string[] => {
    const templates = kind === 'process' ? PROCESS_TEMPLATES : OUTCOME_TEMPLATES;
    const fits = (o: string, t: string) =>
      !STUTTER_WORDS.some((w) => o.includes(w) && t.includes(w));
    return objects.flatMap((o) =>
      templates.filter((t) => fits(o, t)).map((t) => t.replace('{o}', o)),
    );
  };
  const build = (topic: Topic) => {
    // Short outcome patterns on a long object would differ by too few bigrams (X完成率 vs
    // X达标率): objects of seven characters or more take process patterns alone.
    const outcomes = [
      ...topic.outcomes,
      ...fill(
        topic.objects.filter((o) => o.length <= 6),
        'outcome',
      ),
    ];
    const processes = fill(topic.objects, 'process');
    const kept = new Set(keepDistinct([...outcomes, ...processes], DISTINCT_LIMIT));
    return {
      process: { names: random.shuffle(processes.filter((n) => kept.has(n))), next: 0 },
      outcome: { names: random.shuffle(outcomes.filter((n) => kept.has(n))), next: 0 },
    };
  };
  return (topic: Topic, kind: GenKind): string => {
    let pool = pools.get(topic);
    if (!pool) {
      pool = build(topic);
      pools.set(topic, pool);
    }
    const p = pool[kind];
    if (p.next === p.names.length) {
      // A section name is long: two patterns on one section would share most of their
      // bigrams, so each section gets one pattern only.
      const templates = kind === 'process' ? PROCESS_TEMPLATES : OUTCOME_TEMPLATES;
      p.names = [random.pick(templates).replace('{o}', nextSection())];
      p.next = 0;
    }
    return p.names[p.next++];
  };
}
