/**
 * The phases of an analysis, in order, for a progress bar (issue 5). Apart from analyze.ts so
 * the page can import them without pulling the analysis itself into the main bundle.
 */
export const ANALYZE_PHASES = ['classify', 'overlap', 'metrics'] as const;
export type AnalyzePhase = (typeof ANALYZE_PHASES)[number];
