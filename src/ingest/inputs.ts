// The inputs: files and folders named on the command line become the list of files to
// read, in a stable order, and each listed file's bytes are read without blocking.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import type { Message } from './types.ts';

const INPUT_EXTENSIONS = /\.(?:txt|md|markdown|html?)$/iu;
const MANIFEST = /^manifest\.(?:csv|json)$/iu;

/** How a path is shown and recorded: relative to the working folder, with `/`. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return (rel.startsWith('..') ? resolve(path) : rel).split(sep).join('/');
}

/** What a directory entry that is neither a file nor a folder is, for the report. */
function special(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

/** The bytes beyond ASCII of a name that is no UTF-8 (one a GBK system wrote), as the report shows them. */
const highBytes = (raw: Buffer) =>
  [...raw]
    .filter((b) => b >= 0x80)
    .map((b) => `0x${b.toString(16).toUpperCase()}`)
    .join(' ');

/**
 * Expands folders into their input files, in a stable order; reports what it passes
 * over. Only regular files are listed: a FIFO would block the reader for ever, a device
 * never ends. A symbolic link is followed only to a file or folder inside one of the
 * inputs (a link to /etc/passwd is not the newspaper's), and a folder is read once,
 * known by device and inode, so a link back up the tree is not a loop 40 levels deep.
 * Ingest and the parse workers (parse-ahead.ts) both read what this lists.
 */
export function listInputs(inputs: string[], messages: Message[]): string[] {
  const files: string[] = [];
  const passOver = (path: string, severity: Message['severity'], text: string) => messages.push({ file: displayPath(path), line: 0, column: 0, rule: 'input', severity, text });
  const roots = inputs.flatMap((input) => {
    try {
      return [realpathSync(input)];
    } catch {
      return [];
    }
  });
  const inside = (real: string) => roots.some((root) => real === root || real.startsWith(root + sep));
  const folders = new Map<string, string>();
  // A file named twice (relative and absolute, or with its folder) is one source, read once.
  const listed = new Set<string>();
  const walk = (path: string, explicit: boolean) => {
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENAMETOOLONG: folders nested past the 4,096 bytes of a path the system opens.
      passOver(path, 'error', code === 'ENOENT' ? 'expected a file or folder, found nothing at this path' : `expected a file or folder, found a path that cannot be opened (${code}${code === 'ENAMETOOLONG' ? `, ${Buffer.byteLength(path)} bytes` : ''}): not read`);
      return;
    }
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(path);
        stat = statSync(real);
      } catch (error) {
        passOver(path, 'warning', `a symbolic link that leads to nothing (${(error as NodeJS.ErrnoException).code}): passed over`);
        return;
      }
      if (!inside(real)) {
        passOver(path, 'warning', `a symbolic link to ${displayPath(real)}, outside the input folders: passed over`);
        return;
      }
    }
    if (stat.isDirectory()) {
      const folder = `${stat.dev}:${stat.ino}`;
      const seen = folders.get(folder);
      if (seen !== undefined) {
        passOver(path, 'warning', `the folder ${seen} again (a symbolic link loop, or a second link to it): passed over`);
        return;
      }
      folders.set(folder, displayPath(path));
      let names: Buffer[];
      try {
        names = readdirSync(path, { encoding: 'buffer' });
      } catch (error) {
        passOver(path, 'error', `the folder cannot be read: ${(error as Error).message}`);
        return;
      }
      const byName = names.map((raw) => ({ raw, name: raw.toString('utf8') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const { raw, name } of byName) {
        // Read as UTF-8, such a name is U+FFFD where its bytes were: a path that opens nothing.
        if (!Buffer.from(name).equals(raw)) {
          passOver(resolve(path, name), 'error', `expected a name in UTF-8, found bytes ${highBytes(raw)} (another system's encoding?): not read; rename it in UTF-8 to ingest it`);
          continue;
        }
        if (name.startsWith('.')) {
          passOver(resolve(path, name), 'info', 'a hidden file or folder: passed over');
          continue;
        }
        walk(resolve(path, name), false);
      }
    } else if (!stat.isFile()) {
      passOver(path, 'warning', `expected a regular file, found ${special(stat)}: passed over, never opened`);
    } else if (listed.has(resolve(path))) {
      passOver(path, 'info', 'named again among the inputs: read once');
    } else if (explicit || INPUT_EXTENSIONS.test(path)) {
      listed.add(resolve(path));
      files.push(path);
    } else if (!MANIFEST.test(basename(path))) {
      passOver(path, 'info', 'not a dump or a post (.txt, .md, .html): passed over');
    }
  };
  for (const input of inputs) walk(input, true);
  return files;
}

/**
 * The largest input read: a page dump is tens of kilobytes and the bench's largest 50 MB;
 * past a few hundred megabytes its text no longer fits one JavaScript string, and the
 * decoder would throw for the whole run.
 */
const MAX_INPUT = 256 * 1024 * 1024;

/**
 * A listed input's bytes. Opened without blocking and read only when it is still a
 * regular file: one swapped for a FIFO since it was listed is refused, never waited on.
 */
export function readInput(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`expected a regular file, found ${special(stat)}`);
    if (stat.size > MAX_INPUT) throw new Error(`expected a dump or a post of at most 256 MiB, found ${stat.size.toLocaleString('en')} bytes; split it into its pages`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
