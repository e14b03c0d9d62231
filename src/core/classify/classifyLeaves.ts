import { nodeIndex } from '../tree';
import type { ColumnRole, Evidence, Flag, LeafClass, Override, Scheme } from '../types';
import { classifyIncentive } from './classifyIncentive';
import { classifyKind } from './classifyKind';
import { defaultLexicon } from './lexicon';
import type { Lexicon } from './lexiconTypes';
import { readIncentiveColumn, readKindColumn, readVetoColumn } from './readColumns';
import { structuralFlags } from './structuralFlags';
import { scannerFor, shareable, type LeafReadings, type TextReading } from './scanText';
import { textFlags } from './textFlags';
import { TextMemo } from './textMemo';
import { ancestryOf, type Parent } from './ancestry';
import { FlagLists } from './flagLists';

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

/** The flags of a leaf without any: one list for all of them (no caller adds to a leaf's). */
const NO_FLAGS = Object.freeze([]) as unknown as Flag[];

/** The text flags, then the structural ones, without copying either when the other is empty. */
function joinFlags(textual: Flag[], structural: Flag[]): Flag[] {
  if (structural.length === 0) return textual.length === 0 ? NO_FLAGS : textual;
  if (textual.length === 0) return structural;
  for (const f of structural) textual.push(f);
  return textual;
}

/** Nothing read yet: the scratch readings' value before the first leaf. */
const NOTHING = undefined as unknown as TextReading;

/**
 * Classifies every leaf of a scheme: kind, incentive, veto and formalism flags, each with
 * its evidence. Priority (DESIGN.md "Classification priority"): an explicit column
 * (node.kindText / node.incentiveText / node.vetoText) > the user's override > the lexicon.
 * A veto makes the incentive negative (corpus README incentive rule 1). One result per leaf,
 * in file order. The scheme is not modified.
 */
export function classifyLeaves(scheme: Scheme, options: ClassifyOptions = {}): LeafClass[] {
  const lexicon = options.lexicon ?? defaultLexicon;
  const overrides = new Map<string, Override>();
  for (const o of options.overrides ?? []) overrides.set(o.id, { ...overrides.get(o.id), ...o });
  const header = {
    kind: columnHeader(scheme, 'kind'),
    incentive: columnHeader(scheme, 'incentive'),
    veto: columnHeader(scheme, 'veto'),
  };
  // Each text is searched once for every list of the lexicon (scanText.ts); rules repeat
  // across leaves, so their readings are shared (textMemo.ts), and siblings share their
  // ancestors' names and readings (ancestry.ts). The index is tree.ts's, kept for the
  // metrics and overlap that follow.
  const scan = scannerFor(lexicon);
  const memo = new TextMemo<TextReading>();
  const shared = (text: string): TextReading => memo.get(text, (t) => shareable(scan(t)));
  const parentOf = ancestryOf(scheme, nodeIndex(scheme), scan);
  let last: Parent | undefined;
  let lastParent: string | null | undefined;
  // One object for every leaf's readings: the classifiers read it and keep nothing of it.
  const read: LeafReadings = { name: NOTHING, rule: NOTHING, path: [] };
  const result: LeafClass[] = [];
  const lists = new FlagLists();

  const nodes = scheme.nodes;
  // Indexed: a loop run once per call may run unoptimised, where for-of allocates per node.
  for (let i = 0; i < nodes.length; i++) {
    const leaf = nodes[i];
    if (leaf.children.length !== 0) continue;
    if (leaf.parent !== lastParent || !last) {
      last = parentOf(leaf.parent);
      lastParent = leaf.parent;
    }
    const path = last.path;
    // The name is mostly unique to its leaf: read here, not remembered.
    read.name = scan(leaf.name);
    read.rule = shared(leaf.rule ?? '');
    read.path = last.readings;
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
    const textual = textFlags(leaf.name, leaf.rule, lexicon, read.name, read.rule);
    const structural = structuralFlags(
      { points: leaf.points, siblings: last.siblings, name: leaf.name, rule: leaf.rule },
      lexicon,
      read.rule,
      read.name,
    );
    const override = overrides.size > 0 ? overrides.get(leaf.id) : undefined;

    let kind = k.kind;
    let kindEvidence: Evidence;
    const kindColumn = readKindColumn(leaf.kindText);
    if (kindColumn && leaf.kindText) {
      kind = kindColumn;
      kindEvidence = columnEvidence(leaf.kindText, header.kind);
    } else if (override?.kind) {
      kind = override.kind;
      kindEvidence = OVERRIDE_EVIDENCE;
    } else {
      kindEvidence = withUnread(k.evidence, leaf.kindText, header.kind);
    }

    let incentive = inc.incentive;
    let incentiveEvidence: Evidence | undefined;
    let veto = inc.veto;
    let vetoEvidence = inc.vetoEvidence;
    const incentiveColumn = readIncentiveColumn(leaf.incentiveText);
    const vetoStated = vetoColumn === true && !!leaf.vetoText;
    if (vetoStated) {
      veto = true;
      vetoEvidence = columnEvidence(leaf.vetoText!, header.veto);
    }
    if (incentiveColumn && leaf.incentiveText) {
      incentive = incentiveColumn.incentive;
      incentiveEvidence = columnEvidence(leaf.incentiveText, header.incentive);
      // A column that states the veto outranks the lexicon's reading of the text.
      if (incentiveColumn.veto) {
        veto = true;
        vetoEvidence = incentiveEvidence;
      } else if (vetoColumn !== true) {
        veto = false;
        vetoEvidence = undefined;
      }
    } else if (vetoStated) {
      incentive = 'negative';
      incentiveEvidence = {
        ...columnEvidence(leaf.vetoText!, header.veto),
        note: `a veto, stated in the column "${header.veto}" (incentive rule 1)`,
      };
    } else if (override?.incentive) {
      incentive = override.incentive;
      incentiveEvidence = OVERRIDE_EVIDENCE;
    }
    incentiveEvidence ??= withUnread(
      withUnread(inc.evidence, leaf.incentiveText, header.incentive),
      vetoColumn === null ? leaf.vetoText : undefined,
      header.veto,
    );

    // Made whole in one go, in one shape for every leaf (vetoEvidence last, when present).
    const out: LeafClass = {
      id: leaf.id,
      kind,
      kindEvidence,
      incentive,
      incentiveEvidence,
      veto,
      flags: lists.of(joinFlags(textual, structural)),
    };
    if (vetoEvidence) out.vetoEvidence = vetoEvidence;
    result.push(out);
  }
  return result;
}
