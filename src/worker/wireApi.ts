/**
 * What the worker exposes to the page (worker.ts): the API of api.ts with schemes held in
 * the worker and sent by key, and schemes and analyses going back packed in typed arrays
 * whose buffers are transferred (issue 5). Pure apart from the injected `send`, which is
 * comlink's transfer() in the worker and the identity in tests.
 */
import type { AnalyzeOptions, AnalyzePhase } from '../core/analyze';
import type { DiffOptions } from '../core/compare/diffSchemes';
import type { WorkbookOptions, WorkbookResult } from '../core/import/importWorkbook';
import type { PointsPolicy, SimulationResult, SimulationStep } from '../core/simulate/steps';
import type { Scheme } from '../core/types';
import { analyze, diff, openAny, simulate, splitYears } from './api';
import { analysisTransferables, packAnalysis, type PackedAnalysis } from './wire/packAnalysis';
import { diffTransferables, packDiff, type PackedDiff } from './wire/packDiff';
import { packScheme, transferablesOf, unpackScheme, type PackedScheme } from './wire/packScheme';
import { SchemeRegistry } from './wire/schemeRegistry';

/** A scheme the worker holds: its key, and the small fields the page may have changed. */
export interface SchemeRef {
  key: string;
  shell: Omit<Scheme, 'nodes'>;
}

/** A scheme coming from the worker: packed, and the key the worker keeps it under. */
export interface WireScheme {
  key: string;
  packed: PackedScheme;
}

export type WireWorkbookResult = Omit<WorkbookResult, 'scheme'> & { scheme: WireScheme | null };
export type WireSimulation = Omit<SimulationResult, 'scheme'> & { scheme: WireScheme };
export interface WireSimulateReply {
  result: WireSimulation;
  analysis: PackedAnalysis;
}

/** Marks `buffers` of `value` to be transferred, not copied. */
export type Send = <T>(value: T, buffers: ArrayBuffer[]) => T;

/** The worker's API over a registry of schemes; `send` is comlink's transfer in the worker. */
export function createWireApi(send: Send = (v) => v) {
  const registry = new SchemeRegistry();
  const schemeOf = (ref: SchemeRef): Scheme => ({ ...ref.shell, nodes: registry.get(ref.key) });
  const wire = (scheme: Scheme): { value: WireScheme; buffers: ArrayBuffer[] } => {
    const packed = packScheme(scheme);
    return {
      value: { key: registry.add(scheme.nodes), packed },
      buffers: transferablesOf(packed),
    };
  };

  return {
    async openAny(
      bytes: Uint8Array,
      fileName: string,
      options?: WorkbookOptions,
    ): Promise<WireWorkbookResult> {
      const result = await openAny(bytes, fileName, options);
      if (!result.scheme) return { ...result, scheme: null };
      const { value, buffers } = wire(result.scheme);
      return send({ ...result, scheme: value }, buffers);
    },
    /** Keeps a scheme the page sends (packed when it has it) under `key`. */
    register(key: string, scheme: PackedScheme | Scheme): void {
      registry.put(key, 'nodes' in scheme ? scheme.nodes : unpackScheme(scheme).nodes);
    },
    analyze(
      ref: SchemeRef,
      options?: AnalyzeOptions,
      onPhase?: (phase: AnalyzePhase, index: number) => void,
    ): PackedAnalysis {
      const analysis = analyze(schemeOf(ref), options, onPhase);
      registry.setOverlap(ref.key, analysis.overlap);
      const packed = packAnalysis(analysis);
      return send(packed, analysisTransferables(packed));
    },
    diff(oldRef: SchemeRef, newRef: SchemeRef, options?: DiffOptions): PackedDiff {
      const packed = packDiff(diff(schemeOf(oldRef), schemeOf(newRef), options));
      return send(packed, diffTransferables(packed));
    },
    simulate(
      ref: SchemeRef,
      steps: SimulationStep[],
      policy: PointsPolicy,
      options?: AnalyzeOptions,
    ): WireSimulateReply {
      // The overlap the scheme's analysis found: core simulate uses it only if it fits
      // (same threshold, exact, every member a leaf of this scheme).
      const reply = simulate(schemeOf(ref), steps, policy, options, {
        overlap: registry.overlapOf(ref.key),
      });
      const { value, buffers } = wire(reply.result.scheme);
      const analysis = packAnalysis(reply.analysis);
      return send({ result: { ...reply.result, scheme: value }, analysis }, [
        ...buffers,
        ...analysisTransferables(analysis),
      ]);
    },
    splitYears(ref: SchemeRef): { year: number; scheme: WireScheme }[] {
      const all = splitYears(schemeOf(ref)).map(({ year, scheme }) => ({ year, ...wire(scheme) }));
      return send(
        all.map(({ year, value }) => ({ year, scheme: value })),
        all.flatMap((y) => y.buffers),
      );
    },
  };
}

export type WireApi = ReturnType<typeof createWireApi>;
