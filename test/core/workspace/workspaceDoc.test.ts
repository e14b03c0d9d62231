/* eslint-disable @typescript-eslint/no-explicit-any -- these tests corrupt a saved workspace on purpose, one field at a time */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import type { Scheme } from '../../../src/core/types';
import {
  checkWorkspace,
  emptyWorkspace,
  parseWorkspaceJson,
  workspaceToJson,
  type WorkspaceDoc,
  type WorkspaceEntry,
} from '../../../src/core/workspace/workspaceDoc';

const DATA = resolve(import.meta.dirname, '../../../data');
const bytes2011 = new Uint8Array(readFileSync(resolve(DATA, 'scheme-2011.csv')));
const bytesLong = new Uint8Array(readFileSync(resolve(DATA, 'scheme-long.csv')));

function schemeOf(bytes: Uint8Array, name: string): Scheme {
  const r = importScheme(bytes, name);
  if (!r.scheme) throw new Error(JSON.stringify(r.issues));
  return r.scheme;
}

const s2011 = schemeOf(bytes2011, 'scheme-2011.csv');
const sLong = schemeOf(bytesLong, 'scheme-long.csv');
const leaf = s2011.nodes.find((n) => n.children.length === 0)!;

function entry(
  id: string,
  label: string,
  scheme: Scheme,
  bytes: Uint8Array | null,
): WorkspaceEntry {
  return {
    id,
    label,
    year: scheme.year ?? null,
    fileName: scheme.source.fileName,
    bytes,
    sheet: null,
    scheme,
    overrides: [{ id: leaf.id, kind: 'outcome' }],
    threshold: 0.6,
    simulation: {
      steps: [
        { type: 'merge-overlap', points: 'max' },
        { type: 'merge', ids: [leaf.id, 'n9'], name: '合并项', points: 'sum' },
        { type: 'move', id: leaf.id, parent: 'n1' },
      ],
      cursor: 2,
      policy: 'keep-parent-totals',
    },
  };
}

function sampleDoc(): WorkspaceDoc {
  const doc = emptyWorkspace();
  doc.entries = [entry('e1', '2011 方案', s2011, bytes2011), entry('e2', '长表', sLong, null)];
  doc.view = {
    activeId: 'e1',
    tab: 'compare',
    colorBy: 'incentive',
    lang: 'en',
    compare: { oldId: 'e1', newId: 'e2' },
  };
  return doc;
}

/** The sample as a JSON object, changed by `edit`, back to text. */
function edited(edit: (doc: any) => void): string {
  const json = JSON.parse(workspaceToJson(sampleDoc()));
  edit(json);
  return JSON.stringify(json);
}

describe('workspaceToJson / parseWorkspaceJson', () => {
  it('round-trips a workspace of real samples, file bytes identical', () => {
    const doc = sampleDoc();
    const back = parseWorkspaceJson(workspaceToJson(doc));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.doc).toEqual(doc);
    expect(back.doc.entries[0].bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(back.doc.entries[0].bytes!)).toEqual(Array.from(bytes2011));
    expect(back.doc.entries[1].bytes).toBeNull();
  });

  it('writes the bytes as one base64 string, not as an object of numbers', () => {
    const json = JSON.parse(workspaceToJson(sampleDoc()));
    expect(typeof json.entries[0].bytes).toBe('string');
    expect(Buffer.from(json.entries[0].bytes, 'base64').equals(Buffer.from(bytes2011))).toBe(true);
  });

  it('round-trips an empty workspace', () => {
    const doc = emptyWorkspace();
    expect(parseWorkspaceJson(workspaceToJson(doc))).toEqual({ ok: true, doc });
  });

  it('keeps extra view fields the app saves (the page shown)', () => {
    const r = parseWorkspaceJson(edited((d) => (d.view.page = 'compare')));
    expect(r.ok && (r.doc.view as unknown as { page: string }).page).toBe('compare');
  });

  it('clears view ids that name no entry instead of refusing the file', () => {
    const r = parseWorkspaceJson(edited((d) => (d.view.compare.newId = 'gone')));
    expect(r.ok && r.doc.view.compare).toEqual({ oldId: 'e1', newId: null });
  });
});

describe('parseWorkspaceJson(text) refuses a broken file with a reason, without throwing', () => {
  const node = (d: any, id: string) => d.entries[0].scheme.nodes.find((n: any) => n.id === id);
  const cases: [string, string, RegExp][] = [
    ['not JSON', '{"app": "indicator-lens", "version": 1,', /not JSON/],
    ['another app’s JSON', JSON.stringify({ app: 'other', version: 1 }), /not an Indicator Lens/],
    ['entries missing', edited((d) => delete d.entries), /list of schemes is missing/],
    [
      'an entry that is not an object',
      edited((d) => (d.entries[1] = 42)),
      /scheme "#2" is not an object/,
    ],
    [
      'bytes not base64',
      edited((d) => (d.entries[0].bytes = '@@not base64@@')),
      /"2011 方案" has file bytes that are not base64/,
    ],
    [
      'a duplicate node id',
      edited((d) => (d.entries[0].scheme.nodes[2].id = d.entries[0].scheme.nodes[1].id)),
      /"2011 方案".*not unique/,
    ],
    [
      'a parent that does not exist',
      edited((d) => (node(d, leaf.id).parent = 'n999')),
      /"2011 方案".*parent "n999", which does not exist/,
    ],
    [
      'a parent that does not list its child',
      edited((d) => node(d, 'n1').children.shift()),
      /node "n2" names parent "n1", which does not list it as a child/,
    ],
    [
      'a child that does not exist',
      edited((d) => node(d, 'n1').children.push('n999')),
      /child "n999", which does not exist/,
    ],
    [
      'a cycle',
      edited((d) => {
        // n1 ↔ its first child, links consistent both ways: only the cycle is wrong.
        const top = node(d, 'n1');
        const child = node(d, top.children[0]);
        top.parent = child.id;
        child.children.push(top.id);
      }),
      /"2011 方案".*cycle/,
    ],
    ['a level of 0', edited((d) => (node(d, 'n1').level = 0)), /level 0, not a positive integer/],
    [
      'a level of 1.5',
      edited((d) => (node(d, 'n1').level = 1.5)),
      /level 1.5, not a positive integer/,
    ],
    [
      'a level that does not follow the parent',
      edited((d) => (node(d, leaf.id).level = 5)),
      /level 5; its parent makes it/,
    ],
    [
      'rows that are not numbers',
      edited((d) => (node(d, leaf.id).rows = ['3'])),
      /row numbers that are not numbers/,
    ],
    ['a scheme with no nodes', edited((d) => (d.entries[1].scheme.nodes = [])), /"长表".*no nodes/],
    [
      'a cursor past the steps',
      edited((d) => (d.entries[0].simulation.cursor = 4)),
      /cursor 4, outside 0 to 3/,
    ],
    ['a negative cursor', edited((d) => (d.entries[0].simulation.cursor = -1)), /cursor -1/],
    [
      'an unknown step type',
      edited((d) => d.entries[0].simulation.steps.push({ type: 'explode' })),
      /"2011 方案" has a bad step 4: unknown step type "explode"/,
    ],
    [
      'a step with a bad field',
      edited((d) => (d.entries[0].simulation.steps[1].ids = [])),
      /bad step 2: step "merge" has an invalid ids/,
    ],
    [
      'a threshold above 1',
      edited((d) => (d.entries[0].threshold = 7)),
      /threshold outside 0 to 1/,
    ],
    [
      'an override of an unknown kind',
      edited((d) => (d.entries[0].overrides[0].kind = 'big')),
      /malformed overrides/,
    ],
    ['two entries with one id', edited((d) => (d.entries[1].id = 'e1')), /"长表" has id "e1"/],
    ['a garbled view', edited((d) => (d.view.lang = 'fr')), /view settings are malformed/],
  ];
  it.each(cases)('%s', (_, text, en) => {
    const r = parseWorkspaceJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('broken');
    expect(r.message.en).toMatch(en);
    expect(r.message.en).toMatch(/^The workspace file cannot be read: /);
    expect(r.message.zh).toMatch(/^无法读取工作区文件：/);
  });

  it('names the entry in Chinese too', () => {
    const r = parseWorkspaceJson(edited((d) => (node(d, leaf.id).parent = 'n999')));
    expect(!r.ok && r.message.zh).toContain('方案“2011 方案”');
    expect(!r.ok && r.message.zh).toContain('“n999”不存在');
  });

  it('reports a later version as newer, saying which version this app reads', () => {
    const r = parseWorkspaceJson(edited((d) => ((d.version = 2), (d.entries = 'new shape'))));
    expect(r).toMatchObject({ ok: false, reason: 'newer', version: 2 });
    expect(!r.ok && r.message.en).toBe(
      'This workspace file is version 2, saved by a newer app; this app reads version 1.',
    );
    expect(!r.ok && r.message.zh).toContain('第 2 版');
  });

  it('never throws, whatever JSON it is given', () => {
    for (const text of [
      'null',
      '[]',
      '"x"',
      '1e400',
      '{"app":"indicator-lens"}',
      '{"app":"indicator-lens","version":1,"savedAt":"","entries":[null],"view":{}}',
    ]) {
      expect(parseWorkspaceJson(text).ok).toBe(false);
    }
  });
});

describe('checkWorkspace(value) reads what IndexedDB gives back', () => {
  it('accepts a structured clone of a workspace, bytes as Uint8Array', () => {
    const doc = sampleDoc();
    const r = checkWorkspace(structuredClone(doc));
    expect(r).toEqual({ ok: true, doc });
  });

  it('refuses bytes that are not a Uint8Array', () => {
    const doc: any = structuredClone(sampleDoc());
    doc.entries[0].bytes = 'AAAA';
    const r = checkWorkspace(doc);
    expect(!r.ok && r.message.en).toMatch(/"2011 方案" has malformed file bytes/);
  });

  it('does not change the value it checks', () => {
    const doc: any = structuredClone(sampleDoc());
    doc.view.activeId = 'gone';
    const before = structuredClone(doc);
    checkWorkspace(doc);
    expect(doc).toEqual(before);
  });
});
