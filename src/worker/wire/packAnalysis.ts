/**
 * An analysis as columns for the trip from the worker to the page (issue 5): one leaf's
 * classification is a few codes and references into tables of distinct evidence and
 * distinct flag lists — at 100,000 leaves there are a few hundred of each, where the nested
 * form made 100,000 × (3 evidence + flags) objects for the page to rebuild in one task.
 * Unpacked leaves share those evidence objects (nobody mutates an analysis: it is
 * $state.raw, replaced whole). Everything else in an analysis is small and crosses as is.
 */
import type { Analysis, Evidence, Flag, Incentive, Kind, LeafClass } from '../../core/types';
import { partOf, TextTableWriter, type PackedText } from './textTable';

const KINDS: Kind[] = ['process', 'outcome', 'mixed', 'unknown'];
const INCENTIVES: Incentive[] = ['negative', 'positive', 'neutral', 'unknown'];

export interface PackedAnalysis {
  /** The analysis without its leaves. */
  rest: Omit<Analysis, 'leaves'>;
  count: number;
  ids: PackedText;
  kind: Uint8Array;
  incentive: Uint8Array;
  veto: Uint8Array;
  /** Index into `evidence` per leaf; vetoEvidence −1 when the leaf has none. */
  kindEvidence: Int32Array;
  incentiveEvidence: Int32Array;
  vetoEvidence: Int32Array;
  /** Index into `flagLists` per leaf. */
  flags: Int32Array;
  evidence: Evidence[];
  flagLists: Flag[][];
}

/** Numbers equal values once: by identity first (cheap), then by content. */
class Distinct<T> {
  readonly values: T[] = [];
  private readonly byObject = new Map<T, number>();
  private readonly byKey = new Map<string, number>();
  constructor(private readonly keyOf: (value: T) => string) {}

  indexOf(value: T): number {
    let i = this.byObject.get(value);
    if (i !== undefined) return i;
    const key = this.keyOf(value);
    i = this.byKey.get(key);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.byKey.set(key, i);
    }
    this.byObject.set(value, i);
    return i;
  }
}

/** Packs an analysis; the caller transfers `analysisTransferables(packed)`. */
export function packAnalysis(analysis: Analysis): PackedAnalysis {
  const { leaves, ...rest } = analysis;
  const n = leaves.length;
  const ids = new TextTableWriter();
  const evidence = new Distinct<Evidence>((e) => JSON.stringify(e));
  const flagLists = new Distinct<Flag[]>((f) => JSON.stringify(f));
  const p: PackedAnalysis = {
    rest,
    count: n,
    ids: { text: '', ends: new Uint32Array(0) },
    kind: new Uint8Array(n),
    incentive: new Uint8Array(n),
    veto: new Uint8Array(n),
    kindEvidence: new Int32Array(n),
    incentiveEvidence: new Int32Array(n),
    vetoEvidence: new Int32Array(n),
    flags: new Int32Array(n),
    evidence: evidence.values,
    flagLists: flagLists.values,
  };
  for (let i = 0; i < n; i++) {
    const leaf = leaves[i];
    ids.add(leaf.id);
    p.kind[i] = KINDS.indexOf(leaf.kind);
    p.incentive[i] = INCENTIVES.indexOf(leaf.incentive);
    p.veto[i] = leaf.veto ? 1 : 0;
    p.kindEvidence[i] = evidence.indexOf(leaf.kindEvidence);
    p.incentiveEvidence[i] = evidence.indexOf(leaf.incentiveEvidence);
    p.vetoEvidence[i] = leaf.vetoEvidence ? evidence.indexOf(leaf.vetoEvidence) : -1;
    p.flags[i] = flagLists.indexOf(leaf.flags);
  }
  p.ids = ids.finish();
  return p;
}

/** The buffers of a packed analysis, for comlink's transfer(). */
export function analysisTransferables(p: PackedAnalysis): ArrayBuffer[] {
  return [
    p.ids.ends,
    p.kind,
    p.incentive,
    p.veto,
    p.kindEvidence,
    p.incentiveEvidence,
    p.vetoEvidence,
    p.flags,
  ].map((a) => a.buffer as ArrayBuffer);
}

/** The analysis a packed analysis holds. */
export function unpackAnalysis(p: PackedAnalysis): Analysis {
  const leaves = new Array<LeafClass>(p.count);
  for (let i = 0; i < p.count; i++) {
    const leaf: LeafClass = {
      id: partOf(p.ids, i),
      kind: KINDS[p.kind[i]],
      kindEvidence: p.evidence[p.kindEvidence[i]],
      incentive: INCENTIVES[p.incentive[i]],
      incentiveEvidence: p.evidence[p.incentiveEvidence[i]],
      veto: p.veto[i] === 1,
      flags: p.flagLists[p.flags[i]],
    };
    if (p.vetoEvidence[i] >= 0) leaf.vetoEvidence = p.evidence[p.vetoEvidence[i]];
    leaves[i] = leaf;
  }
  return { ...p.rest, leaves };
}
