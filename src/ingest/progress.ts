// Progress of a long run: on a terminal one status line kept up to date (files,
// articles, elapsed, estimated remaining); in a log a line per file; in CI nothing but
// the summaries that follow.
import type { FileReport } from './dated-articles.ts';
import { printable } from './messages.ts';

export interface ProgressOptions {
  /** Where lines go (stdout, or stderr when stdout carries JSON). */
  write: (line: string) => void;
  /** The terminal the status line is kept on, when there is one. */
  stream: NodeJS.WriteStream | null;
  ci: boolean;
}

const clock = (seconds: number) => (seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`);

export function fileProgress({ write, stream, ci }: ProgressOptions): { onFile: (report: FileReport, index: number, total: number) => void; done: () => void } {
  const started = performance.now();
  let articles = 0;
  let shown = 0;
  return {
    onFile(report, index, total) {
      articles += report.articles;
      const line = `[${index + 1}/${total}] ${printable(report.file)}: ${report.format}, ${report.articles} article(s), ${report.date ?? 'no date'}${report.dateSource ? ` (${report.dateSource})` : ''}`;
      if (ci) return;
      if (!stream) {
        write(line);
        return;
      }
      const now = performance.now();
      if (now - shown < 100 && index + 1 < total) return;
      shown = now;
      const elapsed = (now - started) / 1000;
      const remaining = (elapsed / (index + 1)) * (total - index - 1);
      stream.write(`\r\x1b[2K${index + 1}/${total} files, ${articles} articles, ${clock(elapsed)} elapsed, about ${clock(remaining)} to go`);
    },
    done() {
      if (stream && !ci) stream.write('\r\x1b[2K');
    },
  };
}

/** Progress of work counted in files, done by workers (parse-ahead.ts): a status line, or a line a tenth in a log. */
export function countProgress({ write, stream, ci }: ProgressOptions, what: string): { onProgress: (done: number, total: number) => void; done: () => void } {
  const started = performance.now();
  let shown = 0;
  let tenth = 0;
  return {
    onProgress(done, total) {
      if (ci) return;
      const elapsed = (performance.now() - started) / 1000;
      const remaining = (elapsed / done) * (total - done);
      const line = `${printable(what)}: ${done}/${total} files, ${clock(elapsed)} elapsed, about ${clock(remaining)} to go`;
      if (!stream) {
        if (Math.floor((10 * done) / total) > tenth || done === total) {
          tenth = Math.floor((10 * done) / total);
          write(line);
        }
        return;
      }
      const now = performance.now();
      if (now - shown < 100 && done < total) return;
      shown = now;
      stream.write(`\r\x1b[2K${line}`);
    },
    done() {
      if (stream && !ci) stream.write('\r\x1b[2K');
    },
  };
}

export const progressOptions = (write: (line: string) => void, stream: NodeJS.WriteStream = process.stdout): ProgressOptions => ({ write, stream: stream.isTTY ? stream : null, ci: !!process.env.CI && process.env.CI !== 'false' });
