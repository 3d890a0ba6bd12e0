import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayPath } from '../../src/ingest/inputs.ts';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { ingestText } from '../../src/ingest/dated-articles.ts';
import { mergeDuplicates } from '../../src/ingest/duplicates.ts';
import { parseText } from '../../src/ingest/parse-file.ts';
import { articlePath, writeArticles } from '../../src/ingest/write-articles.ts';
import { lostHan } from '../helpers/nothing-lost.ts';

const page = readFileSync(new URL('../../raw/001_e21c4ea54b265bd1.txt', import.meta.url), 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'ingest-'));

test('the edition date comes from the manifest, then the file name, then front matter, then the text', () => {
  const entry = { date: '2025-06-01', page: 'A03', section: '要闻', line: 2 };
  assert.deepEqual([ingestText(page, 'x.txt', entry).report.dateSource, ingestText(page, 'x.txt', entry).articles[0]?.date], ['manifest', '2025-06-01']);
  assert.deepEqual([ingestText(page, 'zzrb_20250530_A01.txt').report.dateSource, ingestText(page, 'zzrb_20250530_A01.txt').articles[0]?.date], ['filename', '2025-05-30']);
  assert.equal(ingestText(page, 'x.txt').report.dateSource, 'content');
  const post = readFileSync(new URL('../../raw/002_e4ae8a90c5758aeb.txt', import.meta.url), 'utf8');
  assert.equal(ingestText(post, 'post.md').report.dateSource, 'front-matter');
});

test('a manifest that disagrees with the file name wins, and the conflict is reported', () => {
  const { articles, messages } = ingestText(page, 'zzrb_20250530_A01.txt', { date: '2025-05-31', page: null, section: null, line: 2 });
  assert.equal(articles[0]?.date, '2025-05-31');
  assert.ok(messages.some((m) => m.rule === 'edition-date' && m.severity === 'warning' && m.text.includes('manifest wins')));
});

test("a manifest section names the file's own page: only the stories before its first page header", () => {
  const { articles } = ingestText(page, 'x.txt', { date: '2025-05-31', page: 'A02', section: '要闻', line: 2 });
  assert.deepEqual([...new Set(articles.map((a) => a.section))], ['要闻', '就业·创业']);
  assert.ok(articles.every((a) => a.pageNumber === 'A02'));
});

test('an input whose date cannot be found is reported and skipped, never given a date', () => {
  const { articles, messages } = ingestText('某标题\n\n株洲日报(记者/甲乙) 近日,活动举行。', 'undated.txt');
  assert.deepEqual(articles, []);
  assert.ok(messages.some((m) => m.severity === 'error' && m.file === 'undated.txt' && /edition date/u.test(m.text)));
});

test("an article keeps the parser's decisions on its lines; one it made none on has no decisions field", () => {
  const { articles } = ingestText('标题在此\n\n记者/周圆\n\n5月1日,新规实施。\n\n\n▲居民分类投放垃圾。', 'raw/2025-05-01.txt');
  assert.deepEqual(articles[0]?.decisions, [{ rule: 'caption-line', chose: 'caption', over: 'paragraph', evidence: 'opens as a caption does (▲, 图为…) and carries no photo credit', startLine: 8, endLine: 8 }]);
  assert.equal('decisions' in ingestText('标题在此\n\n记者/周圆\n\n5月1日,新规实施。', 'raw/2025-05-01.txt').articles[0]!, false);
});

test("every article has the contract's fields, and a url built from date and id", () => {
  const [a] = ingestText(page, 'raw/001.txt').articles;
  for (const key of ['id', 'url', 'title', 'kicker', 'subtitle', 'date', 'dateSource', 'section', 'editor', 'column', 'reporters', 'correspondents', 'photographers', 'blocks', 'source']) {
    assert.ok(a && key in a, key);
  }
  assert.equal(a?.url, `/2025/05/31/${a?.id}/`);
  assert.deepEqual(a?.source, { file: 'raw/001.txt', startLine: 3, endLine: 13, sha256: createHash('sha256').update(page).digest('hex') });
});

test('ids stay put when another story in the file changes', () => {
  const before = ingestText(page, 'a.txt').articles.map((a) => a.id);
  const edited = page.replace('市民健康服务达11万人次', '市民健康服务达12万人次').replace('中医夜市2.0升级版来了', '中医夜市3.0来了');
  const after = ingestText(edited, 'a.txt').articles.map((a) => a.id);
  assert.deepEqual(
    after.filter((_, i) => i !== 1),
    before.filter((_, i) => i !== 1),
  );
  assert.notEqual(after[1], before[1]);
});

test('the same dump under two names is one set of articles with both sources', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31_a.txt'), page);
  writeFileSync(join(dir, '2025-05-31_b.txt'), page);
  const { articles, messages } = ingestPaths([dir]);
  assert.equal(articles.length, 10);
  assert.ok(articles.every((a) => a.sources.length === 2));
  assert.equal(messages.filter((m) => m.rule === 'duplicate').length, 10);
});

test('two different stories with one headline on one day both stay, with different ids', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), '图片新闻\n\n株洲日报(记者/甲乙) 5月30日,甲地活动。\n\n职教·观察\n\n责任编辑:丙\n\n图片新闻\n\n株洲日报(记者/丁戊) 5月30日,乙地活动。');
  const { articles } = ingestPaths([dir]);
  assert.equal(articles.length, 2);
  assert.notEqual(articles[0]?.id, articles[1]?.id);
});

test('folders are read in a stable order, manifests used, other files reported and passed over', () => {
  const dir = tmp();
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'p.txt'), page);
  writeFileSync(join(dir, 'sub', 'manifest.csv'), 'file,date\np.txt,2025-05-31\n');
  writeFileSync(join(dir, 'photo.jpg'), 'x');
  const { articles, messages, files } = ingestPaths([dir]);
  assert.equal(files[0]?.dateSource, 'manifest');
  assert.equal(articles.length, 10);
  assert.ok(messages.some((m) => m.rule === 'input' && m.file.endsWith('photo.jpg')));
});

test('a missing input and a file that is not UTF-8 are reported, not thrown', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'bad.txt'), Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0xc3]));
  const { messages } = ingestPaths([dir, join(dir, 'nothing-here')]);
  assert.deepEqual(
    messages.map((m) => [m.rule, m.severity]),
    [
      ['input', 'error'],
      ['encoding', 'error'],
    ],
  );
});

test("the story's words get full-width punctuation; bylines stay as printed", () => {
  const [a] = ingestText(page, 'raw/001.txt').articles;
  assert.equal(a?.blocks[0]?.text.slice(0, 8), '5月30日，田心');
  assert.deepEqual(a?.bylines, ['株洲日报(全媒体记者/李逸峰 通讯员/冯帅)']);
});

test("a parse that fails is that file's problem: reported with its name, the other files ingested, its archived article kept", () => {
  const dir = tmp();
  const out = join(dir, 'articles');
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), page);
  const post = join(input, 'post.md');
  writeFileSync(post, '---\ntitle: 深层的帖子\ndate: 2022-01-10\n---\n<div><p>正文。</p></div>\n');
  const first = ingestPaths([input]);
  writeArticles(out, first.articles, first.completed, first.messages);
  // The post edited, and the parser failing on it as a parser bug would.
  writeFileSync(post, '---\ntitle: 深层的帖子\ndate: 2022-01-10\n---\n<div><p>正文，改过。</p></div>\n');
  const failing = (text: string) => {
    if (text.includes('改过')) throw new RangeError('Maximum call stack size exceeded');
    return parseText(text);
  };
  const again = ingestPaths([input], undefined, null, failing);
  const failed = again.messages.filter((m) => m.file === displayPath(post) && m.severity === 'error');
  assert.deepEqual(
    failed.map((m) => m.rule),
    ['parse'],
  );
  assert.match(failed[0]?.text ?? '', /^expected the parser to read the file, found it failing \(.+\): file skipped; the archive's articles from it are kept$/u);
  assert.equal(again.articles.length, 10, 'the dump beside it is ingested');
  const summary = writeArticles(out, again.articles, again.completed, again.messages);
  assert.equal(summary.removed, 0);
  assert.ok(existsSync(articlePath(out, first.articles.find((a) => a.title === '深层的帖子')!)));
});

// Two briefs of one page: the same headline, the same 40 and more opening letters, different news.
const opening = '株洲日报(记者/甲乙) 5月30日,市政府召开常务会议,研究部署近期重点工作,会议由市长主持,各区县负责人参加。';
const brief = (news: string) => `简讯\n\n${opening}会议听取了${news}工作汇报。`;

test('two briefs with one headline and one opening are two articles with ids of their own, both written', () => {
  const dir = tmp();
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), `要闻\n\n责任编辑:丙\n\n${brief('防汛')}\n\n${brief('招商引资')}\n`);
  const { articles, messages, completed } = ingestPaths([input]);
  assert.equal(articles.length, 2);
  assert.notEqual(articles[0]?.id, articles[1]?.id);
  const out = join(dir, 'articles');
  const summary = writeArticles(out, articles, completed, messages);
  assert.equal(summary.written, 2);
  const texts = articles.map((a) => readFileSync(articlePath(out, a), 'utf8'));
  assert.ok(texts[0]?.includes('防汛') && texts[1]?.includes('招商引资'), 'each file holds its own story');
});

test('a story that meets no other keeps its id when two others with its headline open alike', () => {
  const other = `简讯\n\n株洲日报(记者/丁戊) 5月30日,全市义务植树活动举行。`;
  const ids = (stories: string[]) => {
    const dir = tmp();
    writeFileSync(join(dir, '2025-05-31.txt'), `要闻\n\n责任编辑:丙\n\n${stories.join('\n\n')}\n`);
    return ingestPaths([dir]).articles.map((a) => a.id);
  };
  const [before] = ids([other, brief('防汛')]);
  const after = ids([other, brief('防汛'), brief('招商引资')]);
  assert.equal(after[0], before);
  assert.equal(new Set(after).size, 3);
});

test('a story printed twice in one dump is one article with both places as its sources', () => {
  const dir = tmp();
  writeFileSync(join(dir, '2025-05-31.txt'), `要闻\n\n责任编辑:丙\n\n${brief('防汛')}\n\n${brief('防汛')}\n`);
  const { articles, messages } = ingestPaths([dir]);
  assert.equal(articles.length, 1);
  assert.deepEqual(
    articles[0]?.sources.map((s) => s.startLine),
    [5, 9],
  );
  assert.deepEqual(
    messages.filter((m) => m.rule === 'duplicate').map((m) => [m.line, m.text]),
    [[9, `the same story as line 5 of this file, printed twice: one article, ${articles[0]?.id}, with both places as its sources`]],
  );
});

test('two photo stories of one headline, captions only, are two stories, not one', () => {
  const photo = (caption: string, line: number) => {
    const [a] = ingestText(brief('防汛'), '2025-05-31.txt').articles;
    return { ...a!, title: '图片新闻', blocks: [{ type: 'caption' as const, text: caption, startLine: line, endLine: line }], source: { ...a!.source, startLine: line }, sources: [{ ...a!.source, startLine: line }] };
  };
  const merged = mergeDuplicates([photo('▲市民在神农公园赏花。', 3), photo('▲学生在湘江边写生。', 9)], []);
  assert.equal(merged.length, 2);
  assert.notEqual(merged[0]?.id, merged[1]?.id);
  assert.equal(mergeDuplicates([photo('▲市民在神农公园赏花。', 3), photo('▲市民在神农公园赏花。', 9)], []).length, 1, 'the same photo twice is one story');
});

test('a dump cut short in the middle of a character (a copy interrupted) neither replaces nor removes the stories archived from it', () => {
  const dir = tmp();
  const out = join(dir, 'articles');
  const input = join(dir, 'in');
  mkdirSync(input);
  const dump = join(input, '2025-05-31.txt');
  const whole = Buffer.from(page);
  writeFileSync(dump, whole);
  const first = ingestPaths([input]);
  writeArticles(out, first.articles, first.completed, first.messages);
  const archived = first.articles.map((a) => readFileSync(articlePath(out, a), 'utf8'));
  // Cut after the first byte of the first Han character past the middle: the copy stopped there.
  let cut = whole.length >> 1;
  while (whole[cut]! < 0xe0) cut++;
  writeFileSync(dump, whole.subarray(0, cut + 1));
  const again = ingestPaths([input]);
  assert.ok(again.articles.length < first.articles.length, 'the cut file yields fewer stories');
  assert.ok(
    again.messages.some((m) => m.rule === 'encoding' && m.severity === 'warning'),
    'the byte cut short is reported',
  );
  const summary = writeArticles(out, again.articles, again.completed, again.messages);
  assert.equal(summary.removed, 0);
  assert.deepEqual(
    first.articles.map((a) => readFileSync(articlePath(out, a), 'utf8')),
    archived,
    'every archived story as it was',
  );
  assert.ok(
    again.messages.some((m) => m.file === displayPath(dump) && m.rule === 'archive' && /not read whole/u.test(m.text)),
    'and the run says why',
  );
});

test("the same story as a post and as a dump loses nothing of either: the dump's byline joins the article, its caption is named in the report", () => {
  const dir = tmp();
  const input = join(dir, 'in');
  mkdirSync(input);
  // The post sorts first and is the article; the dump printed the byline and a photo the post left out.
  const post = '---\ntitle: 田心产业社区建设启动\ndate: 2025-05-31\n---\n<p>5月30日，田心产业社区建设动员会举行。</p>\n<p>会上，中车株机等企业签约结对。</p>\n';
  const dump = '田心产业社区建设启动\n\n株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日,田心产业社区建设动员会举行。\n\n会上,中车株机等企业签约结对。\n\n▲签约仪式现场。记者/黄智鸿 摄\n';
  writeFileSync(join(input, '2025-05-31-a.md'), post);
  writeFileSync(join(input, '2025-05-31-b.txt'), dump);
  const { articles, messages } = ingestPaths([input]);
  assert.equal(articles.length, 1, 'one story');
  assert.deepEqual(
    articles[0]?.sources.map((s) => s.file),
    ['a.md', 'b.txt'].map((f) => displayPath(join(input, `2025-05-31-${f}`))),
  );
  assert.deepEqual([articles[0]?.reporters, articles[0]?.correspondents, articles[0]?.photographers], [['李逸峰'], ['冯帅'], ['黄智鸿']]);
  for (const text of [post, dump]) assert.deepEqual(lostHan(text, articles, messages), new Map(), "each copy's Han characters are in the article or a message");
});

test("the same story as a post and as a dump keeps the dump's page (section, editor, header) though the post comes first", () => {
  const dir = tmp();
  const input = join(dir, 'in');
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31-a.md'), '---\ntitle: 田心产业社区建设启动\ndate: 2025-05-31\n---\n<p>5月30日，田心产业社区建设动员会举行。</p>\n');
  writeFileSync(join(input, '2025-05-31-b.txt'), '要闻\n\n责任编辑:丙\n\n田心产业社区建设启动\n\n株洲日报(记者/李逸峰) 5月30日,田心产业社区建设动员会举行。\n');
  const { articles } = ingestPaths([input]);
  assert.deepEqual(
    articles.map((a) => [a.section, a.editor, a.pageHeader, a.sources.length]),
    [['要闻', '丙', ['要闻', '责任编辑:丙'], 2]],
  );
});
