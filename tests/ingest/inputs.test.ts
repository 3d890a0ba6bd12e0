// Input folders are what archivists' disks hold: links, loops, pipes. Only regular files
// inside the inputs are read; everything else is reported with its path and passed over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayPath, listInputs, readInput } from '../../src/ingest/inputs.ts';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import type { Message } from '../../src/ingest/types.ts';
import { root } from '../helpers/site.ts';

const page = readFileSync(new URL('../fixtures/encodings/utf8-page.txt', import.meta.url), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'inputs-'));
const about = (messages: Message[], path: string) => messages.filter((m) => m.rule === 'input' && m.file === displayPath(path)).map((m) => `${m.severity}: ${m.text}`);

test('a symbolic link loop in an input folder is read once and reported, not followed 40 levels deep', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  symlinkSync('.', join(dir, 'loop'));
  const { files, messages, articles } = ingestPaths([dir]);
  assert.deepEqual(
    files.map((f) => f.file),
    [displayPath(join(dir, '2025-05-31.txt'))],
  );
  assert.equal(articles.length, 1);
  assert.deepEqual(about(messages, join(dir, 'loop')), [`warning: the folder ${displayPath(dir)} again (a symbolic link loop, or a second link to it): passed over`]);
  assert.equal(messages.filter((m) => m.severity === 'error').length, 0);
});

test('a symbolic link to a file outside the input folders (/etc/passwd, another folder) is reported and not ingested', () => {
  const dir = tmp();
  const input = join(dir, 'dumps');
  const elsewhere = join(dir, 'elsewhere');
  mkdirSync(input);
  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'secret.txt'), page);
  writeFileSync(join(input, '2025-05-31.txt'), page.replace('田心', '田心镇'));
  symlinkSync('/etc/passwd', join(input, '2025-06-01-passwd.txt'));
  symlinkSync(join(elsewhere, 'secret.txt'), join(input, '2025-06-02.txt'));
  symlinkSync(join(input, '2025-05-31.txt'), join(input, '2025-06-03.txt'));
  symlinkSync(join(dir, 'missing.txt'), join(input, '2025-06-04.txt'));
  const { files, messages, articles } = ingestPaths([input]);
  assert.deepEqual(
    files.map((f) => f.file),
    ['2025-05-31.txt', '2025-06-03.txt'].map((f) => displayPath(join(input, f))),
    'a link inside the inputs is followed',
  );
  assert.deepEqual(
    articles.map((a) => a.date),
    ['2025-05-31', '2025-06-03'],
  );
  assert.deepEqual(about(messages, join(input, '2025-06-01-passwd.txt')), ['warning: a symbolic link to /etc/passwd, outside the input folders: passed over']);
  assert.deepEqual(about(messages, join(input, '2025-06-02.txt')), [`warning: a symbolic link to ${displayPath(join(elsewhere, 'secret.txt'))}, outside the input folders: passed over`]);
  assert.deepEqual(about(messages, join(input, '2025-06-04.txt')), ['warning: a symbolic link that leads to nothing (ENOENT): passed over']);
  assert.deepEqual(ingestPaths([join(input, '2025-06-02.txt')]).files.length, 1, 'a link named as an input is the input');
});

test('a FIFO, a socket and a device are reported and passed over, never opened', async () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  execFileSync('mkfifo', [join(dir, '2025-06-01.txt')]);
  const server = createServer();
  await new Promise<void>((done) => server.listen(join(dir, '2025-06-02.txt'), done));
  const messages: Message[] = [];
  const files = listInputs([dir, '/dev/null'], messages);
  server.close();
  assert.deepEqual(files, [join(dir, '2025-05-31.txt')]);
  assert.deepEqual(about(messages, join(dir, '2025-06-01.txt')), ['warning: expected a regular file, found a FIFO (named pipe): passed over, never opened']);
  assert.deepEqual(about(messages, join(dir, '2025-06-02.txt')), ['warning: expected a regular file, found a socket: passed over, never opened']);
  assert.deepEqual(about(messages, '/dev/null'), ['warning: expected a regular file, found a device: passed over, never opened']);
});

test('a FIFO among enough dumps for the parse workers hangs neither them nor ingest', () => {
  const dir = tmp();
  const input = join(dir, 'dumps');
  mkdirSync(input);
  for (let i = 0; i < 70; i++) writeFileSync(join(input, `2025-05-${String(1 + (i % 28)).padStart(2, '0')}-${i}.txt`), `${page}\n\n第${i}号\n`);
  execFileSync('mkfifo', [join(input, '2025-05-31-pipe.txt')]);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--json', '--cache', join(dir, 'cache'), input], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } });
  assert.equal(run.signal, null, 'ingest finished before the time-out');
  assert.equal(run.status, 0, run.stderr);
  assert.equal((JSON.parse(run.stdout) as unknown[]).length, 70);
  assert.match(run.stderr, /2025-05-31-pipe\.txt: input: expected a regular file, found a FIFO \(named pipe\): passed over, never opened \[warning\]/u);
});

test('a file swapped for a FIFO after it was listed is refused when read, not waited on', () => {
  const dir = tmp();
  const path = join(dir, '2025-05-31.txt');
  writeFileSync(path, page);
  assert.equal(readInput(path).toString('utf8'), page);
  rmSync(path);
  execFileSync('mkfifo', [path]);
  assert.throws(() => readInput(path), /expected a regular file, found a FIFO \(named pipe\)/u);
});

test('a dump named twice among the inputs (relative and absolute, or with its folder) is read once', () => {
  const dir = tmp();
  const dump = join(dir, '2025-05-31.txt');
  writeFileSync(dump, page);
  const { files, messages, articles } = ingestPaths([displayPath(dump), dump, dir]);
  assert.deepEqual(
    files.map((f) => f.file),
    [displayPath(dump)],
  );
  assert.deepEqual(
    articles.map((a) => a.sources.map((s) => s.file)),
    [[displayPath(dump)]],
    'one source, not the same file three times',
  );
  assert.equal(messages.filter((m) => m.rule === 'duplicate').length, 0, 'no story is said to be printed twice');
  assert.deepEqual(about(messages, dump), ['info: named again among the inputs: read once', 'info: named again among the inputs: read once']);
});

test('a file whose name is not UTF-8 is reported as such, with its bytes, not as nothing at its path', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  // A name a GBK system wrote: 株 in GB18030 is D6 EA, no UTF-8.
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/2025-06-01-`), Buffer.from([0xd6, 0xea]), Buffer.from('.txt')]), page);
  const { files, messages } = ingestPaths([dir]);
  assert.deepEqual(
    files.map((f) => f.file),
    [displayPath(join(dir, '2025-05-31.txt'))],
  );
  const named = messages.filter((m) => m.rule === 'input');
  assert.deepEqual(
    named.map((m) => [m.file, m.severity]),
    [[displayPath(join(dir, '2025-06-01-\ufffd\ufffd.txt')), 'error']],
  );
  assert.match(named[0]?.text ?? '', /^expected a name in UTF-8, found bytes .*0xD6 0xEA/u);
});

test('a dump deeper than the system can open (a path past 4,096 bytes) is reported as too long, not as nothing at its path', () => {
  const dir = tmp();
  const folder = 'a'.repeat(200);
  // Made one folder at a time from inside the last: the whole path is past what mkdir takes.
  const make = `const fs = require('node:fs'); process.chdir(process.argv[1]); for (let i = 0; i < 25; i++) { fs.mkdirSync('${folder}'); process.chdir('${folder}'); } fs.writeFileSync('2025-06-01.txt', fs.readFileSync(0));`;
  execFileSync(process.execPath, ['-e', make, dir], { input: page });
  const { files, messages } = ingestPaths([dir]);
  assert.deepEqual(files, []);
  const errors = messages.filter((m) => m.severity === 'error');
  assert.equal(errors.length, 1);
  assert.ok(errors[0]!.file.endsWith(`${folder}/${folder}`), 'named with its path');
  assert.match(errors[0]?.text ?? '', /ENAMETOOLONG/u);
});

test('a dump larger than the ingest reads (a year of pages in one file) is refused by its size, unread, and the others go on', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  const huge = join(dir, '2025-06-01.txt');
  // Sparse: its size is on record, and no disk or memory is spent on it.
  writeFileSync(huge, '');
  truncateSync(huge, 256 * 1024 * 1024 + 1);
  assert.throws(() => readInput(huge), /^Error: expected a dump or a post of at most 256 MiB, found 268,435,457 bytes; split it into its pages$/u);
  const { articles, messages } = ingestPaths([dir]);
  assert.deepEqual(
    articles.map((a) => a.date),
    ['2025-05-31'],
  );
  assert.deepEqual(
    messages.filter((m) => m.severity === 'error').map((m) => [m.file, m.rule]),
    [[displayPath(huge), 'input']],
  );
});
