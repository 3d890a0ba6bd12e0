// Parsing is most of ingest, and each file parses alone: worker threads, one a core,
// parse the files the cache does not hold yet into it, so that ingest itself (which
// dates, merges and reports in one deterministic order) finds every parse ready.
import { availableParallelism } from 'node:os';
import { listInputs } from './inputs.ts';
import { typeScriptWorker } from '../worker.ts';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES = 64;
/** Files sent to a worker at a time: few enough to keep both busy to the end. */
const BATCH = 16;

export interface ParseAhead {
  parsed: number;
  cached: number;
  workers: number;
}

export async function parseAhead(inputs: string[], cacheDir: string, onProgress?: (done: number, total: number) => void, threads = availableParallelism()): Promise<ParseAhead> {
  const files = listInputs(inputs, []); // ingest lists them again and reports what it finds
  if (files.length < MIN_FILES || threads < 2) return { parsed: 0, cached: 0, workers: 0 };
  let next = 0;
  let done = 0;
  const total: ParseAhead = { parsed: 0, cached: 0, workers: Math.min(threads, Math.ceil(files.length / BATCH)) };
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = typeScriptWorker(new URL('./parse-worker.ts', import.meta.url), { cacheDir });
      const send = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage(files.slice(next, next + BATCH));
        next += BATCH;
      };
      worker.on('message', (m: { parsed: number; cached: number; files: number }) => {
        total.parsed += m.parsed;
        total.cached += m.cached;
        done += m.files;
        onProgress?.(done, files.length);
        send();
      });
      worker.on('error', reject);
      worker.on('online', send);
    });
  await Promise.all(Array.from({ length: total.workers }, run));
  return total;
}
