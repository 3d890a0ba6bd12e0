import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { articlePath, writeArticles } from '../../src/ingest/write-articles.ts';
import { displayPath } from '../../src/ingest/inputs.ts';
import { root } from '../helpers/site.ts';
import type { Message } from '../../src/ingest/types.ts';

const page = readFileSync(new URL('../../raw/001_e21c4ea54b265bd1.txt', import.meta.url), 'utf8');

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  const input = join(dir, 'dumps');
  const out = join(dir, 'articles');
  return { dir, input, out };
}

const run = (input: string, out: string) => {
  const result = ingestPaths([input]);
  return { result, summary: writeArticles(out, result.articles, result.completed, result.messages) };
};
const markdownFiles = (out: string) =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();

test('articles are written under YYYY/MM/DD, and a second run changes no byte', async () => {
  const { input, out } = setup();
  (await import('node:fs')).mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const first = run(input, out);
  assert.equal(first.summary.written, 10);
  const path = articlePath(out, first.result.articles[0]!);
  assert.match(path, /articles\/2025\/05\/31\/[0-9a-f]{12}\.md$/u);
  const bytes = readFileSync(path);
  const second = run(input, out);
  assert.deepEqual(second.summary, { written: 0, unchanged: 10, removed: 0, locked: 0, paths: first.result.articles.map((a) => articlePath(resolve(out), a)) });
  assert.deepEqual(readFileSync(path), bytes);
});

test('a locked article is neither overwritten nor removed, and that is reported', async () => {
  const { input, out } = setup();
  (await import('node:fs')).mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const first = run(input, out);
  const path = articlePath(out, first.result.articles[0]!);
  const edited = readFileSync(path, 'utf8').replace('---\n', '---\nlocked: true\n').replace('田心', '田心(校订)');
  writeFileSync(path, edited);
  const second = run(input, out);
  assert.equal(second.summary.locked, 1);
  assert.equal(readFileSync(path, 'utf8'), edited);
  assert.ok(second.result.messages.some((m) => m.rule === 'locked'));

  writeFileSync(join(input, '2025-05-31.txt'), '');
  const third = run(input, out);
  assert.equal(readFileSync(path, 'utf8'), edited, 'kept though its source no longer yields it');
  assert.equal(third.summary.removed, 9);
});

test('articles whose source is gone are kept and the source named; articles of other inputs are kept', async () => {
  const { dir, input, out } = setup();
  const fs = await import('node:fs');
  fs.mkdirSync(input);
  const other = join(dir, 'other');
  fs.mkdirSync(other);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  writeFileSync(join(other, '2025-06-01.txt'), '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  run(input, out);
  const kept = run(other, out);
  assert.equal(kept.summary.removed, 0, "ingesting one folder leaves the other folder's articles");
  fs.rmSync(join(input, '2025-05-31.txt'));
  const after = run(other, out);
  assert.equal(after.summary.removed, 0, 'a source that is gone was not read: its articles stay');
  assert.equal(markdownFiles(out).length, 11);
  assert.deepEqual(
    after.result.messages.filter((m) => m.rule === 'archive').map((m) => [m.file, m.severity]),
    [[displayPath(join(input, '2025-05-31.txt')), 'warning']],
  );
  assert.match(after.result.messages.find((m) => m.rule === 'archive')?.text ?? '', /^expected the source of 10 archived article\(s\), found nothing at this path \(seen from \/.+\): they are kept$/u);
});

test('run from another folder, the archive keeps every article whose source it cannot see', () => {
  const { dir, out } = setup();
  const here = process.cwd();
  const elsewhere = join(dir, 'elsewhere');
  mkdirSync(join(dir, 'dumps'));
  mkdirSync(join(elsewhere, 'new'), { recursive: true });
  writeFileSync(join(dir, 'dumps', '2025-05-31.txt'), page);
  writeFileSync(join(elsewhere, 'new', '2025-06-01.txt'), '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  try {
    process.chdir(dir);
    run('dumps', out);
    process.chdir(elsewhere);
    const after = run('new', out);
    assert.equal(after.summary.removed, 0);
  } finally {
    process.chdir(here);
  }
  assert.equal(markdownFiles(out).length, 11);
});

test('a manifest with a syntax error removes nothing (with --strict too): its dumps were not dated for sure', () => {
  const { input, out } = setup();
  mkdirSync(input);
  writeFileSync(join(input, 'a.txt'), page);
  writeFileSync(join(input, 'b.txt'), '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  writeFileSync(join(input, 'manifest.json'), '{ "a.txt": "2025-05-31", "b.txt": "2025-06-01" }');
  const first = run(input, out);
  assert.equal(first.summary.written, 11);
  const before = markdownFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
  writeFileSync(join(input, 'manifest.json'), '{ "a.txt": "2025-05-31", "b.txt": "2025-06-01", }');
  const broken = run(input, out);
  assert.equal(broken.summary.removed, 0);
  assert.ok(broken.result.messages.some((m) => m.rule === 'manifest' && m.severity === 'error' && /none of the archive's articles from them is removed/u.test(m.text)));
  const strict = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--strict', '--out', out, input], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.equal(strict.status, 1, 'strict fails on the manifest error');
  assert.deepEqual(
    markdownFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]),
    before,
    'every article as it was',
  );
});

test('a file that can no longer be decoded, or is left undated, keeps its archived articles', () => {
  const { input, out } = setup();
  mkdirSync(input);
  writeFileSync(join(input, 'zzrb_20250531_A01.txt'), page);
  writeFileSync(join(input, 'undated.txt'), '无日期的标题\n\n株洲日报(记者/甲乙) 近日,活动举行。');
  writeFileSync(join(input, 'manifest.csv'), 'file,date\nundated.txt,2025-06-01\n');
  assert.equal(run(input, out).summary.written, 11);
  writeFileSync(join(input, 'zzrb_20250531_A01.txt'), Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0xc3, 0x28, 0x00, 0xd8]));
  writeFileSync(join(input, 'manifest.csv'), 'file,date\nundated.txt,June\n');
  const after = run(input, out);
  assert.equal(after.result.articles.length, 0);
  assert.deepEqual([after.summary.removed, markdownFiles(out).length], [0, 11]);
  assert.ok(after.result.messages.some((m) => m.rule === 'edition-date' && m.file.endsWith('undated.txt') && m.text.endsWith("1 article(s) skipped; the archive's articles from it are kept")));
  assert.ok(after.result.messages.some((m) => m.rule === 'encoding' && m.file.endsWith('zzrb_20250531_A01.txt') && m.text.endsWith("the archive's articles from it are kept")));
  assert.ok(after.result.messages.some((m) => m.rule === 'manifest' && /"undated.txt" is dated without the manifest, and none of the archive's articles from it is removed/u.test(m.text)));
});

test('a removed article is named with its file, its id and the source that no longer yields it', async () => {
  const { input, out } = setup();
  mkdirSync(input);
  const dump = join(input, '2025-05-31.txt');
  writeFileSync(dump, page);
  const first = run(input, out);
  const gone = first.result.articles[1]!;
  writeFileSync(dump, page.replace(/\n中医夜市2\.0升级版来了\n[\s\S]*?(?=\n2025年株洲市科技活动周开幕)/u, '\n'));
  const after = run(input, out);
  assert.equal(after.summary.removed, 1);
  assert.ok(!existsSync(articlePath(out, gone)));
  assert.deepEqual(
    after.result.messages.filter((m) => m.rule === 'removed').map((m) => [m.file, m.text]),
    [[displayPath(articlePath(out, gone)), `removed ${gone.id}: ${displayPath(dump)} read again in this run without it`]],
  );
});

test('an added edition (prune: false) leaves the other articles unread, even those whose source is gone', async () => {
  const { dir, input, out } = setup();
  const fs = await import('node:fs');
  fs.mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  run(input, out);
  fs.rmSync(join(input, '2025-05-31.txt'));
  const other = join(dir, '2025-06-01.txt');
  writeFileSync(other, '别处标题\n\n株洲日报(记者/甲乙) 6月1日,活动举行。');
  const result = ingestPaths([other]);
  const added = writeArticles(out, result.articles, new Set([displayPath(other)]), result.messages, { prune: false });
  assert.deepEqual([added.written, added.removed, added.paths.length], [1, 0, 1]);
  assert.equal(fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.md')).length, 11);
});

const brief = (news: string) => `要闻\n\n责任编辑:丙\n\n简讯\n\n株洲日报(记者/甲乙) 5月30日,市政府召开常务会议,研究部署近期重点工作,会议由市长主持。会议听取了${news}工作汇报。\n`;

test('a dump ingested alone today does not overwrite the story another dump gave yesterday under the same id', () => {
  const { dir, out } = setup();
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, '2025-05-31-A01.txt'), brief('防汛'));
  writeFileSync(join(b, '2025-05-31-A02.txt'), brief('招商引资'));
  const [yesterday] = run(a, out).result.articles;
  const path = articlePath(out, yesterday!);
  const held = readFileSync(path, 'utf8');
  const today = run(b, out);
  assert.equal(today.result.articles[0]?.id, yesterday?.id, 'alone, each is the only 简讯 of its run');
  assert.deepEqual([today.summary.written, today.summary.removed], [0, 0]);
  assert.equal(readFileSync(path, 'utf8'), held, "yesterday's story as it was");
  const refused = today.result.messages.filter((m) => m.rule === 'id');
  assert.equal(refused.length, 1);
  assert.equal(refused[0]?.severity, 'error');
  assert.ok(refused[0]?.text.includes(displayPath(join(b, '2025-05-31-A02.txt'))) && refused[0]?.text.includes(displayPath(join(a, '2025-05-31-A01.txt'))), refused[0]?.text);
  const both = ingestPaths([a, b]);
  const together = writeArticles(out, both.articles, both.completed, both.messages);
  assert.equal(together.written, 2, 'ingested together, they are told apart');
  assert.equal(markdownFiles(out).length, 2);
});

test('the same story from a dump not in this run gains a source rather than losing one', () => {
  const { dir, out } = setup();
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, '2025-05-31.txt'), brief('防汛'));
  writeFileSync(join(b, '2025-05-31.txt'), brief('防汛'));
  const [first] = run(a, out).result.articles;
  const second = run(b, out);
  assert.equal(second.summary.written, 1);
  const sources = JSON.parse(/^sources: (.*)$/mu.exec(readFileSync(articlePath(out, first!), 'utf8'))?.[1] ?? '[]') as Array<{ file: string }>;
  assert.deepEqual(
    sources.map((s) => s.file),
    [join(a, '2025-05-31.txt'), join(b, '2025-05-31.txt')].map(displayPath),
  );
  assert.deepEqual(
    second.result.messages.filter((m) => m.rule === 'duplicate').map((m) => m.text),
    [`the same story as archived from ${displayPath(join(a, '2025-05-31.txt'))}: ${displayPath(join(b, '2025-05-31.txt'))}:5 recorded as a further source`],
  );
});

test('two articles of one run for one file are an error, and neither is written over what is there', () => {
  const { input, out } = setup();
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const first = run(input, out);
  const [a, b] = first.result.articles;
  const path = articlePath(out, a!);
  const held = readFileSync(path, 'utf8');
  const clash = { ...b!, id: a!.id, url: a!.url };
  const messages: Message[] = [];
  const summary = writeArticles(out, [{ ...a!, title: '改过的标题' }, clash], first.result.completed, messages, { prune: false });
  assert.equal(summary.written, 0);
  assert.equal(readFileSync(path, 'utf8'), held);
  assert.deepEqual(
    messages.map((m) => [m.rule, m.severity, m.file]),
    [['id', 'error', displayPath(path)]],
  );
  assert.ok(messages[0]?.text.includes(`${a!.source.file}:${a!.source.startLine}`) && messages[0]?.text.includes(`${b!.source.file}:${b!.source.startLine}`));
});

// One story as the paper printed it (page header, byline) and as the old site posted it (neither).
const printed = '要闻\n\n责任编辑:丙\n\n田心产业社区建设启动\n\n株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日,田心产业社区建设动员会举行。\n\n会上,中车株机等企业签约结对。\n';
const posted = '---\ntitle: 田心产业社区建设启动\ndate: 2025-05-31\n---\n<p>5月30日，田心产业社区建设动员会举行。</p>\n<p>会上，中车株机等企业签约结对。</p>\n';
const frontMatter = (path: string) =>
  Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('---\n')[1]!
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 1))]),
  );

test('the same story posted, ingested alone after the dump, keeps the page header and byline the dump gave the archive', () => {
  const { dir, out } = setup();
  const [a, b] = [join(dir, 'dumps'), join(dir, 'posts')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, '2025-05-31.txt'), printed);
  writeFileSync(join(b, 'post.md'), posted);
  const [story] = run(a, out).result.articles;
  const path = articlePath(out, story!);
  const second = run(b, out);
  assert.deepEqual(
    second.result.articles.map((x) => x.id),
    [story!.id],
    'the post is the same story',
  );
  const held = frontMatter(path);
  assert.deepEqual([held.section, held.editor, held.pageHeader, held.reporters, held.correspondents, held.bylines], ['要闻', '丙', ['要闻', '责任编辑:丙'], ['李逸峰'], ['冯帅'], ['株洲日报(全媒体记者/李逸峰 通讯员/冯帅)']]);
  assert.deepEqual(
    (held.sources as Array<{ file: string }>).map((s) => s.file),
    [join(a, '2025-05-31.txt'), join(b, 'post.md')].map(displayPath),
  );
});

test('the same story from a dump not in this run, printed on another page, is not overwritten: the archive keeps its page', () => {
  const { dir, out } = setup();
  const [a, b] = [join(dir, 'a'), join(dir, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  writeFileSync(join(a, '2025-05-31.txt'), printed);
  writeFileSync(join(b, '2025-05-31.txt'), printed.replace('要闻', '时政'));
  const [story] = run(a, out).result.articles;
  const path = articlePath(out, story!);
  const held = readFileSync(path, 'utf8');
  const second = run(b, out);
  assert.equal(second.summary.written, 0);
  assert.equal(readFileSync(path, 'utf8'), held);
  const refused = second.result.messages.filter((m) => m.rule === 'id');
  assert.deepEqual(
    refused.map((m) => m.severity),
    ['error'],
  );
  assert.match(refused[0]?.text ?? '', /section "要闻"/u);
});

test('a locked article whose page number a hand edit wrote as a number (which the site accepts) is still known as locked', () => {
  const { input, out } = setup();
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), printed);
  const [story] = run(input, out).result.articles;
  const path = articlePath(out, story!);
  const edited = readFileSync(path, 'utf8').replace('---\n', '---\nlocked: true\n').replace('pageNumber: null', 'pageNumber: 3');
  writeFileSync(path, edited);
  const again = run(input, out);
  assert.equal(readFileSync(path, 'utf8'), edited);
  assert.deepEqual(
    again.result.messages.filter((m) => m.file === displayPath(path)).map((m) => [m.rule, m.severity]),
    [['locked', 'info']],
  );
});

test('an article rewritten on a disk that fills mid-write stays whole as archived: the new text is written aside and renamed', () => {
  // A real full disk: a small tmpfs holding the articles folder (the tests run as root).
  const dir = mkdtempSync(join(tmpdir(), 'write-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]);
  try {
    const input = mkdtempSync(join(tmpdir(), 'write-full-dumps-'));
    const out = join(dir, 'articles');
    writeFileSync(join(input, '2025-05-31.txt'), page);
    const first = ingestPaths([input]);
    writeArticles(out, first.articles, first.completed, first.messages);
    const archived = new Map(markdownFiles(out).map((f) => [f, readFileSync(join(out, f))]));
    // Every story longer, and the disk left with less room than one article takes.
    writeFileSync(join(input, '2025-05-31.txt'), page.replace(/。\n/gu, `。${'补充的内容，'.repeat(100)}\n`));
    writeFileSync(join(dir, 'filler'), Buffer.alloc((statfsSync(dir).bavail - 2) * statfsSync(dir).bsize));
    const again = ingestPaths([input]);
    assert.throws(() => writeArticles(out, again.articles, again.completed, again.messages), /ENOSPC/u);
    for (const [f, bytes] of archived) assert.ok(readFileSync(join(out, f)).equals(bytes), `${f} is whole as archived`);
  } finally {
    execFileSync('umount', [dir]);
  }
});
