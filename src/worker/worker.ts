import { expose, transfer } from 'comlink';
import { createWireApi } from './wireApi';

expose(createWireApi((value, buffers) => transfer(value, buffers)));
