/**
 * The app's state: the open scheme and its analysis, the import waiting in the mapping step,
 * the user's overrides and threshold, what is focused and selected. Large results are
 * $state.raw (replaced whole, never mutated). All parsing and analysis go through the worker
 * client; a superseded reply comes back as null and is ignored.
 */
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
import type { MessageKey } from '../i18n/zh';
import { doorsOf, type Door, type DoorKey } from '../overview/doors';
import { checkFileSize } from '../../core/import/limits';
import { readFileBytes } from '../import/readFileBytes';
import { buildView, type SchemeView } from './schemeView';

/** A file read and parsed, shown in the mapping step before it replaces the scheme. */
export interface PendingImport {
  bytes: Uint8Array;
  fileName: string;
  result: ImportResult;
  /** True while the worker re-reads the file with a changed mapping. */
  rereading: boolean;
}

export type Progress =
  | { stage: 'reading'; done: number; total: number; since: number }
  | { stage: 'parsing'; file: string; since: number }
  | { stage: 'analyzing'; since: number };

/** What the user is looking at: a door of the overview or an overlap cluster. */
export type FocusKey = DoorKey | `cluster:${number}`;

/** How long the threshold slider waits before recomputing (issue 3: debounced). */
export const THRESHOLD_DEBOUNCE_MS = 200;

/** The doors of no analysis; replaced whole, never mutated, so a plain Map is right. */
const NO_DOORS: ReadonlyMap<DoorKey, Door> = new Map();

export class Lens {
  scheme = $state.raw<Scheme | null>(null);
  analysis = $state.raw<Analysis | null>(null);
  /** The import result of the open scheme, to reopen its mapping. */
  imported = $state.raw<{ bytes: Uint8Array; fileName: string; result: ImportResult } | null>(null);
  pending = $state.raw<PendingImport | null>(null);
  progress = $state.raw<Progress | null>(null);
  error = $state.raw<{ key: MessageKey; message: string } | null>(null);
  overrides = $state.raw<Override[]>([]);
  /** The overlap threshold of the analysis shown (the core's default until the user moves it). */
  threshold = $state(0.5);
  recomputing = $state(false);
  focusKey = $state<FocusKey | null>(null);
  selected = $state<string | null>(null);

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

  private thresholdTimer: ReturnType<typeof setTimeout> | undefined;
  /** Which operation owns the progress strip; an older one finishing must not clear it. */
  private progressOwner = 0;
  /** Set once the user moves the slider; kept for the next scheme too. */
  private userThreshold: number | undefined;

  constructor(private readonly client: LensClient) {}

  /** Opens a sample from the app's origin; a readable sample replaces the scheme at once. */
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
    if (result.scheme) await this.adopt(op, bytes, fileName, result);
    else this.pending = { bytes, fileName, result, rereading: false };
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
    if (result) this.pending = { bytes, fileName: file.name, result, rereading: false };
  }

  /** Re-reads the file in the mapping step with a changed mapping; no new upload. */
  async remap(mapping: ColumnMapping): Promise<void> {
    const p = this.pending;
    if (!p) return;
    this.pending = { ...p, rereading: true };
    try {
      const result = await this.client.openFile(p.bytes, p.fileName, { mapping });
      // Dropped when superseded, or when the dialog was closed meanwhile.
      if (!result || this.pending?.bytes !== p.bytes) return;
      this.pending = { ...p, result, rereading: false };
    } catch (e) {
      if (this.pending?.bytes === p.bytes) this.pending = { ...p, rereading: false };
      this.fail(e);
    }
  }

  /** Reopens the mapping step for the scheme that is open now. */
  editMapping(): void {
    if (this.imported) this.pending = { ...this.imported, rereading: false };
  }

  /** Replaces the scheme by the one in the mapping step. */
  async confirm(): Promise<void> {
    const p = this.pending;
    if (!p?.result.scheme) return;
    const op = this.start({ stage: 'analyzing', since: Date.now() });
    await this.adopt(op, p.bytes, p.fileName, p.result);
    if (this.pending === p) this.pending = null;
  }

  /** Closes the mapping step; the open scheme stays as it was. */
  cancel(): void {
    this.pending = null;
  }

  /** Sets or clears (null) the user's kind/incentive of a leaf and recomputes at once. */
  async setOverride(id: string, patch: { kind?: Kind | null; incentive?: Incentive | null }) {
    const old = this.overrides.find((o) => o.id === id) ?? { id };
    const next: Override = { ...old };
    if (patch.kind !== undefined) {
      if (patch.kind === null) delete next.kind;
      else next.kind = patch.kind;
    }
    if (patch.incentive !== undefined) {
      if (patch.incentive === null) delete next.incentive;
      else next.incentive = patch.incentive;
    }
    const rest = this.overrides.filter((o) => o.id !== id);
    this.overrides = next.kind || next.incentive ? [...rest, next] : rest;
    await this.reanalyze();
  }

  /** The override the user set on a leaf, if any. */
  overrideOf(id: string): Override | undefined {
    return this.overrides.find((o) => o.id === id);
  }

  /** Moves the overlap threshold; the worker recomputes once the slider rests. */
  setThreshold(value: number): void {
    this.threshold = value;
    this.userThreshold = value;
    clearTimeout(this.thresholdTimer);
    this.thresholdTimer = setTimeout(() => void this.reanalyze(), THRESHOLD_DEBOUNCE_MS);
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

  /** Shows `progress` for a new operation, which now owns the strip. */
  private start(progress: Progress): number {
    this.progress = progress;
    return ++this.progressOwner;
  }

  /** Moves operation `op` to its next stage, if it still owns the strip. */
  private stage(op: number, progress: Progress): void {
    if (this.progressOwner === op) this.progress = progress;
  }

  /** Hides the strip, if operation `op` still owns it. */
  private end(op: number): void {
    if (this.progressOwner === op) this.progress = null;
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

  /** Analyses a freshly imported scheme and only then swaps it in, with fresh overrides. */
  private async adopt(
    op: number,
    bytes: Uint8Array,
    fileName: string,
    result: ImportResult,
  ): Promise<void> {
    const scheme = result.scheme;
    if (!scheme) return;
    this.stage(op, { stage: 'analyzing', since: Date.now() });
    try {
      const analysis = await this.client.analyze(
        scheme,
        { threshold: this.userThreshold },
        'adopt',
      );
      // Superseded by a newer scheme being opened, which owns the progress strip by now.
      if (!analysis) return;
      this.scheme = scheme;
      this.analysis = analysis;
      this.threshold = analysis.overlap.threshold;
      this.imported = { bytes, fileName, result };
      this.overrides = [];
      this.focusKey = null;
      this.selected = null;
      this.end(op);
    } catch (e) {
      this.end(op);
      this.fail(e);
    }
  }

  private async reanalyze(): Promise<void> {
    const scheme = this.scheme;
    if (!scheme) return;
    this.recomputing = true;
    try {
      const analysis = await this.client.analyze(scheme, {
        threshold: this.threshold,
        overrides: this.overrides,
      });
      if (!analysis || this.scheme !== scheme) return;
      this.analysis = analysis;
      this.recomputing = false;
    } catch (e) {
      this.recomputing = false;
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.error = { key: 'error.worker', message: String((e as Error)?.message ?? e) };
  }
}
