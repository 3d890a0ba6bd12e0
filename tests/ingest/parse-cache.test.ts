import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ingestPaths } from '../../src/ingest/ingest.ts';
import { codeFingerprint, PARSER_CODE, ParseCache, parserFingerprint, parserLibraries, type ParseResult } from '../../src/ingest/parse-cache.ts';
import type { Message } from '../../src/ingest/types.ts';

const page = readFileSync(new URL('../../raw/001_e21c4ea54b265bd1.txt', import.meta.url), 'utf8');

test('an unchanged dump is not parsed again, and the result is the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-in-'));
  const cache = mkdtempSync(join(tmpdir(), 'cache-'));
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  writeFileSync(join(dir, '2025-06-01.txt'), page.replace('5月30日', '5月31日'));
  const first = ingestPaths([dir], undefined, cache);
  assert.deepEqual([first.cache?.hits, first.cache?.misses], [0, 2]);
  const second = ingestPaths([dir], undefined, cache);
  assert.deepEqual([second.cache?.hits, second.cache?.misses], [2, 0]);
  assert.deepEqual(second.articles, first.articles);
  assert.deepEqual(second.messages, first.messages);
  assert.deepEqual(second.articles, ingestPaths([dir]).articles, 'the same as with no cache at all');
  writeFileSync(join(dir, '2025-06-01.txt'), page.replace('5月30日', '6月1日'));
  const third = ingestPaths([dir], undefined, cache);
  assert.deepEqual([third.cache?.hits, third.cache?.misses], [1, 1], 'a changed dump is parsed again');
});

test('the same bytes under another name come from the cache with their own name and date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-in-'));
  const cache = mkdtempSync(join(tmpdir(), 'cache-'));
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  ingestPaths([dir], undefined, cache);
  const other = mkdtempSync(join(tmpdir(), 'cache-in-'));
  writeFileSync(join(other, '2025-06-02.txt'), page);
  const r = ingestPaths([other], undefined, cache);
  assert.equal(r.cache?.hits, 1);
  assert.ok(r.articles.every((a) => a.date === '2025-06-02' && a.source.file.endsWith('2025-06-02.txt')));
  assert.ok(r.messages.every((m) => m.file.endsWith('2025-06-02.txt')));
});

test("the fingerprint changes with any of the parser's source files, the article module's and library versions, and only with them", () => {
  const code = mkdtempSync(join(tmpdir(), 'parser-code-'));
  cpSync(new URL('../../src/ingest/', import.meta.url), join(code, 'ingest'), { recursive: true });
  cpSync(new URL('../../src/article/', import.meta.url), join(code, 'article'), { recursive: true });
  const dirs = [join(code, 'ingest'), join(code, 'article')];
  const libraries = ['markdown-it@14.1.0'];
  const before = codeFingerprint(dirs, libraries);
  assert.equal(codeFingerprint(dirs, libraries), before, 'the same code, the same fingerprint');
  writeFileSync(join(code, 'ingest', 'notes.md'), 'not code');
  assert.equal(codeFingerprint(dirs, libraries), before, 'a file that is not code changes nothing');
  assert.notEqual(codeFingerprint(dirs, ['markdown-it@14.1.1']), before, 'another library version');
  const rule = join(code, 'ingest', 'rules', 'subhead.ts');
  writeFileSync(rule, `${readFileSync(rule, 'utf8')}\n// changed\n`);
  const afterRule = codeFingerprint(dirs, libraries);
  assert.notEqual(afterRule, before, 'a rule file changed');
  const schema = join(code, 'article', 'schema.ts');
  writeFileSync(schema, `${readFileSync(schema, 'utf8')}\n// changed\n`);
  assert.notEqual(codeFingerprint(dirs, libraries), afterRule, 'the article schema changed');
  assert.equal(parserFingerprint(), codeFingerprint(PARSER_CODE, parserLibraries()));
  assert.deepEqual(
    PARSER_CODE,
    ['ingest', 'article'].map((d) => fileURLToPath(new URL(`../../src/${d}`, import.meta.url))),
    "the ingest's code and the article module's",
  );
});

test('a cache entry of the wrong shape or torn is reported with its file and field, and the dump parsed again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-in-'));
  const cache = mkdtempSync(join(tmpdir(), 'cache-'));
  writeFileSync(join(dir, '2025-05-31.txt'), page);
  const fresh = ingestPaths([dir], undefined, cache);
  const entry = join(cache, parserFingerprint(), `${ParseCache.key(Buffer.from(page))}.json`);
  const good = readFileSync(entry, 'utf8');
  const wrongTitle = JSON.parse(good) as { articles: Array<Record<string, unknown>> };
  wrongTitle.articles[1]!.title = 5;
  const cases: Array<[string, string, RegExp]> = [
    ['a field of the wrong type', JSON.stringify(wrongTitle), /found articles\.1\.title: .*expected string/u],
    ['valid JSON, no parse at all', '{"articles":"none"}', /found format: /u],
    ['a torn file', good.slice(0, good.length / 2), /found no JSON/u],
  ];
  for (const [name, bytes, field] of cases) {
    writeFileSync(entry, bytes);
    const again = ingestPaths([dir], undefined, cache);
    const refused = again.messages.filter((m) => m.rule === 'parse-cache');
    assert.equal(refused.length, 1, name);
    assert.equal(refused[0]?.file, entry, name);
    assert.match(refused[0]?.text ?? '', field, name);
    assert.match(refused[0]?.text ?? '', /2025-05-31\.txt.*parsed again$/u, name);
    assert.deepEqual(again.articles, fresh.articles, `${name}: the articles of a fresh parse`);
    assert.deepEqual([again.cache?.hits, again.cache?.misses], [0, 1], name);
    assert.equal(readFileSync(entry, 'utf8'), good, `${name}: the entry is replaced by the new parse`);
  }
});

test('a cached parse keeps everything a parse holds: boxes, decisions, jump lines and the page label come back as they went in', () => {
  const cache = new ParseCache(mkdtempSync(join(tmpdir(), 'cache-')));
  const result: ParseResult = {
    format: 'page-dump',
    date: '2025-05-31',
    messages: [{ line: 3, column: 1, rule: 'jump-line', severity: 'info', text: 'jump line "(下转第3版)" kept out of the body' }],
    articles: [
      {
        title: '标题',
        kicker: null,
        subtitle: null,
        section: '要闻',
        editor: '王建设',
        pageHeader: ['要闻', '责任编辑:王建设'],
        column: null,
        reporters: ['何春林'],
        correspondents: [],
        photographers: [],
        bylines: ['记者/何春林'],
        blocks: [
          { type: 'paragraph', text: '正文。', startLine: 2, endLine: 2 },
          { type: 'box', box: 'related', label: '相关链接', text: '链接正文。', startLine: 4, endLine: 5 },
        ],
        source: { startLine: 1, endLine: 5 },
        decisions: [{ rule: 'story-start', chose: 'subhead', over: 'headline of a new story', evidence: 'no byline follows', startLine: 4, endLine: 4 }],
        continuedOn: '3',
        pageLabel: 'A1',
      },
    ],
  };
  cache.set('k', result);
  const messages: Message[] = [];
  assert.deepEqual(cache.get('k', 'page.txt', messages), result);
  assert.deepEqual(messages, []);
});
