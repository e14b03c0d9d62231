/**
 * The types that cross every boundary of Indicator Lens: importer → analysis → worker → UI/CLI.
 * Declared once here (DESIGN.md: "Types are declared once at the boundary").
 * Everything here is plain, structured-clonable data: no classes, no functions.
 */

/** A text in both interface languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------

/** What a column of the source table means. */
export type ColumnRole =
  | 'level' // one level of the indicator hierarchy (wide form)
  | 'name' // the indicator's name (long form)
  | 'id' // long form: the row's own id
  | 'parent' // long form: the parent's id
  | 'points' // 分值
  | 'rule' // 评分标准 / scoring rule
  | 'department' // 责任单位 / 考核部门
  | 'kind' // explicit process / outcome column
  | 'incentive' // explicit 加分 / 扣分 column
  | 'note' // 备注
  | 'year' // a year column: one file holding several years
  | 'code' // 序号 / 编号: the numbering a person reads ("一、" rows can be sections above "1" rows)
  | 'veto' // 单项否决 / 一票否决: an explicit veto column (是/否)
  | 'ignore';

export interface ColumnAssignment {
  /** 0-based index of the column in the parsed table. */
  index: number;
  /** The header text as read (several header rows joined with " / "); may be empty. */
  header: string;
  role: ColumnRole;
  /** For role 'level': 1 = major item (一级指标). */
  level?: number;
  /**
   * For role 'points': the level the points belong to. Undefined means "the deepest
   * level present on the row" (the usual case: points of the detailed item).
   */
  pointsLevel?: number;
  /** Why the detector chose this role, for the mapping screen (e.g. "header 二级指标"). */
  reason?: string;
}

export type SchemeFormat = 'wide' | 'long';

/** A column mapping a person can read and change; re-applying it re-reads the file. */
export interface ColumnMapping {
  format: SchemeFormat;
  /** Number of header rows at the top of the table (0 = no header). */
  headerRows: number;
  columns: ColumnAssignment[];
}

export type IssueSeverity = 'error' | 'warning';

/**
 * The text encodings the importer reads. UTF-16 is what Excel's "Unicode text" export writes
 * (with a byte-order mark); the other two are DESIGN.md's.
 */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** A problem found while importing. Collected, never thrown one at a time. */
export interface ImportIssue {
  severity: IssueSeverity;
  /** 1-based line/row number in the file as a spreadsheet shows it; 0 = the whole file. */
  row: number;
  /** Column header (or letter) the issue is about; null when it concerns the whole row/file. */
  column: string | null;
  /** Stable machine code, e.g. 'cycle', 'unknown-parent', 'duplicate-id', 'points-nan'. */
  code: string;
  message: Bilingual;
}

/** A row that was read but is not an indicator (总分, 合计, 注 …, repeated headers, blank). */
export interface SkippedRow {
  row: number;
  reason: string; // machine code: 'total' | 'note' | 'repeated-header' | 'section-total' …
  text: string;
}

export interface SchemeSource {
  fileName: string;
  format: SchemeFormat;
  encoding: TextEncoding;
  delimiter: string;
  mapping: ColumnMapping;
  /** The worksheet the scheme was read from, for an .xlsx workbook (delimiter is then ''). */
  sheet?: string;
}

/** One node of the indicator tree. A CSV row becomes one of these in exactly one place. */
export interface IndicatorNode {
  id: string;
  name: string;
  /** 1 = major item (大项/一级指标). */
  level: number;
  parent: string | null;
  children: string[];
  /** 分值, if the table gives one for this node. */
  points?: number;
  /** 评分标准 text. */
  rule?: string;
  /** 责任单位 / 考核部门. */
  department?: string;
  note?: string;
  /** Raw value of an explicit kind column, if the mapping has one. */
  kindText?: string;
  /** Raw value of an explicit incentive column, if the mapping has one. */
  incentiveText?: string;
  /** Raw value of an explicit veto column (单项否决: 是/否), if the mapping has one. */
  vetoText?: string;
  /** The numbering the table gives this node (序号 "1.21", or a name's "一、" / "1）" prefix). */
  code?: string;
  /** 1-based file rows that produced this node (first row first). */
  rows: number[];
  /**
   * The year of a file holding several years (a year column, issue 4): the year cell of the
   * node's first row, a blank cell meaning the year above. splitByYear splits on it.
   */
  year?: number;
}

export interface Scheme {
  id: string;
  label: string;
  year?: number;
  source: SchemeSource;
  /** All nodes, in file order (a parent always before its children). */
  nodes: IndicatorNode[];
}

export interface ImportResult {
  /** Null when there are errors: never a silent partial import. */
  scheme: Scheme | null;
  issues: ImportIssue[];
  skipped: SkippedRow[];
  /** The mapping that was applied (detected or given), for the mapping screen. */
  mapping: ColumnMapping | null;
  encoding: TextEncoding | null;
  delimiter: string | null;
  /** The first rows of the table as parsed, for the mapping preview. */
  preview: string[][];
}

// ---------------------------------------------------------------------------
// Classification
// ---------------------------------------------------------------------------

export type Kind = 'process' | 'outcome' | 'mixed' | 'unknown';
export type Incentive = 'negative' | 'positive' | 'neutral' | 'unknown';
/** Where a classification came from. Priority: column > override > lexicon. */
export type EvidenceSource = 'column' | 'override' | 'lexicon' | 'structure';

export interface Evidence {
  source: EvidenceSource;
  /** For 'column': the column header; for 'lexicon': the matched terms. */
  terms: string[];
  /** Which field the terms were found in ('name' | 'rule' | 'path' …). */
  field?: string;
  /** A short human explanation. */
  note?: string;
}

export type FlagType =
  // criteria the 2024 regulations forbid
  | 'meeting' // 会议 attendance / counts
  | 'documents' // 文件、材料、台账 counts
  | 'traces' // 留痕
  | 'online' // app check-ins, follows, likes, reposts, screen time
  | 'signs' // 挂牌、标识牌
  | 'certificates' // 证明、证书
  // structural
  | 'wide-branch' // a branch with very many leaves
  | 'micro-item' // worth a fraction of a point
  | 'uncapped-deduction'; // deductions with no cap

export interface Flag {
  type: FlagType;
  evidence: Evidence;
}

/** The classification of one leaf, with its evidence. */
export interface LeafClass {
  id: string;
  kind: Kind;
  kindEvidence: Evidence;
  incentive: Incentive;
  incentiveEvidence: Evidence;
  veto: boolean;
  vetoEvidence?: Evidence;
  flags: Flag[];
}

/** A user's override of one leaf's kind or incentive. */
export interface Override {
  id: string;
  kind?: Kind;
  incentive?: Incentive;
}

// ---------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------

export interface PointsMismatch {
  id: string;
  points: number;
  childrenSum: number;
}

export interface Counts {
  /** Nodes per level, index 0 = level 1. */
  byLevel: number[];
  leaves: number;
  depth: number;
  nodes: number;
  childrenMean: number;
  childrenMax: number;
  /** Sum of points given at each level (index 0 = level 1); null where no node has points. */
  pointsByLevel: (number | null)[];
  /** Parents whose children's points do not add up to their own. */
  pointsMismatches: PointsMismatch[];
  /** Leaves per department, most first; '' = no department. */
  byDepartment: { department: string; leaves: number }[];
}

export interface OverlapCluster {
  /** Leaf ids, in file order. */
  members: string[];
  departments: string[];
  crossDepartment: boolean;
  /** Highest pairwise similarity inside the cluster. */
  maxSimilarity: number;
  /** Pairs at or above the threshold that joined the cluster. */
  pairs: { a: string; b: string; similarity: number }[];
}

/** How overlap pairs were found (see OverlapSummary.join). */
export type OverlapJoin = 'all-pairs' | 'prefix' | 'lsh';

export interface OverlapSummary {
  threshold: number;
  /** 'exact': every pair at or above the threshold was found; 'lsh': candidates by MinHash. */
  method: 'exact' | 'lsh';
  /**
   * The join that found the pairs: all pairs compared, an exact prefix-filtered join
   * (src/core/overlap/prefixJoinPairs.ts), or MinHash + LSH. Absent in older results.
   */
  join?: OverlapJoin;
  /** Leaves in clusters of two or more / all leaves. */
  ratio: number;
  /** Σ(cluster size − 1). */
  redundant: number;
  clusters: OverlapCluster[];
  crossDepartmentClusters: number;
}

export interface IncentiveSummary {
  negative: number;
  positive: number;
  neutral: number;
  unknown: number;
  /** negative / (negative + positive + neutral); 0 when none known. */
  negativeRatio: number;
  /** Same by points; null when no known leaf has points. */
  negativeRatioByPoints: number | null;
  vetoes: number;
}

export interface KindSummary {
  process: number;
  outcome: number;
  mixed: number;
  unknown: number;
  /** process / all leaves. */
  processShare: number;
  /** process points / all leaf points; null when no leaf has points. */
  processShareByPoints: number | null;
}

export interface FlagSummary {
  total: number;
  /** Leaves flagged at least once. */
  leaves: number;
  /** Leaves with at least one criteria flag (what the 2024 regulations forbid; signs, certificates). */
  criteriaLeaves: number;
  /** Leaves with at least one structural flag (wide branch, micro-item, uncapped deduction). */
  structuralLeaves: number;
  byType: Partial<Record<FlagType, number>>;
}

export interface Analysis {
  schemeId: string;
  counts: Counts;
  overlap: OverlapSummary;
  incentive: IncentiveSummary;
  kind: KindSummary;
  flags: FlagSummary;
  /** One per leaf, in file order. */
  leaves: LeafClass[];
}
