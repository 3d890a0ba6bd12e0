import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRONT_MATTER_FIELDS, checkFrontMatter, type Article } from '../../src/article/schema.ts';
import { articleFile, readArticleFile } from '../../src/article/file.ts';
import { readArticle } from '../../src/site/article-store.ts';

const source = { file: 'raw/2025-05-31.txt', startLine: 3, endLine: 9, sha256: 'ab'.repeat(32) };
const sound = { id: 'abc', url: '/2025/05/31/abc/', title: '标题', kicker: null, subtitle: null, date: '2025-05-31', section: null, editor: null, reporters: [], correspondents: ['甲'], photographers: [], source, sources: [source] };
const problems = (data: unknown) => {
  const checked = checkFrontMatter(data);
  return 'problems' in checked ? checked.problems : [];
};
const fileOf = (data: Record<string, unknown>) =>
  `---\n${Object.entries(data)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n正文\n`;

test('sound front matter has no problems', () => {
  assert.deepEqual(problems(sound), []);
});

test('each broken field is named with what was expected and found', () => {
  assert.deepEqual(problems({ ...sound, reporters: '甲', date: '31/05/2025', url: '/x/' }), [
    'field "url": expected a permalink /YYYY/MM/DD/<id>/, found "/x/"',
    'field "date": expected a date YYYY-MM-DD, found "31/05/2025"',
    'field "reporters": expected a list of names, found "甲"',
  ]);
  assert.deepEqual(problems({ ...sound, id: undefined }), ['field "id": expected a non-empty string, found undefined']);
  assert.deepEqual(problems(null), ['field "(the front matter)": expected fields in `key: value` lines, found null']);
});

test("the fields the site did not check are checked too: page, column, page header, bylines, the date's source", () => {
  assert.deepEqual(problems({ ...sound, pageNumber: ['A03'], column: 5, pageHeader: '要闻', bylines: [1], dateSource: 'guess' }), [
    'field "dateSource": expected one of manifest, filename, front-matter, content, found "guess"',
    'field "pageNumber": expected a page label such as "3", found ["A03"]',
    'field "pageHeader": expected a list of lines or null, found "要闻"',
    'field "column": expected a string or null, found 5',
    'field "bylines.0": expected a string, found 1',
  ]);
});

test('an article without its source, or a source without its file, is refused naming the file and the field', () => {
  const { source: _gone, ...noSource } = sound;
  assert.throws(() => readArticle('articles/2025/05/31/x.md', fileOf(noSource)), /^Error: articles\/2025\/05\/31\/x\.md: field "source": expected an object \{ file, startLine, endLine \} with an optional sha256, found undefined$/u);
  const { file: _file, ...noFile } = source;
  assert.throws(() => readArticle('articles/2025/05/31/x.md', fileOf({ ...sound, source: noFile, sources: undefined })), /^Error: articles\/2025\/05\/31\/x\.md: field "source\.file": expected a non-empty string, found undefined$/u);
});

test('a source names a file and lines, and a text only by its hash: never a path', () => {
  const { sha256: _none, ...cutBefore } = source;
  assert.deepEqual(problems({ ...sound, source: cutBefore, sources: undefined }), [], 'articles cut before texts were stored');
  assert.deepEqual(problems({ ...sound, source: { ...source, sha256: '../../../etc/passwd' }, sources: [source, { ...source, startLine: 0 }] }), [
    'field "source.sha256": expected a sha256 of 64 hex digits, found "../../../etc/passwd"',
    'field "sources.1.startLine": expected a line from 1, found 0',
  ]);
});

const decision = { rule: 'subhead', chose: '小标题', over: '新报道的标题', evidence: '其下没有署名，报道接着往下写', startLine: 12, endLine: 12 };

test("the parser's decisions and jump lines are optional; present, they are checked", () => {
  assert.deepEqual(problems({ ...sound, decisions: [decision, { ...decision, startLine: 20, endLine: 23 }], continuedOn: '3', continuedFrom: 'A1' }), []);
  assert.deepEqual(problems({ ...sound, continuedOn: true, continuedFrom: '' }), ['field "continuedOn": expected a page label such as "3", found true', 'field "continuedFrom": expected a page label such as "3", found ""']);
  assert.deepEqual(problems({ ...sound, decisions: [decision, { ...decision, startLine: 0, evidence: undefined }] }), ['field "decisions.1.evidence": expected a non-empty string, found undefined', 'field "decisions.1.startLine": expected a line from 1, found 0']);
  assert.deepEqual(problems({ ...sound, decisions: ['小标题'] }), ['field "decisions.0": expected an object { rule, chose, over, evidence, startLine, endLine }, found "小标题"']);
  assert.deepEqual(problems({ ...sound, decisions: decision }), [`field "decisions": expected a list of decisions, found ${JSON.stringify(decision)}`]);
});

test('hand edits in YAML are read as the archivist meant: a date and a page number written unquoted', () => {
  const read = readArticleFile('---\nid: abc\nurl: /2025/05/31/abc/\ntitle: 手改的标题\ndate: 2025-05-31\npageNumber: 3\nreporters: []\ncorrespondents: []\nphotographers: []\nsource: { file: raw/x.txt, startLine: 1, endLine: 2 }\n---\n正文\n');
  assert.ok('data' in read);
  assert.deepEqual([read.data.title, read.data.date, read.data.pageNumber, read.data.kicker, read.data.bylines], ['手改的标题', '2025-05-31', '3', null, []]);
  assert.equal(read.body, '正文\n');
});

test('a front matter YAML cannot read is a problem, not an exception', () => {
  const read = readArticleFile('---\nid: "a"\nid: "b"\n---\n正文\n');
  assert.ok('problems' in read);
  assert.match(read.problems[0] as string, /^expected front matter, found YAML that cannot be read \(.*duplicated mapping key/u);
});

test("every field of an article round-trips from the writer through the reader, in the schema's order", () => {
  const article: Article = {
    id: '043834158e07',
    url: '/2025/05/31/043834158e07/',
    title: '2025',
    kicker: 'null',
    subtitle: '副题',
    date: '2025-05-31',
    dateSource: 'manifest',
    section: '要闻',
    pageNumber: 'A03',
    editor: '蒋胜全',
    pageHeader: ['A03 要闻', '责任编辑:蒋胜全'],
    column: '理事有理',
    reporters: ['何春林'],
    correspondents: ['黄佳欣'],
    photographers: ['王强'],
    bylines: ['株洲日报讯(全媒体记者/何春林 通讯员/黄佳欣)'],
    originalUrl: 'http://www.zhuzhouwang.com/x.html',
    sourceLine: '（文章来源：株洲日报）',
    categories: ['新闻'],
    tags: ['教育'],
    continuedOn: '3',
    continuedFrom: '1',
    decisions: [decision],
    source,
    sources: [source, { file: 'raw/copy.txt', startLine: 1, endLine: 7 }],
    blocks: [{ type: 'paragraph', text: '正文。', startLine: 5, endLine: 5 }],
    pageLabel: 'A3',
  };
  const file = articleFile(article);
  const read = readArticleFile(file);
  assert.ok('data' in read, JSON.stringify(read));
  const { blocks: _blocks, pageLabel: _label, ...fields } = article;
  assert.deepEqual(read.data, fields);
  assert.deepEqual(
    Object.keys(read.data),
    FRONT_MATTER_FIELDS.filter((f) => f in fields),
    "written in the schema's order",
  );
  assert.equal(read.body, '正文。\n');
  assert.ok(!file.includes('pageLabel'), "the page label is the ingest's, never written");
});
