import { composeRule, type GenIncentive, type GenKind } from './composeRule';
import { namePools } from './namePools';
import { planGroups, type Group } from './planGroups';
import { createRandom, type Random } from './random';
import { rewordName } from './rewordName';
import { DEPARTMENTS } from './vocabulary';

/** What to generate. */
export interface GenOptions {
  /** Detailed items (leaves) in the first year. */
  leaves: number;
  /** PRNG seed; the same seed gives the same scheme. Default 1. */
  seed?: number;
  /** Years of the scheme, each about YEAR_GROWTH times the one before. Default 1. */
  years?: number;
  /** The first year. Default: so that the last year is 2020, the year of the 371-item scheme. */
  firstYear?: number;
}

/** One generated detailed item, with what the generator meant it to be. */
export interface GeneratedLeaf {
  /** Set only when more than one year is generated. */
  year?: number;
  /** 一级指标. */
  major: string;
  /** 二级指标. */
  sub: string;
  /** 三级指标: the detailed item. */
  name: string;
  points: number;
  rule: string;
  department: string;
  kind: GenKind;
  incentive: GenIncentive;
  veto: boolean;
  /** Index (in the returned list) of the item this one rewords, for planted near-duplicates. */
  duplicateOf: number | null;
}

/** Share of leaves that reword another department's item (DESIGN.md measures on 10%). */
export const DUPLICATE_SHARE = 0.1;
/**
 * Share of leaves meant to measure activity and paperwork rather than results. The app's
 * lexicon reads more (0.58–0.60 on 2,000 leaves) because some intended outcomes are about a
 * process object (三会一课完成率), which is fair: the brief asks for 50–60%.
 */
export const PROCESS_SHARE = 0.5;
/** Share of leaves scored only by deductions or vetoes. */
export const NEGATIVE_SHARE = 0.5;
/** Share of the negative leaves that also carry a 一票否决 clause. */
export const VETO_SHARE_OF_NEGATIVE = 0.06;
/** Share of leaves scored by bonus points only. */
export const POSITIVE_SHARE = 0.14;
/** Growth of the scheme from one year to the next. */
export const YEAR_GROWTH = 1.1;

const PROCESS_POINTS = [5, 5, 10, 10, 10, 15, 20, 20, 30];
const OUTCOME_POINTS = [10, 15, 20, 20, 30, 30, 40, 50];

/** A leaf with its points and a scoring rule drawn to the target shares. */
function makeLeaf(
  random: Random,
  g: Group,
  name: string,
  department: string,
  kind: GenKind,
  duplicateOf: number | null,
): GeneratedLeaf {
  const roll = random.next();
  const incentive: GenIncentive =
    roll < NEGATIVE_SHARE
      ? 'negative'
      : roll < NEGATIVE_SHARE + POSITIVE_SHARE
        ? 'positive'
        : 'neutral';
  const veto = incentive === 'negative' && random.chance(VETO_SHARE_OF_NEGATIVE);
  const tenths = random.pick(kind === 'process' ? PROCESS_POINTS : OUTCOME_POINTS);
  const rule = composeRule(random, name, kind, incentive, veto, tenths);
  return {
    year: undefined,
    major: g.major,
    sub: g.sub,
    name,
    points: tenths / 10,
    rule,
    department,
    kind,
    incentive,
    veto,
    duplicateOf,
  };
}

/** The leaves of the largest year, in file order, with planted near-duplicates. */
function buildLeaves(random: Random, total: number): GeneratedLeaf[] {
  const groups = planGroups(random, total);
  const slots: Group[] = groups.flatMap((g) => new Array<Group>(g.size).fill(g));
  const order = random.shuffle(Array.from({ length: total }, (_, i) => i));
  const isDuplicate = new Uint8Array(total);
  const duplicates = Math.round(total * DUPLICATE_SHARE);
  for (let k = 0; k < duplicates; k++) isDuplicate[order[k]] = 1;
  const nextName = namePools(random);
  const leaves = new Array<GeneratedLeaf>(total);
  const bases: number[] = [];
  for (let i = 0; i < total; i++) {
    if (isDuplicate[i]) continue;
    const g = slots[i];
    const kind: GenKind = random.chance(PROCESS_SHARE) ? 'process' : 'outcome';
    leaves[i] = makeLeaf(random, g, nextName(g.topic, kind), g.department, kind, null);
    bases.push(i);
  }
  const basesByMajor = new Map<string, number[]>();
  for (const i of bases) {
    const list = basesByMajor.get(leaves[i].major);
    if (list) list.push(i);
    else basesByMajor.set(leaves[i].major, [i]);
  }
  const reworded = new Set<number>();
  for (let i = 0; i < total; i++) {
    if (!isDuplicate[i] || bases.length === 0) continue;
    const g = slots[i];
    // The same thing assessed again by another department (多头考核), preferably in the
    // same major item, where a second department's version is most plausible.
    // Each original is reworded once where possible, so clusters stay pairs.
    const near = basesByMajor.get(g.major) ?? bases;
    const unfit = (j: number) => leaves[j].department === g.department || reworded.has(j);
    let original = random.pick(near);
    for (let tries = 0; tries < 20 && unfit(original); tries++) {
      original = random.pick(tries < 10 ? near : bases);
    }
    reworded.add(original);
    const source = leaves[original];
    let department = g.department;
    while (department === source.department) department = random.pick(DEPARTMENTS);
    // A second department copies the item's points and rule and rewords its name.
    leaves[i] = {
      ...source,
      major: g.major,
      sub: g.sub,
      name: rewordName(random, source.name),
      department,
      duplicateOf: original,
    };
  }
  return leaves;
}

function makeCopy(leaf: GeneratedLeaf, year: number, duplicateOf: number | null): GeneratedLeaf {
  return {
    year,
    major: leaf.major,
    sub: leaf.sub,
    name: leaf.name,
    points: leaf.points,
    rule: leaf.rule,
    department: leaf.department,
    kind: leaf.kind,
    incentive: leaf.incentive,
    veto: leaf.veto,
    duplicateOf,
  };
}

/** Leaf counts per year: the first is `leaves`, each next about YEAR_GROWTH times bigger. */
export function yearSizes(leaves: number, years: number): number[] {
  return Array.from({ length: years }, (_, k) => Math.round(leaves * YEAR_GROWTH ** k));
}

/**
 * The leaves of a synthetic scheme in file order (one block per year when years > 1).
 * Each later year keeps the earlier year's items and adds new ones; a near-duplicate never
 * appears before the item it rewords.
 */
export function generateLeaves(options: GenOptions): GeneratedLeaf[] {
  const years = Math.max(1, Math.floor(options.years ?? 1));
  const leaves = Math.max(0, Math.floor(options.leaves));
  const random = createRandom(options.seed ?? 1);
  const sizes = yearSizes(leaves, years);
  const total = sizes[years - 1];
  const all = buildLeaves(random, total);
  if (years === 1) return all;

  // The order in which items entered the scheme; an original enters before its rewordings.
  const rankOf = random.shuffle(Array.from({ length: total }, (_, i) => i));
  for (let i = 0; i < total; i++) {
    const j = all[i].duplicateOf;
    if (j !== null && rankOf[i] < rankOf[j]) [rankOf[i], rankOf[j]] = [rankOf[j], rankOf[i]];
  }
  const firstYear = options.firstYear ?? 2021 - years;
  const out: GeneratedLeaf[] = [];
  for (let k = 0; k < years; k++) {
    const kept = all.map((_, i) => i).filter((i) => rankOf[i] < sizes[k]);
    const indexInBlock = new Map(kept.map((i, n) => [i, out.length + n]));
    for (const i of kept) {
      const j = all[i].duplicateOf;
      const duplicateOf = j === null ? null : (indexInBlock.get(j) ?? null);
      const leaf = all[i];
      out.push(makeCopy(leaf, firstYear + k, duplicateOf));
    }
  }
  return out;
}
