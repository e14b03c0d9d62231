/**
 * The app's state: the workspace's schemes (one entry each, issue 4), the active one and its
 * analysis, the import waiting in the mapping step, what is focused and selected. Large
 * results are $state.raw (replaced whole, never mutated). All parsing and analysis go
 * through the worker client; a superseded reply comes back as null and is ignored. Every
 * committed change is saved to the workspace store (IndexedDB in the app): a change commits
 * only once its results have arrived, so a tab closed mid-way reopens as it was before.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- Maps and Dates here are snapshots: a
   $state.raw value is replaced whole, never mutated, so there is nothing for SvelteMap to track. */
import type { LensClient } from '../../worker/client';
import type {
  Analysis,
  ColumnMapping,
  ImportResult,
  Incentive,
  Kind,
  Override,
  Scheme,
} from '../../core/types';
import type { WorkspaceEntry } from '../../core/workspace/workspaceDoc';
import type { MessageKey } from '../i18n/zh';
import { doorsOf, type Door, type DoorKey } from '../overview/doors';
import { checkFileSize } from '../../core/import/limits';
import { readFileBytes } from '../import/readFileBytes';
import { newEntry, update } from './entries';
import { buildView, type SchemeView } from './schemeView';
import { Comparison } from './comparison.svelte';
import { Persistence } from './persistence.svelte';
import { Simulation } from './simulation.svelte';

/** An import result as the worker returns it: a workbook's also lists its sheets. */
export type OpenResult = ImportResult & { sheets?: string[]; sheet?: string | null };

/** A file read and parsed, shown in the mapping step before it is added to the workspace. */
export interface PendingImport {
  bytes: Uint8Array;
  fileName: string;
  result: OpenResult;
  /** True while the worker re-reads the file with a changed mapping. */
  rereading: boolean;
  /** The entry whose mapping is being changed; null for a new file. */
  target: string | null;
  /** Workbooks: skip hidden rows (issue 6: "only if the user says so"). */
  skipHidden: boolean;
}

export type Progress =
  | { stage: 'reading'; done: number; total: number; since: number }
  | { stage: 'parsing'; file: string; since: number }
  | { stage: 'analyzing'; since: number }
  | { stage: 'simulating'; since: number };

/** What the user is looking at: a door of the overview or an overlap cluster. */
export type FocusKey = DoorKey | `cluster:${number}`;

/** How long the threshold slider waits before recomputing (issue 3: debounced). */
export const THRESHOLD_DEBOUNCE_MS = 200;

/** The core's default overlap threshold (src/core/overlap DEFAULT_THRESHOLD). */
const DEFAULT_THRESHOLD = 0.5;

/** The doors of no analysis; replaced whole, never mutated, so a plain Map is right. */
const NO_DOORS: ReadonlyMap<DoorKey, Door> = new Map();

export class Lens {
  /** Every scheme of the workspace, in the order they were opened. */
  entries = $state.raw<WorkspaceEntry[]>([]);
  activeId = $state<string | null>(null);
  /** Analyses by entry id; not stored (recomputed on restore). */
  analyses = $state.raw<ReadonlyMap<string, Analysis>>(new Map());
  pending = $state.raw<PendingImport | null>(null);
  progress = $state.raw<Progress | null>(null);
  error = $state.raw<{ key: MessageKey; message: string } | null>(null);
  /** The overlap threshold shown on the slider (the active entry's, while it moves). */
  threshold = $state(DEFAULT_THRESHOLD);
  recomputing = $state(false);
  focusKey = $state<FocusKey | null>(null);
  selected = $state<string | null>(null);

  active: WorkspaceEntry | null = $derived(
    this.entries.find((e) => e.id === this.activeId) ?? null,
  );
  scheme: Scheme | null = $derived(this.active?.scheme ?? null);
  analysis: Analysis | null = $derived(
    this.activeId ? (this.analyses.get(this.activeId) ?? null) : null,
  );
  overrides: Override[] = $derived(this.active?.overrides ?? []);
  view: SchemeView | null = $derived(this.scheme ? buildView(this.scheme, this.analysis) : null);
  doors: ReadonlyMap<DoorKey, Door> = $derived(
    this.scheme && this.analysis ? doorsOf(this.scheme, this.analysis) : NO_DOORS,
  );
  /** The focused indicators, recomputed when the analysis changes (an override, a threshold). */
  focus: Door | { key: FocusKey; ids: string[]; evidence: 'overlap' } | null = $derived.by(() => {
    const key = this.focusKey;
    if (!key) return null;
    if (key.startsWith('cluster:')) {
      const c = this.analysis?.overlap.clusters[Number(key.slice(8))];
      return c ? { key, ids: c.members, evidence: 'overlap' as const } : null;
    }
    return this.doors.get(key as DoorKey) ?? null;
  });

  /** Saving and restoring the workspace; view settings live there too. */
  readonly saved: Persistence;
  /** The active scheme's consolidation simulation. */
  readonly simulation: Simulation;
  /** The diff of two schemes of the workspace. */
  readonly comparison: Comparison;

  private thresholdTimer: ReturnType<typeof setTimeout> | undefined;
  /** Which operation owns the progress strip; an older one finishing must not clear it. */
  private progressOwner = 0;

  constructor(
    readonly client: LensClient,
    store: ConstructorParameters<typeof Persistence>[1] = null,
  ) {
    this.saved = new Persistence(this, store);
    this.simulation = new Simulation(this);
    this.comparison = new Comparison(this);
  }

  /** Opens a sample from the app's origin; a readable sample is added to the workspace at once. */
  async loadSample(url: string, fileName: string): Promise<void> {
    this.error = null;
    const op = this.start({ stage: 'reading', done: 0, total: 0, since: Date.now() });
    let bytes: Uint8Array;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      this.end(op);
      this.error = { key: 'error.fetch', message: String((e as Error).message ?? e) };
      return;
    }
    const result = await this.parse(op, bytes, fileName);
    if (!result) return;
    const pending: PendingImport = {
      bytes,
      fileName,
      result,
      rereading: false,
      target: null,
      skipHidden: false,
    };
    if (result.scheme) await this.adopt(op, pending);
    else this.pending = pending;
  }

  /** Reads a picked or dropped file and shows it in the mapping step. */
  async openFile(file: File): Promise<void> {
    this.error = null;
    // Refuse an oversized file before reading it whole: the tab must not freeze (issue 6).
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) {
      this.pending = {
        bytes: new Uint8Array(0),
        fileName: file.name,
        result: {
          scheme: null,
          issues: [tooLarge],
          skipped: [],
          mapping: null,
          encoding: null,
          delimiter: null,
          preview: [],
        },
        rereading: false,
        target: null,
        skipHidden: false,
      };
      return;
    }
    const since = Date.now();
    const op = this.start({ stage: 'reading', done: 0, total: file.size, since });
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file, (done, total) => {
        if (this.progressOwner === op) this.progress = { stage: 'reading', done, total, since };
      });
    } catch (e) {
      this.end(op);
      this.error = { key: 'error.worker', message: String((e as Error).message ?? e) };
      return;
    }
    const result = await this.parse(op, bytes, file.name);
    if (result) {
      this.pending = {
        bytes,
        fileName: file.name,
        result,
        rereading: false,
        target: null,
        skipHidden: false,
      };
    }
  }

  /**
   * Re-reads the file in the mapping step with a changed mapping, or another sheet of a
   * workbook (which needs fresh detection, so no mapping then); no new upload.
   */
  async remap(
    mapping: ColumnMapping | undefined,
    sheet?: { sheet?: string; skipHidden?: boolean },
  ): Promise<void> {
    const p = this.pending;
    if (!p) return;
    const skipHidden = sheet?.skipHidden ?? p.skipHidden;
    this.pending = { ...p, rereading: true, skipHidden };
    try {
      const result = await this.client.openFile(p.bytes, p.fileName, {
        mapping,
        ...(sheet ? { sheet: sheet.sheet ?? p.result.sheet ?? undefined } : {}),
        ...(skipHidden ? { skipHiddenRows: true } : {}),
      });
      // Dropped when superseded, or when the dialog was closed meanwhile.
      if (!result || this.pending?.bytes !== p.bytes) return;
      this.pending = { ...p, result, rereading: false, skipHidden };
    } catch (e) {
      if (this.pending?.bytes === p.bytes) this.pending = { ...p, rereading: false };
      this.fail(e);
    }
  }

  /** True when the active scheme's file is in memory, so its mapping can be changed. */
  get canRemap(): boolean {
    return !!this.active?.bytes && this.active.bytes.length > 0;
  }

  /** Reopens the mapping step for the active scheme, re-reading its file as it was read. */
  async editMapping(): Promise<void> {
    const entry = this.active;
    if (!entry?.bytes) return;
    const { bytes, fileName, sheet } = entry;
    const result = await this.client.openFile(bytes, fileName, {
      mapping: entry.scheme.source.mapping,
      ...(sheet ? { sheet } : {}),
    });
    if (!result) return;
    this.pending = {
      bytes,
      fileName,
      result,
      rereading: false,
      target: entry.id,
      skipHidden: false,
    };
  }

  /** Adds the scheme in the mapping step to the workspace (or replaces the entry remapped). */
  async confirm(): Promise<void> {
    const p = this.pending;
    if (!p?.result.scheme) return;
    const op = this.start({ stage: 'analyzing', since: Date.now() });
    await this.adopt(op, p);
    if (this.pending === p) this.pending = null;
  }

  /** Closes the mapping step; the workspace stays as it was. */
  cancel(): void {
    this.pending = null;
  }

  /** Stops the work in progress (the worker is restarted); nothing already open changes. */
  cancelWork(): void {
    this.progressOwner++;
    this.progress = null;
    this.recomputing = false;
    this.client.cancel?.();
  }

  /** Makes another entry the active one. */
  activate(id: string): void {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry || id === this.activeId) return;
    this.activeId = id;
    this.threshold = entry.threshold;
    this.focusKey = null;
    this.selected = null;
    if (!this.analyses.has(id)) void this.analyzeEntry(entry);
    this.saved.soon();
  }

  /** Renames an entry (its label in the workspace, charts and reports). */
  setLabel(id: string, label: string): void {
    const text = label.trim();
    if (!text) return;
    this.commit(update(this.entries, id, (e) => ({ ...e, label: text })));
  }

  /** Sets or clears (null) the year of an entry. */
  setYear(id: string, year: number | null): void {
    if (year !== null && !(Number.isInteger(year) && year > 0 && year < 10000)) return;
    this.commit(update(this.entries, id, (e) => ({ ...e, year })));
  }

  /** Removes an entry; the workspace before is kept for one undo. */
  remove(id: string): void {
    const rest = this.entries.filter((e) => e.id !== id);
    if (rest.length === this.entries.length) return;
    this.saved.keepForUndo('workspace.removed');
    if (this.activeId === id) this.activeId = rest[rest.length - 1]?.id ?? null;
    this.commit(rest);
  }

  /** Replaces the entries (and saves them). */
  commit(entries: WorkspaceEntry[]): void {
    this.entries = entries;
    void this.saved.now();
  }

  /** Sets or clears (null) the user's kind/incentive of a leaf and recomputes at once. */
  async setOverride(id: string, patch: { kind?: Kind | null; incentive?: Incentive | null }) {
    const entry = this.active;
    if (!entry) return;
    const old = entry.overrides.find((o) => o.id === id) ?? { id };
    const next: Override = { ...old };
    if (patch.kind !== undefined) {
      if (patch.kind === null) delete next.kind;
      else next.kind = patch.kind;
    }
    if (patch.incentive !== undefined) {
      if (patch.incentive === null) delete next.incentive;
      else next.incentive = patch.incentive;
    }
    const rest = entry.overrides.filter((o) => o.id !== id);
    const overrides = next.kind || next.incentive ? [...rest, next] : rest;
    this.commit(update(this.entries, entry.id, (e) => ({ ...e, overrides })));
    await this.reanalyze();
  }

  /** The override the user set on a leaf, if any. */
  overrideOf(id: string): Override | undefined {
    return this.overrides.find((o) => o.id === id);
  }

  /** Moves the overlap threshold; the worker recomputes once the slider rests. */
  setThreshold(value: number): void {
    this.threshold = value;
    clearTimeout(this.thresholdTimer);
    this.thresholdTimer = setTimeout(() => {
      const id = this.activeId;
      if (!id) return;
      this.commit(update(this.entries, id, (e) => ({ ...e, threshold: value })));
      void this.reanalyze();
    }, THRESHOLD_DEBOUNCE_MS);
  }

  /** Opens the list behind a number (or a cluster) and highlights it in the charts. */
  openFocus(key: FocusKey | null): void {
    this.focusKey = key;
    this.selected = null;
  }

  select(id: string | null): void {
    this.selected = id;
  }

  dismissError(): void {
    this.error = null;
  }

  /** Analyses every entry without an analysis (after a restore), the active one first. */
  async analyzeAll(): Promise<void> {
    const order = [...this.entries].sort(
      (a, b) => Number(b.id === this.activeId) - Number(a.id === this.activeId),
    );
    for (const entry of order) {
      if (!this.analyses.has(entry.id)) await this.analyzeEntry(entry);
    }
  }

  /** Shows `progress` for a new operation, which now owns the strip. */
  start(progress: Progress): number {
    this.progress = progress;
    return ++this.progressOwner;
  }

  /** Moves operation `op` to its next stage, if it still owns the strip. */
  stage(op: number, progress: Progress): void {
    if (this.progressOwner === op) this.progress = progress;
  }

  /** Hides the strip, if operation `op` still owns it. */
  end(op: number): void {
    if (this.progressOwner === op) this.progress = null;
  }

  fail(e: unknown): void {
    const message = String((e as Error)?.message ?? e);
    if (message === 'cancelled') return;
    this.error = { key: 'error.worker', message };
  }

  private async parse(op: number, bytes: Uint8Array, fileName: string) {
    this.stage(op, { stage: 'parsing', file: fileName, since: Date.now() });
    try {
      const result = await this.client.openFile(bytes, fileName);
      this.end(op);
      return result;
    } catch (e) {
      this.end(op);
      this.fail(e);
      return null;
    }
  }

  /**
   * Analyses a freshly imported scheme and only then adds it (a file with a year column:
   * one entry per year), or replaces the entry whose mapping was changed.
   */
  private async adopt(op: number, p: PendingImport): Promise<void> {
    const scheme = p.result.scheme;
    if (!scheme) return;
    this.stage(op, { stage: 'analyzing', since: Date.now() });
    try {
      const years =
        scheme.nodes.some((n) => n.year !== undefined) && this.client.splitYears
          ? await this.client.splitYears(scheme)
          : null;
      const schemes = years && years.length > 1 ? years.map((y) => y.scheme) : [scheme];
      const threshold = this.active?.threshold ?? DEFAULT_THRESHOLD;
      const analyses = new Map(this.analyses);
      const added: WorkspaceEntry[] = [];
      const target = p.target ? this.entries.find((e) => e.id === p.target) : undefined;
      for (const s of schemes) {
        const analysis = await this.client.analyze(
          s,
          { threshold: target?.threshold ?? threshold },
          'adopt',
        );
        // Superseded by a newer scheme being opened (a cancel rejects instead).
        if (!analysis) return;
        const from = { bytes: p.bytes, fileName: p.fileName, sheet: p.result.sheet ?? null };
        const entry =
          target && schemes.length === 1
            ? { ...target, ...from, scheme: s }
            : newEntry(s, { ...from, threshold }, [...this.entries, ...added]);
        analyses.set(entry.id, analysis);
        added.push(entry);
      }
      this.analyses = analyses;
      const entries =
        target && added.length === 1
          ? update(this.entries, target.id, () => added[0])
          : [...this.entries, ...added];
      this.activeId = added[added.length - 1].id;
      this.threshold = added[added.length - 1].threshold;
      this.focusKey = null;
      this.selected = null;
      this.commit(entries);
      this.end(op);
    } catch (e) {
      this.end(op);
      this.fail(e);
    }
  }

  /** Analyses one entry (a restored one, or one made active) in the background. */
  private async analyzeEntry(entry: WorkspaceEntry): Promise<void> {
    try {
      const analysis = await this.client.analyze(
        entry.scheme,
        { threshold: entry.threshold, overrides: entry.overrides },
        `entry:${entry.id}`,
      );
      if (!analysis) return;
      this.analyses = new Map(this.analyses).set(entry.id, analysis);
    } catch (e) {
      this.fail(e);
    }
  }

  private async reanalyze(): Promise<void> {
    const entry = this.active;
    if (!entry) return;
    this.recomputing = true;
    try {
      const analysis = await this.client.analyze(entry.scheme, {
        threshold: entry.threshold,
        overrides: entry.overrides,
      });
      if (!analysis || this.active?.scheme !== entry.scheme) return;
      this.analyses = new Map(this.analyses).set(entry.id, analysis);
      this.recomputing = false;
    } catch (e) {
      this.recomputing = false;
      this.fail(e);
    }
  }
}
