// Report lines are made of input file names and of text quoted from the inputs: what is
// printed must be one line per message whatever the names hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { createMessage, formatMessage } from '../../src/ingest/messages.ts';
import { fileProgress } from '../../src/ingest/progress.ts';

// A name that would print a forged line of its own, in red, were it printed as it is.
const forged = 'a\n2025-05-31.txt: input: all clear\x1b[31m\r\u202e.txt';

test('a file named with a newline, a carriage return, ANSI escapes and a bidi override prints as one line of escapes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  writeFileSync(join(dir, forged), '');
  const { messages, files } = ingestPaths([dir]);
  const lines = messages.filter((m) => m.file.endsWith(forged)).map(formatMessage);
  assert.equal(lines.length, 1, 'the empty file is reported');
  assert.doesNotMatch(lines[0] ?? '', /[\n\r\x1b\u202e]/u);
  assert.ok(lines[0]?.endsWith('/a\\n2025-05-31.txt: input: all clear\\x1b[31m\\r\\u202e.txt:1:1: input: expected a page dump or a post, found an empty file: nothing to ingest [warning]'), lines[0]);
  const logged: string[] = [];
  const progress = fileProgress({ write: (l) => logged.push(l), stream: null, ci: false });
  progress.onFile(files[0]!, 0, 1);
  assert.doesNotMatch(logged.join(''), /[\n\r\x1b\u202e]/u);
  assert.match(logged[0] ?? '', /a\\n2025-05-31\.txt: input: all clear\\x1b\[31m\\r\\u202e\.txt: page-dump, 0 article\(s\)/u);
});

test('message text quoting the input is escaped too, and ordinary Chinese text is left as it is', () => {
  const line = formatMessage({ file: 'raw/株洲日报 第3版.txt', line: 4, column: 1, rule: 'furniture', severity: 'warning', text: '广告\t热线\u0007' });
  assert.equal(line, 'raw/株洲日报 第3版.txt:4:1: furniture: 广告\\t热线\\x07 [warning]');
});

test('a message made by the factory holds its place, its end, its rule and what was expected and found, and prints as file:line:column', () => {
  const m = createMessage('page.txt', { line: 7, column: 3, endLine: 8, endColumn: 12 }, { rule: 'byline', severity: 'warning', expected: 'a headline before the byline', found: '"记者/何春林"' });
  assert.deepEqual(m, {
    file: 'page.txt',
    line: 7,
    column: 3,
    endLine: 8,
    endColumn: 12,
    rule: 'byline',
    severity: 'warning',
    text: 'expected a headline before the byline, found "记者/何春林"',
    expected: 'a headline before the byline',
    found: '"记者/何春林"',
  });
  assert.equal(formatMessage(m), 'page.txt:7:3: byline: expected a headline before the byline, found "记者/何春林" [warning]');
  const worded = createMessage('page.txt', { line: 2, column: 1, endLine: 2, endColumn: 5 }, { rule: 'furniture', severity: 'info', expected: 'article text', found: 'page furniture', text: 'page furniture kept out of articles: "广告"' });
  assert.equal(formatMessage(worded), 'page.txt:2:1: furniture: page furniture kept out of articles: "广告"');
  assert.equal(formatMessage({ ...worded, line: 0, column: 0 }), 'page.txt: furniture: page furniture kept out of articles: "广告"', 'a message about a whole file names no place');
});
