/**
 * Keeping the workspace (issue 4): every committed change is saved to the store, the last
 * workspace is restored on reload, and the whole of it exports to one JSON file and imports
 * back. A stored workspace that cannot be read is kept aside and reported, never dropped
 * (issue 6). View settings (page, tab, colouring, language, the compared pair) are saved with it.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- Maps and Dates here are snapshots: a
   $state.raw value is replaced whole, never mutated, so there is nothing for SvelteMap to track. */
import type { Bilingual } from '../../core/types';
import {
  emptyWorkspace,
  parseWorkspaceJson,
  workspaceToJson,
  type WorkspaceDoc,
  type WorkspaceEntry,
  type WorkspaceView,
} from '../../core/workspace/workspaceDoc';
import { locale, type Lang } from '../i18n/locale.svelte';
import type { MessageKey } from '../i18n/zh';
import type { WorkspaceStore } from '../workspace/store';
import type { Lens } from './lens.svelte';

/** The app's pages; 'analyze' holds the chart tabs. */
export type Page = 'analyze' | 'compare' | 'simulate';

/** A stored workspace that could not be read, moved aside. */
export interface StoreProblem {
  reason: 'newer' | 'broken';
  message: Bilingual;
  asideKey: string;
}

/** How long view changes wait before being saved (a slider drag is many changes). */
const VIEW_SAVE_MS = 400;

export class Persistence {
  page = $state<Page>('analyze');
  tab = $state('sunburst');
  colorBy = $state('branch');
  compare = $state.raw<{ oldId: string | null; newId: string | null }>({
    oldId: null,
    newId: null,
  });
  /** Set when the stored workspace could not be read. */
  problem = $state.raw<StoreProblem | null>(null);
  /** The workspace before the last replacing action (an import, a removal), for one undo. */
  undoable = $state.raw<{
    key: MessageKey;
    entries: WorkspaceEntry[];
    activeId: string | null;
  } | null>(null);
  /** A workspace file that could not be imported: what is wrong with it. */
  importError = $state.raw<Bilingual | null>(null);
  /** False until restore() has run: nothing is saved before, so a reload cannot overwrite. */
  restored = $state(false);

  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly lens: Lens,
    private readonly store: WorkspaceStore | null,
  ) {}

  /** Loads the stored workspace; true when it held at least one scheme. */
  async restore(): Promise<boolean> {
    if (!this.store) {
      this.restored = true;
      return false;
    }
    let found = false;
    try {
      const loaded = await this.store.load();
      if (loaded.kind === 'ok') {
        this.apply(loaded.doc);
        found = loaded.doc.entries.length > 0;
      } else if (loaded.kind === 'unreadable') {
        this.problem = loaded;
      }
    } catch (e) {
      this.lens.fail(e);
    }
    this.restored = true;
    if (found) void this.lens.analyzeAll();
    return found;
  }

  /** The workspace as a document, for the store and the JSON export. */
  doc(): WorkspaceDoc {
    const view: WorkspaceView = {
      activeId: this.lens.activeId,
      tab: this.tab,
      colorBy: this.colorBy,
      lang: locale.lang,
      compare: this.compare,
      page: this.page,
    };
    return {
      ...emptyWorkspace(),
      savedAt: new Date().toISOString(),
      entries: this.lens.entries,
      view,
    };
  }

  /** Saves now (after a committed change). */
  async now(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.store || !this.restored) return;
    try {
      await this.store.save(this.doc());
    } catch (e) {
      this.lens.fail(e);
    }
  }

  /** Saves shortly (after a view change). */
  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.now(), VIEW_SAVE_MS);
  }

  /** Keeps the entries as they are now for one undo of the action about to happen. */
  keepForUndo(key: MessageKey): void {
    this.undoable = { key, entries: this.lens.entries, activeId: this.lens.activeId };
  }

  /** Puts the kept workspace back. */
  undo(): void {
    const u = this.undoable;
    if (!u) return;
    this.undoable = null;
    this.lens.activeId = u.activeId;
    this.lens.commit(u.entries);
    void this.lens.analyzeAll();
  }

  /** The workspace as one JSON file (schemes as read, mappings, overrides, simulations, view). */
  exportJson(): string {
    return workspaceToJson(this.doc());
  }

  /**
   * Opens a workspace file in place of this one; the one open now is kept for one undo.
   * A file that is broken or from a newer version changes nothing and says why.
   */
  importJson(text: string): boolean {
    const check = parseWorkspaceJson(text);
    if (!check.ok) {
      this.importError = check.message;
      return false;
    }
    this.importError = null;
    this.keepForUndo('workspace.replaced');
    this.lens.analyses = new Map();
    this.apply(check.doc);
    void this.now();
    void this.lens.analyzeAll();
    return true;
  }

  /** The JSON of the record kept aside, for its raw export; null if it is gone. */
  async rawAside(): Promise<unknown> {
    if (!this.problem || !this.store) return null;
    return this.store.readAside(this.problem.asideKey);
  }

  private apply(doc: WorkspaceDoc): void {
    const v = doc.view;
    this.lens.entries = doc.entries;
    this.lens.activeId = doc.entries.some((e) => e.id === v.activeId)
      ? v.activeId
      : (doc.entries[doc.entries.length - 1]?.id ?? null);
    this.lens.threshold = this.lens.active?.threshold ?? this.lens.threshold;
    this.tab = v.tab || 'sunburst';
    this.colorBy = v.colorBy || 'branch';
    this.compare = v.compare ?? { oldId: null, newId: null };
    const page = v.page;
    this.page = page === 'compare' || page === 'simulate' ? page : 'analyze';
    if (v.lang === 'zh' || v.lang === 'en') locale.set(v.lang as Lang);
  }
}
