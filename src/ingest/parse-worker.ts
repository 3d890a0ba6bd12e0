// A worker thread of parseAhead (parse-ahead.ts): parses the files it is sent into the
// parse cache, and says how many it parsed and how many the cache already held.
import { parentPort, workerData } from 'node:worker_threads';
import { ParseCache } from './parse-cache.ts';
import { decodeInput } from './decode.ts';
import { parseText, readInput } from './ingest.ts';

const cache = new ParseCache((workerData as { cacheDir: string }).cacheDir);

parentPort?.on('message', (paths: string[]) => {
  let parsed = 0;
  let cached = 0;
  for (const path of paths) {
    let bytes: Buffer;
    try { bytes = readInput(path); } catch { continue; } // ingest reports unreadable files
    const key = ParseCache.key(bytes);
    if (cache.has(key)) { cached++; continue; }
    const decoded = decodeInput(bytes);
    if (!decoded.ok) continue; // and undecodable ones
    try {
      cache.set(key, parseText(decoded.text));
      parsed++;
    } catch {
      continue; // and a parse that fails, as that file's problem
    }
  }
  parentPort?.postMessage({ parsed, cached, files: paths.length });
});
