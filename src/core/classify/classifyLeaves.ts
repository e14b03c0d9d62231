import { leavesOf, pathOf } from '../tree';
import type { ColumnRole, Evidence, IndicatorNode, LeafClass, Override, Scheme } from '../types';
import { classifyIncentive } from './classifyIncentive';
import { classifyKind } from './classifyKind';
import { defaultLexicon } from './lexicon';
import type { Lexicon } from './lexiconTypes';
import { readIncentiveColumn, readKindColumn, readVetoColumn } from './readColumns';
import { structuralFlags } from './structuralFlags';
import { scannerFor, shareable, type LeafReadings, type TextReading } from './scanText';
import { textFlags } from './textFlags';
import { TextMemo } from './textMemo';

/** What the leaves of one parent share: their ancestors' names, read, and their number. */
interface Parent {
  path: string[];
  readings: TextReading[];
  siblings: number;
}

/** How to classify. */
export interface ClassifyOptions {
  /** The user's overrides of kind or incentive, by leaf id; a later one wins. Default: none. */
  overrides?: Override[];
  /** The lexicon to match against. Default: `defaultLexicon`. */
  lexicon?: Lexicon;
}

function columnHeader(scheme: Scheme, role: ColumnRole): string {
  const col = scheme.source?.mapping?.columns?.find((c) => c.role === role);
  return col?.header || role;
}

const columnEvidence = (value: string, header: string): Evidence => ({
  source: 'column',
  terms: [value.trim()],
  field: header,
  note: `stated in the column "${header}"`,
});

const OVERRIDE_EVIDENCE: Evidence = { source: 'override', terms: [], note: 'set by the user' };

/** The lexicon's evidence, noting a column value that was present but not understood. */
function withUnread(ev: Evidence, raw: string | undefined, header: string): Evidence {
  if (!raw?.trim()) return ev;
  const note = `column "${header}" value "${raw.trim()}" not understood; ${ev.note ?? ''}`;
  return { ...ev, note: note.trim() };
}

function siblingCounts(scheme: Scheme): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const n of scheme.nodes) counts.set(n.parent, (counts.get(n.parent) ?? 0) + 1);
  return counts;
}

/**
 * Classifies every leaf of a scheme: kind, incentive, veto and formalism flags, each with
 * its evidence. Priority (DESIGN.md "Classification priority"): an explicit column
 * (node.kindText / node.incentiveText / node.vetoText) > the user's override > the lexicon.
 * A veto makes the incentive negative (corpus README incentive rule 1). One result per leaf,
 * in file order. The scheme is not modified.
 */
export function classifyLeaves(scheme: Scheme, options: ClassifyOptions = {}): LeafClass[] {
  const lexicon = options.lexicon ?? defaultLexicon;
  // By a loop rather than nodeIndex: no [id, node] pair per node (same map: a later
  // duplicate id wins).
  const index = new Map<string, IndicatorNode>();
  for (const n of scheme.nodes) index.set(n.id, n);
  const overrides = new Map<string, Override>();
  for (const o of options.overrides ?? []) overrides.set(o.id, { ...overrides.get(o.id), ...o });
  const header = {
    kind: columnHeader(scheme, 'kind'),
    incentive: columnHeader(scheme, 'incentive'),
    veto: columnHeader(scheme, 'veto'),
  };
  const siblings = siblingCounts(scheme);
  // Each text is searched once for every list of the lexicon (scanText.ts); rules and
  // ancestors' names repeat across leaves, so their readings are shared (textMemo.ts).
  const scan = scannerFor(lexicon);
  const memo = new TextMemo<TextReading>();
  const shared = (text: string): TextReading => memo.get(text, (t) => shareable(scan(t)));
  // Siblings share their ancestors' names and readings: read once per parent.
  const parents = new Map<string | null, Parent>();
  let last: Parent | undefined;
  let lastParent: string | null | undefined;

  return leavesOf(scheme).map((leaf: IndicatorNode): LeafClass => {
    if (leaf.parent !== lastParent || !last) {
      last = parents.get(leaf.parent);
      if (!last) {
        const path = pathOf(leaf, index).slice(0, -1);
        last = { path, readings: path.map(shared), siblings: siblings.get(leaf.parent) ?? 1 };
        parents.set(leaf.parent, last);
      }
      lastParent = leaf.parent;
    }
    const path = last.path;
    // The name is mostly unique to its leaf: read here, not remembered.
    const read: LeafReadings = {
      name: scan(leaf.name),
      rule: shared(leaf.rule ?? ''),
      path: last.readings,
    };
    const override = overrides.size > 0 ? overrides.get(leaf.id) : undefined;
    const vetoColumn = readVetoColumn(leaf.vetoText);
    const k = classifyKind(leaf.name, leaf.rule, path, lexicon, read);
    const inc = classifyIncentive(
      leaf.name,
      leaf.rule,
      path,
      leaf.points,
      lexicon,
      vetoColumn === false,
      read,
    );
    const out: LeafClass = {
      id: leaf.id,
      kind: k.kind,
      kindEvidence: withUnread(k.evidence, leaf.kindText, header.kind),
      incentive: inc.incentive,
      incentiveEvidence: withUnread(
        withUnread(inc.evidence, leaf.incentiveText, header.incentive),
        vetoColumn === null ? leaf.vetoText : undefined,
        header.veto,
      ),
      veto: inc.veto,
      flags: [
        ...textFlags(leaf.name, leaf.rule, lexicon, read.name, read.rule),
        ...structuralFlags(
          {
            points: leaf.points,
            siblings: last.siblings,
            name: leaf.name,
            rule: leaf.rule,
          },
          lexicon,
          read.rule,
          read.name,
        ),
      ],
    };
    if (inc.vetoEvidence) out.vetoEvidence = inc.vetoEvidence;

    const kindColumn = readKindColumn(leaf.kindText);
    if (kindColumn && leaf.kindText) {
      out.kind = kindColumn;
      out.kindEvidence = columnEvidence(leaf.kindText, header.kind);
    } else if (override?.kind) {
      out.kind = override.kind;
      out.kindEvidence = OVERRIDE_EVIDENCE;
    }

    const incentiveColumn = readIncentiveColumn(leaf.incentiveText);
    if (vetoColumn === true && leaf.vetoText) {
      out.veto = true;
      out.vetoEvidence = columnEvidence(leaf.vetoText, header.veto);
    }
    if (incentiveColumn && leaf.incentiveText) {
      out.incentive = incentiveColumn.incentive;
      out.incentiveEvidence = columnEvidence(leaf.incentiveText, header.incentive);
      // A column that states the veto outranks the lexicon's reading of the text.
      if (incentiveColumn.veto) {
        out.veto = true;
        out.vetoEvidence = out.incentiveEvidence;
      } else if (vetoColumn !== true) {
        out.veto = false;
        delete out.vetoEvidence;
      }
    } else if (vetoColumn === true && leaf.vetoText) {
      out.incentive = 'negative';
      out.incentiveEvidence = {
        ...columnEvidence(leaf.vetoText, header.veto),
        note: `a veto, stated in the column "${header.veto}" (incentive rule 1)`,
      };
    } else if (override?.incentive) {
      out.incentive = override.incentive;
      out.incentiveEvidence = OVERRIDE_EVIDENCE;
    }
    return out;
  });
}
