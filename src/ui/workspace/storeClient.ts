/** The page's side of the store worker (storeWorker.ts): a put that runs there. */
import { wrap } from 'comlink';
import type { WorkspaceDoc } from '../../core/workspace/workspaceDoc';
import type { PutCurrent } from './store';

/** Starts the store worker; its put writes 'current' in the worker's own connection. */
export function putInWorker(): PutCurrent {
  const worker = new Worker(new URL('./storeWorker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<{ put(record: WorkspaceDoc): Promise<void> }>(worker);
  return (record) => remote.put(record);
}
