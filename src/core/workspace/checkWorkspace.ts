/**
 * Validation of a saved workspace (issue 4): a broken file is refused with a reason, never
 * thrown on and never half-loaded. The version is checked before anything else, so a file
 * from a later app is reported as newer rather than as broken.
 */
import { stepProblem } from '../simulate/stepProblem';
import type { Bilingual, Incentive, Kind, Override } from '../types';
import { base64ToBytes } from './base64';
import { schemeProblem } from './checkScheme';
import {
  WORKSPACE_APP,
  WORKSPACE_VERSION,
  type WorkspaceCheck,
  type WorkspaceDoc,
  type WorkspaceEntry,
  type WorkspaceView,
} from './workspaceDoc';

type Obj = Record<string, unknown>;

const KINDS: Record<Kind, true> = { process: true, outcome: true, mixed: true, unknown: true };
const INCENTIVES: Record<Incentive, true> = {
  negative: true,
  positive: true,
  neutral: true,
  unknown: true,
};

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const orNull = (v: unknown, test: (v: unknown) => boolean) => v === null || test(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Thrown inside the checks only; checkValue turns it into a WorkspaceCheck. */
class Broken {
  constructor(readonly what: Bilingual) {}
}

function broken(message: Bilingual): WorkspaceCheck {
  return { ok: false, reason: 'broken', version: null, message };
}

function fileBroken(what: Bilingual): WorkspaceCheck {
  return broken({
    zh: `无法读取工作区文件：${what.zh}。`,
    en: `The workspace file cannot be read: ${what.en}.`,
  });
}

/** Checks one entry; `bytes` says how its file bytes are stored. Returns a fresh entry. */
function checkEntry(value: unknown, i: number, bytes: 'base64' | 'array'): WorkspaceEntry {
  const where = isObject(value) && isString(value.label) ? value.label : `#${i + 1}`;
  const fail = (zh: string, en: string) =>
    new Broken({ zh: `方案“${where}”${zh}`, en: `scheme "${where}" ${en}` });
  if (!isObject(value)) throw fail('不是一个对象', 'is not an object');
  const e = value;
  if (!isString(e.id) || e.id === '') throw fail('没有编号', 'has no id');
  if (!isString(e.label)) throw fail('没有名称', 'has no label');
  if (!isString(e.fileName)) throw fail('没有文件名', 'has no file name');
  if (!orNull(e.year, isInt)) throw fail('的年份无效', 'has a malformed year');
  if (!orNull(e.sheet, isString)) throw fail('的工作表名无效', 'has a malformed sheet name');
  let fileBytes: Uint8Array | null = null;
  if (e.bytes !== null) {
    if (bytes === 'array') {
      // By tag, not instanceof: a byte array from another realm (a test environment, a
      // frame) is still one.
      if (Object.prototype.toString.call(e.bytes) !== '[object Uint8Array]')
        throw fail('的文件内容无效', 'has malformed file bytes');
      fileBytes = e.bytes as Uint8Array;
    } else {
      fileBytes = isString(e.bytes) ? base64ToBytes(e.bytes) : null;
      if (!fileBytes) throw fail('的文件内容不是 base64', 'has file bytes that are not base64');
    }
  }
  if (typeof e.threshold !== 'number' || !(e.threshold >= 0 && e.threshold <= 1)) {
    throw fail('的相似度阈值不在 0 到 1 之间', 'has a threshold outside 0 to 1');
  }
  const scheme = schemeProblem(e.scheme);
  if (scheme) throw fail(`：${scheme.zh}`, `: ${scheme.en}`);
  if (
    !Array.isArray(e.overrides) ||
    !e.overrides.every(
      (o: unknown) =>
        isObject(o) &&
        isString(o.id) &&
        (o.kind === undefined || Object.hasOwn(KINDS, o.kind as string)) &&
        (o.incentive === undefined || Object.hasOwn(INCENTIVES, o.incentive as string)),
    )
  ) {
    throw fail('的人工分类修改无效', 'has malformed overrides');
  }
  const sim = e.simulation;
  if (!isObject(sim) || !Array.isArray(sim.steps)) {
    throw fail('的模拟步骤缺失', 'has no simulation steps');
  }
  for (let s = 0; s < sim.steps.length; s++) {
    const p = stepProblem(sim.steps[s]);
    if (p) throw fail(`的第 ${s + 1} 个模拟步骤无效：${p.zh}`, `has a bad step ${s + 1}: ${p.en}`);
  }
  if (!isInt(sim.cursor) || sim.cursor < 0 || sim.cursor > sim.steps.length) {
    throw fail(
      `的模拟位置 ${String(sim.cursor)} 不在 0 到 ${sim.steps.length} 之间`,
      `has simulation cursor ${String(sim.cursor)}, outside 0 to ${sim.steps.length}`,
    );
  }
  if (sim.policy !== 'keep-leaf-points' && sim.policy !== 'keep-parent-totals') {
    throw fail('的分值规则无效', 'has an unknown points policy');
  }
  return {
    ...(e as unknown as WorkspaceEntry),
    bytes: fileBytes,
    overrides: e.overrides as Override[],
  };
}

/** Checks the view; ids that name no entry become null (a stale view is no reason to refuse). */
function checkView(value: unknown, ids: ReadonlySet<string>): WorkspaceView {
  const fail = (zh: string, en: string) =>
    new Broken({ zh: `视图设置${zh}`, en: `the view settings ${en}` });
  if (!isObject(value)) throw fail('缺失', 'are missing');
  const v = value;
  const c = v.compare;
  if (
    !orNull(v.activeId, isString) ||
    !isString(v.tab) ||
    !isString(v.colorBy) ||
    (v.lang !== 'zh' && v.lang !== 'en') ||
    !isObject(c) ||
    !orNull(c.oldId, isString) ||
    !orNull(c.newId, isString)
  ) {
    throw fail('无效', 'are malformed');
  }
  const known = (id: unknown) => (isString(id) && ids.has(id) ? id : null);
  // Extra fields the app keeps in the view (e.g. the page shown) are kept as they are.
  return {
    ...v,
    activeId: known(v.activeId),
    tab: v.tab,
    colorBy: v.colorBy,
    lang: v.lang,
    compare: { oldId: known(c.oldId), newId: known(c.newId) },
  };
}

/**
 * Checks a saved workspace: a JSON value whose entry bytes are base64 ('base64'), or an
 * IndexedDB object whose bytes are Uint8Array ('array'). Never throws; the input is not changed.
 */
export function checkValue(value: unknown, bytes: 'base64' | 'array'): WorkspaceCheck {
  try {
    if (!isObject(value) || value.app !== WORKSPACE_APP) {
      return fileBroken({
        zh: '它不是指标透视的工作区',
        en: 'it is not an Indicator Lens workspace',
      });
    }
    const version = value.version;
    if (!isInt(version) || version < 1) {
      return fileBroken({ zh: '版本号无效', en: 'its version number is malformed' });
    }
    if (version > WORKSPACE_VERSION) {
      return {
        ok: false,
        reason: 'newer',
        version,
        message: {
          zh: `该工作区文件是第 ${version} 版，由更新的应用保存；本应用只能读取第 ${WORKSPACE_VERSION} 版。`,
          en: `This workspace file is version ${version}, saved by a newer app; this app reads version ${WORKSPACE_VERSION}.`,
        },
      };
    }
    if (!isString(value.savedAt)) {
      return fileBroken({ zh: '缺少保存时间', en: 'its save time is missing' });
    }
    if (!Array.isArray(value.entries)) {
      return fileBroken({ zh: '缺少方案列表', en: 'its list of schemes is missing' });
    }
    const entries = value.entries.map((e: unknown, i) => checkEntry(e, i, bytes));
    const ids = new Set<string>();
    for (const e of entries) {
      if (ids.has(e.id)) {
        throw new Broken({
          zh: `方案“${e.label}”的编号“${e.id}”重复`,
          en: `scheme "${e.label}" has id "${e.id}", which another entry has too`,
        });
      }
      ids.add(e.id);
    }
    const doc: WorkspaceDoc = {
      app: WORKSPACE_APP,
      version,
      savedAt: value.savedAt,
      entries,
      view: checkView(value.view, ids),
    };
    return { ok: true, doc };
  } catch (err) {
    if (err instanceof Broken) return fileBroken(err.what);
    // Anything else (a getter that throws, a pathological value) is still a broken file.
    return fileBroken({ zh: '内容无法识别', en: 'its content is not recognised' });
  }
}
