/**
 * The workspace document (issue 4): every scheme the app has open, with the file it came
 * from, the user's overrides, threshold and simulation, and the view settings. The app keeps
 * it in IndexedDB (bytes as Uint8Array) and exports it as one JSON file (bytes as base64).
 * Plain, structured-clonable data throughout.
 */
import type { PointsPolicy, SimulationStep } from '../simulate/steps';
import type { Bilingual, Override, Scheme } from '../types';
import { bytesToBase64 } from './base64';
import { checkValue } from './checkWorkspace';

/** The version this app writes and reads. A file with a higher one is refused as 'newer'. */
export const WORKSPACE_VERSION = 1;

/** The app marker that tells a workspace file from any other JSON. */
export const WORKSPACE_APP = 'indicator-lens';

/** A scheme's simulation: `steps[0..cursor)` are applied; undo is `cursor - 1`, redo `+ 1`. */
export interface SimulationState {
  steps: SimulationStep[];
  cursor: number;
  policy: PointsPolicy;
}

/** One open scheme and everything needed to restore, remap and re-analyse it. */
export interface WorkspaceEntry {
  id: string;
  label: string;
  year: number | null;
  fileName: string;
  /** The file as read, for remapping (DESIGN.md: remapping never asks for a new upload); base64 in JSON. */
  bytes: Uint8Array | null;
  /** The .xlsx worksheet read; null for a text table. */
  sheet: string | null;
  /** The scheme as imported; its `source.mapping` is the mapping applied. */
  scheme: Scheme;
  overrides: Override[];
  /** Overlap threshold of this entry's analysis, in [0, 1]. */
  threshold: number;
  simulation: SimulationState;
}

/**
 * View settings saved with the workspace. Ids that name no entry read back as null; extra
 * fields the app adds are kept.
 */
export interface WorkspaceView {
  activeId: string | null;
  tab: string;
  colorBy: string;
  lang: 'zh' | 'en';
  compare: { oldId: string | null; newId: string | null };
  /** The page shown (the app's 'analyze' | 'compare' | 'simulate'); kept as written. */
  page?: string;
}

/** The whole workspace, as saved. */
export interface WorkspaceDoc {
  app: 'indicator-lens';
  version: number;
  /** ISO 8601 time of saving. */
  savedAt: string;
  entries: WorkspaceEntry[];
  view: WorkspaceView;
}

/**
 * The result of reading a saved workspace: the document, or why it cannot be read — 'newer'
 * (a later app's version, `version` set) or 'broken' — with a bilingual message naming the
 * entry and what is wrong.
 */
export type WorkspaceCheck =
  | { ok: true; doc: WorkspaceDoc }
  | { ok: false; reason: 'newer' | 'broken'; version: number | null; message: Bilingual };

/** A workspace with nothing open, saved now. */
export function emptyWorkspace(): WorkspaceDoc {
  return {
    app: WORKSPACE_APP,
    version: WORKSPACE_VERSION,
    savedAt: new Date().toISOString(),
    entries: [],
    view: {
      activeId: null,
      tab: 'sunburst',
      colorBy: 'kind',
      lang: 'zh',
      compare: { oldId: null, newId: null },
    },
  };
}

/** The workspace as one JSON file: each entry's bytes as a base64 string (or null). */
export function workspaceToJson(doc: WorkspaceDoc): string {
  return JSON.stringify({
    ...doc,
    entries: doc.entries.map((e) => ({
      ...e,
      bytes: e.bytes === null ? null : bytesToBase64(e.bytes),
    })),
  });
}

/** Reads a workspace JSON file (as workspaceToJson writes it). Never throws. */
export function parseWorkspaceJson(text: string): WorkspaceCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      reason: 'broken',
      version: null,
      message: {
        zh: '无法读取工作区文件：它不是 JSON 文本。',
        en: 'The workspace file cannot be read: it is not JSON text.',
      },
    };
  }
  return checkValue(value, 'base64');
}

/** Checks a workspace object read back from IndexedDB (bytes already Uint8Array). Never throws. */
export function checkWorkspace(value: unknown): WorkspaceCheck {
  return checkValue(value, 'array');
}
