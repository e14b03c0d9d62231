/**
 * The worker that writes the workspace to IndexedDB (store.ts): the page hands it each
 * record, already packed, and it does the serialising put off the main thread (issue 5).
 * Saves arrive and are written in order: the page's store queues them.
 */
import { expose } from 'comlink';
import type { WorkspaceDoc } from '../../core/workspace/workspaceDoc';
import { openAppDb, putCurrentWith } from './store';

const put = putCurrentWith(openAppDb());

expose({ put: (record: WorkspaceDoc) => put(record) });
