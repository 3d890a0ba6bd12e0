import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countProgress, fileProgress } from '../../src/ingest/progress.ts';
import type { FileReport } from '../../src/ingest/dated-articles.ts';

const report = (n: number): FileReport => ({ file: `raw/${n}.txt`, format: 'page-dump', articles: 7, date: '2025-05-31', dateSource: 'filename' });

test('in a log: one line per file', () => {
  const lines: string[] = [];
  const p = fileProgress({ write: (l) => lines.push(l), stream: null, ci: false });
  p.onFile(report(1), 0, 2);
  p.onFile(report(2), 1, 2);
  assert.deepEqual(lines, ['[1/2] raw/1.txt: page-dump, 7 article(s), 2025-05-31 (filename)', '[2/2] raw/2.txt: page-dump, 7 article(s), 2025-05-31 (filename)']);
});

test('in CI: quiet', () => {
  const lines: string[] = [];
  const p = fileProgress({ write: (l) => lines.push(l), stream: null, ci: true });
  p.onFile(report(1), 0, 1);
  assert.deepEqual(lines, []);
});

test('on a terminal: one status line with files, articles, elapsed and time to go', () => {
  const out: string[] = [];
  const stream = { write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
  const p = fileProgress({ write: () => assert.fail('no log lines on a terminal'), stream, ci: false });
  p.onFile(report(1), 0, 3);
  p.onFile(report(3), 2, 3);
  p.done();
  assert.match(out.join(''), /3\/3 files, 14 articles, [\d.]+ s elapsed, about [\d.]+ s to go/u);
  assert.equal(out.at(-1), '\r\x1b[2K', 'the line is cleared for the summary');
});

test('work counted in files: a line a tenth in a log, a status line on a terminal, nothing in CI', () => {
  const lines: string[] = [];
  const p = countProgress({ write: (l) => lines.push(l), stream: null, ci: false }, 'parsing');
  for (let done = 1; done <= 40; done++) p.onProgress(done, 40);
  assert.equal(lines.length, 10);
  assert.match(lines.at(-1) ?? '', /^parsing: 40\/40 files, [\d.]+ s elapsed, about 0\.0 s to go$/u);
  const out: string[] = [];
  const stream = { write: (s: string) => out.push(s) } as unknown as NodeJS.WriteStream;
  const t = countProgress({ write: () => assert.fail('no log lines on a terminal'), stream, ci: false }, 'parsing');
  t.onProgress(5, 5);
  t.done();
  assert.match(out.join(''), /parsing: 5\/5 files/u);
  const quiet: string[] = [];
  countProgress({ write: (l) => quiet.push(l), stream: null, ci: true }, 'parsing').onProgress(1, 1);
  assert.deepEqual(quiet, []);
});
