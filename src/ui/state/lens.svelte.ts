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
import type { AnalyzePhase } from '../../core/analyzePhases';
import type { Analysis, Incentive, Kind, Override, Scheme } from '../../core/types';
import { DEFAULT_THRESHOLD } from '../../core/overlap/findOverlap';
import type { WorkspaceEntry } from '../../core/workspace/workspaceDoc';
import type { MessageKey } from '../i18n/zh';
import { doorsOf, type Door, type DoorKey } from '../overview/doors';
import { update } from './entries';
import { buildView, type SchemeView } from './schemeView';
import { Comparison } from './comparison.svelte';
import { Importer, type PendingImport } from './importer.svelte';
import { Persistence } from './persistence.svelte';
import { Simulation } from './simulation.svelte';

export type { OpenResult, PendingImport } from './importer.svelte';

export type Progress =
  | { stage: 'reading'; done: number; total: number; since: number }
  | { stage: 'parsing'; file: string; since: number }
  | { stage: 'analyzing'; since: number; phase?: AnalyzePhase; step?: number }
  | { stage: 'simulating'; since: number };

/** What the user is looking at: a door of the overview or an overlap cluster. */
export type FocusKey = DoorKey | `cluster:${number}`;

/** How long the threshold slider waits before recomputing (issue 3: debounced). */
export const THRESHOLD_DEBOUNCE_MS = 200;

/** The doors of no analysis; replaced whole, never mutated, so a plain Map is right. */
const NO_DOORS: ReadonlyMap<DoorKey, Door> = new Map();

export class Lens {
  /** Every scheme of the workspace, in the order they were opened. */
  entries = $state.raw<WorkspaceEntry[]>([]);
  activeId = $state<string | null>(null);
  /** Analyses by entry id; not stored (recomputed on restore). */
  analyses = $state.raw<ReadonlyMap<string, Analysis>>(new Map());
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

  /** Reading files into the workspace: the mapping step. */
  readonly importer: Importer;
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
    this.importer = new Importer(this);
    this.saved = new Persistence(this, store);
    this.simulation = new Simulation(this);
    this.comparison = new Comparison(this);
  }

  /** The import waiting in the mapping step. */
  get pending(): PendingImport | null {
    return this.importer.pending;
  }
  loadSample = (url: string, fileName: string) => this.importer.loadSample(url, fileName);
  openFile = (file: File) => this.importer.openFile(file);
  remap: Importer['remap'] = (mapping, sheet) => this.importer.remap(mapping, sheet);
  editMapping = () => this.importer.editMapping();
  confirm = () => this.importer.confirm();
  cancel = () => this.importer.cancel();

  /** True when the active scheme's file is in memory, so its mapping can be changed. */
  get canRemap(): boolean {
    return !!this.active?.bytes && this.active.bytes.length > 0;
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
