/**
 * The scheme crosses between worker and page as columns (issue 5); what arrives must be the
 * scheme that left, field for field — a node that lost its rule or gained a blank
 * department would change what the page shows. Checked on every shipped sample and corpus
 * file, and on nodes made to have every field, none, and references to ids that are not nodes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importScheme } from '../../../src/core/import/importScheme';
import type { IndicatorNode, Scheme } from '../../../src/core/types';
import {
  packScheme,
  UNPACK_SLICE,
  unpackScheme,
  unpackSchemeInSlices,
} from '../../../src/worker/wire/packScheme';
import { CORPUS_FILES, DATA, SAMPLE_FILES } from '../../schemeFiles';

const files = [...SAMPLE_FILES, ...CORPUS_FILES];

const schemeOf = (file: string) => {
  const scheme = importScheme(new Uint8Array(readFileSync(file)), file).scheme;
  if (!scheme) throw new Error(`${file} did not import`);
  return scheme;
};

const shell: Omit<Scheme, 'nodes'> = {
  id: 's',
  label: '2020 年乡镇考核',
  year: 2020,
  source: {
    fileName: 'x.csv',
    format: 'wide',
    encoding: 'utf-8',
    delimiter: ',',
    mapping: { format: 'wide', headerRows: 1, columns: [] },
  },
};

describe('packScheme / unpackScheme', () => {
  it.each(files.map((f) => [f.split('/').pop(), f]))(
    '%s arrives as it left, node for node',
    (_name, file) => {
      const scheme = schemeOf(file);
      expect(scheme.nodes.length).toBeGreaterThan(0);
      expect(unpackScheme(packScheme(scheme))).toStrictEqual(scheme);
    },
  );

  it('keeps every field a node can have, and leaves absent ones absent', () => {
    const full: IndicatorNode = {
      id: '1',
      name: '党建引领（20分）',
      level: 1,
      parent: null,
      children: ['1.1'],
      points: 20,
      rule: '每缺一项扣1分',
      department: '组织部',
      note: '',
      kindText: '过程',
      incentiveText: '扣分',
      vetoText: '否',
      code: '一、',
      rows: [2, 3],
      year: 2020,
    };
    const bare: IndicatorNode = {
      id: '1.1',
      name: '',
      level: 2,
      parent: '1',
      children: [],
      rows: [4],
    };
    const back = unpackScheme(packScheme({ ...shell, nodes: [full, bare] }));
    expect(back.nodes).toStrictEqual([full, bare]);
    expect(Object.keys(back.nodes[1]).sort()).toEqual(Object.keys(bare).sort());
    // Zero points and an empty note are values, not absences.
    const zero = unpackScheme(packScheme({ ...shell, nodes: [{ ...bare, points: 0 }] }));
    expect(zero.nodes[0].points).toBe(0);
  });

  it('keeps parent and child ids that name no node, and fields it has no column for', () => {
    const odd = {
      id: 'a',
      name: '孤儿',
      level: 2,
      parent: 'missing-parent',
      children: ['missing-child'],
      rows: [9],
      futureField: { x: 1 },
    } as IndicatorNode;
    expect(unpackScheme(packScheme({ ...shell, nodes: [odd] })).nodes).toStrictEqual([odd]);
  });

  it('rebuilds a large scheme in slices, pausing between them, to the same nodes', async () => {
    const scheme = schemeOf(resolve(DATA, 'scheme-2020.csv'));
    // Repeat the sample's nodes under new ids until there are more than two slices.
    const nodes: IndicatorNode[] = [];
    for (let copy = 0; nodes.length <= 2 * UNPACK_SLICE; copy++) {
      const id = (s: string) => `${copy}:${s}`;
      for (const n of scheme.nodes) {
        nodes.push({
          ...n,
          id: id(n.id),
          parent: n.parent && id(n.parent),
          children: n.children.map(id),
        });
      }
    }
    const big = { ...scheme, nodes };
    let pauses = 0;
    const back = await unpackSchemeInSlices(packScheme(big), async () => {
      pauses++;
    });
    expect(back).toStrictEqual(big);
    expect(pauses).toBe(
      Math.ceil(nodes.length / UNPACK_SLICE) + Math.ceil(nodes.length / (5 * UNPACK_SLICE)),
    );
  });
});
