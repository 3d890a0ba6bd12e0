// A worker thread of parseAhead (parse-ahead.ts): parses the files it is sent into the
// parse cache, and says how many it parsed and how many the cache already held.
import { parentPort, workerData } from 'node:worker_threads';
import { ParseCache } from './parse-cache.ts';
import { readInput } from './inputs.ts';
import { parseFile } from './parse-file.ts';

const cache = new ParseCache((workerData as { cacheDir: string }).cacheDir);

parentPort?.on('message', (paths: string[]) => {
  let parsed = 0;
  let cached = 0;
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readInput(path);
    } catch {
      continue;
    } // ingest reports unreadable files
    const key = ParseCache.key(bytes);
    if (cache.has(key)) {
      cached++;
      continue;
    }
    try {
      // Ingest reads the file again and reports what it finds: undecodable bytes, a parse that fails.
      if (parseFile(bytes, path, cache, []) !== null) parsed++;
    } catch {
      // a parser bug is that file's problem
    }
  }
  parentPort?.postMessage({ parsed, cached, files: paths.length });
});
