// Fault injection for the tests: ARCHIVE_CRASH_AT=<point> kills the build with SIGKILL
// when it reaches that point, as a power cut or the OOM killer would. Every point is
// named here, in the order a build passes them; the tests kill a real build at each.
export const CRASH_POINTS = [
  // A whole build.
  'articles-written',
  'part-rendered',
  'rendered',
  'staged',
  'state-aside',
  'state-committed',
  'site-moved-aside',
  // An edition added (--add).
  'add-articles-written',
  'add-rendered',
  'add-indexed',
  'add-state-aside',
  'add-state-committed',
  'add-half-moved',
  'add-manifest-moved',
] as const;

export type CrashPoint = (typeof CRASH_POINTS)[number];

/** Dies here if the test asked to: nothing after this line runs, no handler, no cleanup. */
export function crashPoint(point: CrashPoint): void {
  if (process.env.ARCHIVE_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}
