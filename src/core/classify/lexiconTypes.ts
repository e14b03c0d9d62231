/**
 * The shape of a classification lexicon. A lexicon is plain data (structured-clonable, JSON
 * serialisable) so a user can edit it and hand it to the worker; the matcher compiles it.
 * DESIGN.md: "The lexicon (Chinese first, English too) is data, editable by the user, and
 * every match is shown as evidence."
 */

/**
 * One term. Pattern syntax, kept small so a non-programmer can write it:
 * - `#` stands for a number (12, 0.5, 一, 两, 20、10 …), spaces around it allowed: `扣#分`;
 * - `*` stands for a short gap (up to 12 characters inside one clause): `每*扣#分`;
 * - everything else is literal. Latin letters match case-insensitively and as whole words.
 */
export interface LexiconTerm {
  term: string;
  /** Strength of the evidence. Default: the weight of the group the term is in. */
  weight?: number;
  /**
   * Longer phrases that contain the term but mean something else; a match lying inside one
   * of them is ignored (会议 inside 会议室). Same pattern syntax as `term`.
   */
  not?: string[];
  /** Chinese: the match must start and end on an Intl.Segmenter word boundary. Default false. */
  word?: boolean;
}

/** Terms that share a weight and a meaning. */
export interface TermGroup {
  /** What the terms have in common, shown with the evidence (e.g. "meetings held"). */
  note: string;
  weight: number;
  terms: (string | LexiconTerm)[];
}

/** The text-based formalism flags (the structural ones need no lexicon). */
export type TextFlagType = 'meeting' | 'documents' | 'traces' | 'online' | 'signs' | 'certificates';

/** Everything the lexicon-based classifier knows. */
export interface Lexicon {
  /** Bumped when the shape changes, so a saved user lexicon can be migrated. */
  version: 1;
  kind: {
    /** Activity and paperwork: meetings, ledgers, reports, bodies set up, trainings held … */
    process: TermGroup[];
    /** Results for people: coverage rates, satisfaction, incidents, income, water quality … */
    outcome: TermGroup[];
  };
  incentive: {
    /** 一票否决 and the like: the item can void the whole assessment. */
    veto: TermGroup[];
    /** A section (or an item's own label) that is a bonus section: 加分项, 为奖励分. */
    bonusSection: TermGroup[];
    /** A penalty section: 扣分项, 否决项. */
    penaltySection: TermGroup[];
    /** A section with both signs (奖扣分项目): it decides nothing, the rule text does. */
    mixedSection: TermGroup[];
    /** Award-by-attainment wording: 得X分, 按比例得分, 排名赋分, graded levels. */
    attainment: TermGroup[];
    /** Points allocated to the item inside its rule text: （X分）, 分值:X. */
    allocation: TermGroup[];
    /** Deductions: 扣X分, 不得分. */
    deduction: TermGroup[];
    /** Bonuses: 加X分, 奖励. */
    bonus: TermGroup[];
    /** A deduction repeated per occurrence: 每X扣Y分. */
    perOccurrence: TermGroup[];
    /** A cap on deductions: 扣完为止, 最多扣, 不超过, 封顶. */
    cap: TermGroup[];
  };
  flags: Record<TextFlagType, TermGroup[]>;
}
