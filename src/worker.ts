// Worker threads whose module is TypeScript. Workers do not inherit the TypeScript
// loader of the thread that starts them: each starts from a line of JavaScript that
// registers tsx and imports the worker's module.
import { Worker } from 'node:worker_threads';

export function typeScriptWorker(module: URL, workerData: unknown): Worker {
  const start = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(module.href)});`;
  // A young generation of 3 x 64 MB, as the build's main thread has (package.json): the
  // build allocates many short-lived strings, and collects them far less often so.
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(start)}`), { workerData, resourceLimits: { maxYoungGenerationSizeMb: 192 } });
}

/** Runs a worker that posts one result and ends: its result, or its error. */
export function runWorker<T>(module: URL, workerData: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = typeScriptWorker(module, workerData);
    let result: { value: T } | null = null;
    worker.on('message', (value: T) => {
      result = { value };
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (result ? resolve(result.value) : reject(new Error(`worker ${module.pathname} ended (${code}) without a result`))));
  });
}
