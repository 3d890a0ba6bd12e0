// Why a build failed, in one line. A disk that is full or read-only names the path it
// could not write, not the stack of the library that was writing (Eleventy wraps the
// error it met, in `originalError` or `cause`).
export class BuildFailure extends Error {}

const DISK: Record<string, string> = {
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/**
 * The disk error under `error`, as `cannot write PATH: reason (CODE)`, or null when it is
 * not one. A write to an open file fails naming no path: then `where`, the folder or
 * file being written.
 */
export function diskProblem(error: unknown, where = 'the output'): string | null {
  for (let e = error as { code?: string; path?: string; dest?: string; cause?: unknown; originalError?: unknown } | undefined, depth = 0; e && depth < 8; depth++) {
    if (typeof e.code === 'string' && e.code in DISK) return `cannot write ${e.dest ?? e.path ?? where}: ${DISK[e.code]} (${e.code})`;
    const message = e instanceof Error ? e.message : '';
    // A worker thread's error reaches the main thread as its message only.
    const code = /\b(EROFS|ENOSPC|EDQUOT|EACCES|EPERM)\b[^']*'([^']+)'/u.exec(message);
    if (code) return `cannot write ${code[2]}: ${DISK[code[1] as string]} (${code[1]})`;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return null;
}

/** The line a failed build prints after `build failed: `. */
export function failureReason(error: unknown, where?: string): string {
  if (error instanceof BuildFailure) return error.message;
  return diskProblem(error, where) ?? ((error as Error).message ?? String(error)).split('\n')[0] ?? String(error);
}
