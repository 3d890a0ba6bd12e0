// One build at a time per store: a lock file beside the site (SITE.lock) and one beside
// the articles folder (ARTICLES.lock; `npm run ingest` takes it too). A lock is created
// with O_EXCL ('wx'), so of two processes only one gets it, and names its holder: the
// pid and the process's start time (from /proc/PID/stat), so that a lock whose holder
// died (a crash, kill -9) is seen as stale even when its pid was given to another process.
import { linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, closeSync } from 'node:fs';
import { z } from 'zod';

const Holder = z.object({ pid: z.number().int(), started: z.string(), since: z.string(), command: z.string() });
type Holder = z.infer<typeof Holder>;

/** The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), or null when there is no such process. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const alive = (holder: Holder) => processStart(holder.pid) === holder.started;

function readHolder(file: string): Holder | null {
  try {
    const parsed = Holder.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface Lock {
  file: string;
  release(): void;
}

/** Why the lock is held, in a line: by whom and since when. */
export const heldBy = (file: string, holder: Holder | null) => (holder ? `${file} is held by pid ${holder.pid} (${holder.command}) since ${holder.since}` : `${file} is held (its holder unreadable: being written, or not a lock of this tool; remove it if no build runs)`);

/**
 * Takes the lock `file`, or returns why not: held by a live process. With `wait`, waits
 * for it instead. A stale lock (its holder gone) is taken over.
 */
export async function takeLock(file: string, command: string, { wait = false } = {}): Promise<Lock | { held: string }> {
  const me: Holder = { pid: process.pid, started: processStart(process.pid) ?? '', since: new Date().toISOString(), command };
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${JSON.stringify(me)}\n`);
      closeSync(fd);
      return { file, release: () => release(file, me) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if (holder ? !alive(holder) : unwrittenFor(file, 5000)) {
      takeOverStale(file, holder);
      continue;
    }
    if (!wait) {
      // An unreadable holder may be a lock being written this instant: look again once.
      if (!holder) await sleep(100);
      const again = holder ?? readHolder(file);
      if (!holder && again) continue;
      return { held: heldBy(file, again) };
    }
    await sleep(250);
  }
}

/**
 * A stale lock is moved aside under a name of this process's own, then checked: if
 * another process took it over meanwhile and wrote its own, that one is put back
 * (link: never over a newer lock).
 */
function takeOverStale(file: string, stale: Holder | null) {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readHolder(aside);
  if (moved && (moved.pid !== stale?.pid || moved.started !== stale.started)) {
    try {
      linkSync(aside, file);
    } catch {
      /* a newer lock is in place: it wins */
    }
  }
  unlinkSync(aside);
}

/** A lock file its holder never wrote (killed between creating and writing it), or not ours, left alone for `ms`. */
function unwrittenFor(file: string, ms: number) {
  try {
    return Date.now() - statSync(file).mtimeMs > ms;
  } catch {
    return false;
  }
}

function release(file: string, me: Holder) {
  const holder = readHolder(file);
  if (holder && holder.pid === me.pid && holder.started === me.started) unlinkSync(file);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
