// The command-line contract that tools and the gold scorer rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goldProblems, type Gold } from './helpers/gold.ts';

const root = new URL('../', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');
// CI='' : the line per file that these tests read is left out in CI.
const run = (script: string, args: string[], cwd = root) => spawnSync(tsx, [join(root, script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '' } });

test('ingest --json prints the articles as a JSON array on stdout, in page order, and writes nothing', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
  const out = run('scripts/ingest.ts', ['--json', join(root, 'raw/003_602c9e4464aa0004.txt')], cwd);
  assert.equal(out.status, 0, out.stderr);
  const articles = JSON.parse(out.stdout) as Array<{ title: string; source: { startLine: number } }>;
  const gold = JSON.parse(readFileSync(join(root, 'tests/fixtures/gold/003.json'), 'utf8')) as Gold;
  assert.deepEqual(goldProblems(gold, articles as never), []);
  assert.deepEqual(
    articles.map((a) => a.source.startLine),
    [...articles.map((a) => a.source.startLine)].sort((a, b) => a - b),
  );
  assert.deepEqual(readdirSync(cwd), [], 'nothing written');
  assert.match(out.stderr, /edition-date: edition date 2025-05-09 inferred/u);
});

test('ingest writes articles, prints a line per file, every message as file:line:column: rule: text, and a summary', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
  const out = run('scripts/ingest.ts', ['--out', join(cwd, 'articles'), join(root, 'raw')], cwd);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /\[1\/4\] .*000_3e6a1c70df2901a1\.txt: page-dump, 7 article\(s\), 2026-01-21 \(content\)/u);
  assert.match(out.stderr, /001_e21c4ea54b265bd1\.txt:196:1: furniture: page furniture kept out of articles: "广告 接待 热线"/u);
  assert.match(out.stdout, /4 file\(s\), 27 article\(s\), 0 error\(s\), 0 warning\(s\)/u);
  assert.equal(readdirSync(join(cwd, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length, 27);
});

test('--strict fails a run with warnings; a run with no usable input fails with a reason', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
  writeFileSync(join(cwd, 'odd.txt'), '责任编辑:王建设\n\n标题\n\n株洲日报(记者/甲乙) 5月30日,2025年活动举行。');
  assert.equal(run('scripts/ingest.ts', ['--json', join(cwd, 'odd.txt')], cwd).status, 0);
  assert.equal(run('scripts/ingest.ts', ['--json', '--strict', join(cwd, 'odd.txt')], cwd).status, 1);
  writeFileSync(join(cwd, 'undated.txt'), '标题\n\n株洲日报(记者/甲乙) 近日,活动举行。');
  const failed = run('scripts/ingest.ts', ['--json', join(cwd, 'undated.txt')], cwd);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr, /undated\.txt:1:1: edition-date: expected an edition date/u);
});

test('ingest into an articles folder it cannot write (--out names a file) fails with a one-line reason and its messages, no stack trace', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'cli-'));
  writeFileSync(join(cwd, 'notes.txt'), '');
  const out = run('scripts/ingest.ts', ['--out', 'notes.txt', join(root, 'raw/001_e21c4ea54b265bd1.txt')], cwd);
  assert.equal(out.status, 1);
  assert.match(out.stderr, /furniture: page furniture kept out of articles/u, 'the messages are printed');
  assert.match(out.stderr, /^ingest failed: cannot write the articles to notes\.txt\/: ENOTDIR: not a directory, mkdir '.+'$/mu);
  assert.doesNotMatch(out.stderr, /^\s+at /mu, 'no stack trace');
});

test('build --input DIR --out DIR builds one page per article and a search index', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'build-'));
  const input = join(cwd, 'dumps');
  mkdirSync(input);
  writeFileSync(join(input, 'manifest.csv'), 'file,date,page,section\npage.txt,2025-05-31,A01,要闻\n');
  writeFileSync(join(input, 'page.txt'), readFileSync(join(root, 'raw/001_e21c4ea54b265bd1.txt')));
  const site = join(cwd, 'site');
  const out = run('scripts/build.ts', ['--input', input, '--out', site, '--articles', join(cwd, 'articles')], cwd);
  assert.equal(out.status, 0, out.stderr);
  const pages = readdirSync(join(site, '2025/05/31'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  assert.equal(pages.length, 10);
  const html = readFileSync(join(site, '2025/05/31', pages[0] as string, 'index.html'), 'utf8');
  assert.match(html, /<html lang="zh-CN">/u);
  assert.ok(existsSync(join(site, 'index.html')));
  const manifest = JSON.parse(readFileSync(join(site, 'search-index/manifest.json'), 'utf8')) as { docs: number };
  assert.equal(manifest.docs, 10, 'every article, and only those, is indexed');
  assert.match(out.stdout, /site: .* built in/u);
  assert.ok(!existsSync(`${site}.building`));
});

test('a build that fails keeps the previous site', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'build-'));
  const site = join(cwd, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), 'previous');
  // Marked as a site of this tool: a folder of other files is not replaced at all (tests/build/out-rule.test.ts).
  writeFileSync(join(site, '.archive-build.json'), '{"tool":"zhuzhou-daily-archive","version":"0.1.0","generation":"g"}');
  const input = join(cwd, 'empty');
  mkdirSync(input);
  const out = run('scripts/build.ts', ['--input', input, '--out', site, '--articles', join(cwd, 'articles')], cwd);
  assert.equal(out.status, 1);
  assert.match(out.stderr, /^build failed: no article could be ingested$/mu);
  assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), 'previous');
});

test('an article whose front matter an archivist broke fails the build naming file and field', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'build-'));
  const input = join(cwd, 'dumps');
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), '标题\n\n株洲日报(记者/甲乙) 5月30日,活动举行。');
  const articles = join(cwd, 'articles');
  assert.equal(run('scripts/build.ts', ['--input', input, '--out', join(cwd, 'site'), '--articles', articles], cwd).status, 0);
  const [file] = readdirSync(articles, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'));
  const path = join(articles, file as string);
  writeFileSync(path, readFileSync(path, 'utf8').replace('reporters: ["甲乙"]', 'reporters: 甲乙').replace('---\n', '---\nlocked: true\n'));
  const out = run('scripts/build.ts', ['--input', input, '--out', join(cwd, 'site'), '--articles', articles], cwd);
  assert.equal(out.status, 1);
  assert.match(out.stderr, new RegExp(`${file}: field "reporters": expected a list of names, found "甲乙"`, 'u'));
});

test('the TypeScript compiles under strict settings', () => {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', root]);
});
