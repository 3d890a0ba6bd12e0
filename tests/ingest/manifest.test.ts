import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../../src/ingest/manifest.ts';
import type { Message } from '../../src/ingest/types.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'manifest-'));

test('a CSV manifest with a header gives date, page and section per file', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date,page,section\npage1.txt,2025-05-31,A03,"就业·创业"\npage2.txt,2025-06-01,,\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual(m?.entries.get('page1.txt'), { date: '2025-05-31', page: 'A03', section: '就业·创业', line: 2 });
  assert.deepEqual(m?.entries.get('page2.txt'), { date: '2025-06-01', page: null, section: null, line: 3 });
  assert.deepEqual(messages, []);
});

test('a JSON manifest maps files to dates or to objects', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.json'), JSON.stringify({ 'a.txt': '2025-05-31', 'b.txt': { date: '2025-06-01', page: 5, section: '职教·观察' } }));
  const m = readManifest(d, []);
  assert.equal(m?.entries.get('a.txt')?.date, '2025-05-31');
  assert.deepEqual(m?.entries.get('b.txt'), { date: '2025-06-01', page: '5', section: '职教·观察', line: 2 });
});

test('bad rows are reported with file and line, the good ones kept', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date\ngood.txt,2025-05-31\nbad.txt,31/05/2025\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.equal(m?.entries.size, 1);
  assert.deepEqual(
    messages.map((x) => [x.file.endsWith('manifest.csv'), x.line, x.rule]),
    [[true, 3, 'manifest']],
  );
  assert.match(messages[0]?.text ?? '', /expected a date YYYY-MM-DD for "bad.txt", found "31\/05\/2025"/u);
});

test('a manifest that is not JSON is reported and known to be broken, and no manifest is no error', () => {
  const d = dir();
  assert.equal(readManifest(d, []), null);
  writeFileSync(join(d, 'manifest.json'), '{ nope');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([m?.broken, m?.entries.size], [true, 0]);
  assert.equal(messages[0]?.severity, 'error');
  assert.match(messages[0]?.text ?? '', /dated without the manifest, and none of the archive's articles from them is removed$/u);
});

test('a manifest that is not a regular file (a FIFO) is reported, never opened, and known to be broken', () => {
  const d = dir();
  execFileSync('mkfifo', [join(d, 'manifest.csv')]);
  const messages: Message[] = [];
  assert.equal(readManifest(d, messages)?.broken, true);
  assert.match(messages[0]?.text ?? '', /not a regular file/u);
});

test('a row that names no file breaks the manifest; a row with a bad date refuses that file only', () => {
  const d = dir();
  writeFileSync(
    join(d, 'manifest.json'),
    JSON.stringify([
      { file: 'a.txt', date: '2025-05-31' },
      { file: 'b.txt', date: 'soon' },
    ]),
  );
  const m = readManifest(d, []);
  assert.deepEqual([m?.broken, [...(m?.refused ?? [])], [...(m?.entries.keys() ?? [])]], [false, ['b.txt'], ['a.txt']]);
  writeFileSync(join(d, 'manifest.json'), JSON.stringify([{ file: 'a.txt', date: '2025-05-31' }, { date: '2025-06-01' }]));
  assert.equal(readManifest(d, [])?.broken, true);
  writeFileSync(join(d, 'manifest.json'), '"2025-05-31"');
  const messages: Message[] = [];
  assert.equal(readManifest(d, messages)?.broken, true);
  assert.match(messages[0]?.text ?? '', /^expected an object or a list, found string/u);
});

test('a manifest saved in GB18030 or UTF-16 (as spreadsheets on Chinese Windows save CSV) is read in its encoding', () => {
  const rows = 'file,date,page,section\n第一版.txt,2025-06-01,A01,要闻\n';
  // GB18030 bytes of the rows, written out so that the test does not rest on the decoder it checks.
  const gb18030 = Buffer.from('file,date,page,section\n', 'latin1');
  const row = Buffer.from('b5 da d2 bb b0 e6 2e 74 78 74 2c 32 30 32 35 2d 30 36 2d 30 31 2c 41 30 31 2c d2 aa ce c5 0a'.split(' ').map((h) => parseInt(h, 16)));
  for (const bytes of [Buffer.concat([gb18030, row]), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows, 'utf16le')])]) {
    const d = dir();
    writeFileSync(join(d, 'manifest.csv'), bytes);
    const messages: Message[] = [];
    const m = readManifest(d, messages);
    assert.deepEqual([m?.broken, [...(m?.entries.keys() ?? [])], m?.entries.get('第一版.txt')?.section], [false, ['第一版.txt'], '要闻']);
    assert.deepEqual(
      messages.map((x) => [x.rule, x.severity]),
      [['encoding', 'info']],
    );
    assert.match(messages[0]?.text ?? '', /^decoded as (?:GB18030|UTF-16LE)/u);
  }
});

test('a manifest with bytes that are no character is broken: a file name it holds may be misread', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), Buffer.concat([Buffer.from('file,date\n第一版.txt,2025-06-01\n'), Buffer.from([0xe7, 0xac, 0x0a]), Buffer.from('第二版.txt,2025-06-01\n')]));
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.equal(m?.broken, true);
  assert.ok(
    messages.some((x) => x.rule === 'encoding' && x.line === 3),
    'the bad bytes are named with their line',
  );
  assert.match(messages.at(-1)?.text ?? '', /none of the archive's articles from them is removed$/u);
});

test('two rows for one file that disagree refuse that file, naming both lines; two that agree are one, and a third does not undo the refusal', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date,page\na.txt,2025-06-01,A01\nb.txt,2025-06-01,A02\na.txt,2025-06-02,A01\nb.txt,2025-06-01,A02\na.txt,2025-06-01,A01\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([[...(m?.entries.keys() ?? [])], [...(m?.refused ?? [])], m?.entries.get('b.txt')?.line], [['b.txt'], ['a.txt'], 3]);
  assert.deepEqual(
    messages.map((x) => [x.line, x.severity]),
    [[4, 'warning']],
  );
  assert.match(messages[0]?.text ?? '', /^expected one row for "a.txt", found 2025-06-02 A01 here and 2025-06-01 A01 on line 2: "a.txt" is dated without the manifest, and none of the archive's articles from it is removed$/u);
});

test("a folder with both a CSV and a JSON manifest reads the CSV and says the JSON is not read; none of its dumps' archived articles is removed", () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date\na.txt,2025-06-01\n');
  writeFileSync(join(d, 'manifest.json'), JSON.stringify({ 'a.txt': '2025-06-02' }));
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([m?.path, m?.entries.get('a.txt')?.date, m?.broken], [join(d, 'manifest.csv'), '2025-06-01', true]);
  assert.deepEqual(
    messages.map((x) => [x.file, x.severity]),
    [[join(d, 'manifest.json'), 'warning']],
  );
  assert.match(messages[0]?.text ?? '', /^expected one manifest in the folder, found manifest\.csv too: this one is not read, and none of the archive's articles from the folder's dumps is removed$/u);
});

test("a quoted CSV cell holding a line break (a spreadsheet's two-line cell) is one cell; a quote never closed breaks the manifest", () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date,page,section\na.txt,2025-06-01,A01,"要闻\r\n专版"\nb.txt,2025-06-01,A02,时政\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([m?.entries.get('a.txt')?.section, m?.entries.get('b.txt')?.line, m?.broken], ['要闻\n专版', 4, false]);
  assert.deepEqual(messages, []);
  writeFileSync(join(d, 'manifest.csv'), 'file,date,page,section\na.txt,2025-06-01,A01,"要闻\nb.txt,2025-06-01,A02,时政\n');
  const broken: Message[] = [];
  assert.equal(readManifest(d, broken)?.broken, true);
  assert.deepEqual(
    broken.map((x) => [x.line, x.severity]),
    [[2, 'error']],
  );
  assert.match(broken[0]?.text ?? '', /^expected a closing quote, found the end of the file/u);
});

test('a quoted CSV cell may hold a comma and a doubled quote; a quote inside an unquoted cell is a character of it and the rows after go on', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date,page,section\n"第一版,上.txt",2025-06-01,A01,"要闻,时政"\n第"二"版.txt,2025-06-01,A02,"""民生"""\nc.txt,2025-06-02\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual(
    [...(m?.entries ?? [])],
    [
      ['第一版,上.txt', { date: '2025-06-01', page: 'A01', section: '要闻,时政', line: 2 }],
      ['第"二"版.txt', { date: '2025-06-01', page: 'A02', section: '"民生"', line: 3 }],
      ['c.txt', { date: '2025-06-02', page: null, section: null, line: 4 }],
    ],
  );
  assert.deepEqual([messages, m?.broken], [[], false]);
});

test('a CSV row with more cells than the header (a comma in a name left unquoted) is reported with file and line, breaks the manifest, and the other rows go on', () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date\na.txt,2025-06-01\n第一,上.txt,2025-06-01\nc.txt,2025-06-02,\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([[...(m?.entries.keys() ?? [])], m?.broken], [['a.txt', 'c.txt'], true]);
  assert.deepEqual(
    messages.map((x) => [x.file, x.line, x.rule, x.severity]),
    [[join(d, 'manifest.csv'), 3, 'manifest', 'warning']],
  );
  assert.match(messages[0]?.text ?? '', /^expected at most 2 cells \(file,date\), found 3/u);
});

test("the rows before a quote never closed are read; the manifest is broken and the quote's line named", () => {
  const d = dir();
  writeFileSync(join(d, 'manifest.csv'), 'file,date\na.txt,2025-06-01\n\n"b.txt,2025-06-01\nc.txt,2025-06-02\n');
  const messages: Message[] = [];
  const m = readManifest(d, messages);
  assert.deepEqual([[...(m?.entries.keys() ?? [])], m?.broken], [['a.txt'], true]);
  assert.deepEqual(
    messages.map((x) => [x.line, x.severity]),
    [[4, 'error']],
  );
  assert.match(messages[0]?.text ?? '', /^expected a closing quote, found the end of the file/u);
});
