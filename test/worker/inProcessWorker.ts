/**
 * The page's worker client over the wire API running in-process (no Worker, no comlink): the
 * same keys, packing and re-sending as in the browser. Records what each register() call
 * received, and how many workers were started (cancel starts a new one).
 */
import { createLensClient, type WorkerConnection } from '../../src/worker/client';
import { createWireApi } from '../../src/worker/wireApi';

/** Connections to in-process workers, recording what each register() call received. */
export function inProcess() {
  const registered: { worker: number; kind: 'packed' | 'object' }[] = [];
  let workers = 0;
  const connect = (): WorkerConnection => {
    const worker = ++workers;
    const api = createWireApi();
    return {
      remote: {
        openAny: async (...a) => api.openAny(...a),
        register: async (key, scheme) => {
          registered.push({ worker, kind: 'nodes' in scheme ? 'object' : 'packed' });
          return api.register(key, scheme);
        },
        analyze: async (...a) => api.analyze(...a),
        diff: async (...a) => api.diff(...a),
        simulate: async (...a) => api.simulate(...a),
        splitYears: async (...a) => api.splitYears(...a),
      },
      terminate: () => undefined,
    };
  };
  return { client: createLensClient(connect), registered, workers: () => workers };
}
