/**
 * Opening files into the workspace (issue 3's mapping step, issue 4's workspace): a sample or
 * a picked file is read, parsed in the worker and shown in the mapping step; confirming
 * analyses it and only then adds it to the workspace — one entry per year for a file with a
 * year column — or replaces the entry whose mapping was changed. The file's bytes stay in
 * memory (and in the workspace) so a remapping never asks for a new upload.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- the analyses Map is a snapshot built here
   and then replaced whole in the Lens's $state.raw; it is never mutated afterwards. */
import { checkFileSize } from '../../core/import/limits';
import type { ColumnMapping, ImportResult } from '../../core/types';
import { DEFAULT_THRESHOLD } from '../../core/overlap/findOverlap';
import type { WorkspaceEntry } from '../../core/workspace/workspaceDoc';
import { readFileBytes } from '../import/readFileBytes';
import { prepareView } from './schemeView';
import { newEntry, update } from './entries';
import type { Lens } from './lens.svelte';

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

export class Importer {
  pending = $state.raw<PendingImport | null>(null);

  constructor(private readonly lens: Lens) {}

  /** Opens a sample from the app's origin; a readable sample is added to the workspace at once. */
  async loadSample(url: string, fileName: string): Promise<void> {
    this.lens.error = null;
    const op = this.lens.start({ stage: 'reading', done: 0, total: 0, since: Date.now() });
    let bytes: Uint8Array;
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      this.lens.end(op);
      this.lens.error = { key: 'error.fetch', message: String((e as Error).message ?? e) };
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
    this.lens.error = null;
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
    const op = this.lens.start({ stage: 'reading', done: 0, total: file.size, since });
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file, (done, total) => {
        this.lens.stage(op, { stage: 'reading', done, total, since });
      });
    } catch (e) {
      this.lens.end(op);
      this.lens.error = { key: 'error.worker', message: String((e as Error).message ?? e) };
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
      const result = await this.lens.client.openFile(p.bytes, p.fileName, {
        mapping,
        ...(sheet ? { sheet: sheet.sheet ?? p.result.sheet ?? undefined } : {}),
        ...(skipHidden ? { skipHiddenRows: true } : {}),
      });
      // Dropped when superseded, or when the dialog was closed meanwhile.
      if (!result || this.pending?.bytes !== p.bytes) return;
      this.pending = { ...p, result, rereading: false, skipHidden };
    } catch (e) {
      if (this.pending?.bytes === p.bytes) this.pending = { ...p, rereading: false };
      this.lens.fail(e);
    }
  }

  /** Reopens the mapping step for the active scheme, re-reading its file as it was read. */
  async editMapping(): Promise<void> {
    const entry = this.lens.active;
    if (!entry?.bytes) return;
    const { bytes, fileName, sheet } = entry;
    const result = await this.lens.client.openFile(bytes, fileName, {
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
    const op = this.lens.start({ stage: 'analyzing', since: Date.now() });
    await this.adopt(op, p);
    if (this.pending === p) this.pending = null;
  }

  /** Closes the mapping step; the workspace stays as it was. */
  cancel(): void {
    this.pending = null;
  }

  private async parse(op: number, bytes: Uint8Array, fileName: string) {
    this.lens.stage(op, { stage: 'parsing', file: fileName, since: Date.now() });
    try {
      const result = await this.lens.client.openFile(bytes, fileName);
      this.lens.end(op);
      return result;
    } catch (e) {
      this.lens.end(op);
      this.lens.fail(e);
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
    this.lens.stage(op, { stage: 'analyzing', since: Date.now() });
    try {
      const years =
        scheme.nodes.some((n) => n.year !== undefined) && this.lens.client.splitYears
          ? await this.lens.client.splitYears(scheme)
          : null;
      const schemes = years && years.length > 1 ? years.map((y) => y.scheme) : [scheme];
      const threshold = this.lens.active?.threshold ?? DEFAULT_THRESHOLD;
      const analyses = new Map(this.lens.analyses);
      const added: WorkspaceEntry[] = [];
      const target = p.target ? this.lens.entries.find((e) => e.id === p.target) : undefined;
      for (const s of schemes) {
        const since = Date.now();
        const analysing = this.lens.client.analyze(
          s,
          { threshold: target?.threshold ?? threshold },
          'adopt',
          // Real progress: the worker says when each phase starts.
          (phase, step) => this.lens.stage(op, { stage: 'analyzing', since, phase, step }),
        );
        // While the worker analyses, in a task of its own once the request is on its way:
        // what the view needs of the scheme alone, so the arrival has less to do (issue 5).
        setTimeout(() => prepareView(s), 0);
        const analysis = await analysing;
        // Superseded by a newer scheme being opened (a cancel rejects instead).
        if (!analysis) return;
        const from = { bytes: p.bytes, fileName: p.fileName, sheet: p.result.sheet ?? null };
        const entry =
          target && schemes.length === 1
            ? { ...target, ...from, scheme: s }
            : newEntry(s, { ...from, threshold }, [...this.lens.entries, ...added]);
        analyses.set(entry.id, analysis);
        added.push(entry);
      }
      this.lens.analyses = analyses;
      const entries =
        target && added.length === 1
          ? update(this.lens.entries, target.id, () => added[0])
          : [...this.lens.entries, ...added];
      this.lens.activeId = added[added.length - 1].id;
      this.lens.threshold = added[added.length - 1].threshold;
      this.lens.focusKey = null;
      this.lens.selected = null;
      this.lens.commit(entries);
      this.lens.end(op);
    } catch (e) {
      this.lens.end(op);
      this.lens.fail(e);
    }
  }
}
