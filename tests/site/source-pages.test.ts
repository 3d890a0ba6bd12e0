// Source pages show the text each article was cut from, as the ingest decoded it, with
// the lines the article cites where it cites them: whatever the file's encoding or the
// length of its name, and after the dump has been edited. Built with the real build
// command from dumps made in temporary folders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../helpers/site.ts';
import { all, attr, parseHtml, select, text, type Element } from '../helpers/html.ts';

const utf8Page = readFileSync(join(root, 'tests/fixtures/encodings/utf8-page.txt'), 'utf8');
const gb18030Page = readFileSync(join(root, 'tests/fixtures/encodings/gb18030-page.txt'));
const lines = (t: string) => t.split(/\r\n|\r|\n/u);

function build(work: string, inputs: string[]) {
  const args = [join(root, 'scripts/build.ts'), ...inputs.flatMap((i) => ['--input', i]), '--out', join(work, 'site'), '--articles', join(work, 'articles'), '--cache', join(work, 'cache')];
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), args, { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
}

const page = (work: string, path: string) => parseHtml(readFileSync(join(work, 'site', decodeURI(path), 'index.html'), 'utf8'));
/** The source links of an article page: [page path, cited line]. */
const sourceLinks = (article: Element) =>
  select(article, 'a')
    .map((a) => attr(a, 'href') ?? '')
    .filter((h) => h.startsWith('/sources/'))
    .map((h) => h.split('#') as [string, string])
    .map(([path, line]) => [path, Number(line.slice(1))] as const);
const shownLines = (source: Element) =>
  select(source, 'li')
    .filter((li) => /^L\d+$/u.test(attr(li, 'id') ?? ''))
    .map((li) => text(li));
const notes = (source: Element) =>
  select(source, 'p.note')
    .map((p) => text(p))
    .join(' ');
const articlePages = (work: string) =>
  readdirSync(join(work, 'site'), { recursive: true, encoding: 'utf8' })
    .filter((p) => /^\d{4}\/\d{2}\/\d{2}\/[0-9a-f]+\/index\.html$/u.test(p))
    .map((p) => `/${p.replace(/index\.html$/u, '')}`);

test('a GB18030 or UTF-16 dump, and one named with 83 Chinese characters, show on their source pages as the ingest decoded them', () => {
  const work = mkdtempSync(join(tmpdir(), 'source-enc-'));
  const dumps = join(work, 'dumps');
  mkdirSync(dumps);
  // 83 Han characters are 249 bytes: with `.txt` and a hash, more than a folder's name may hold.
  const long = `${'株洲日报第一版'.repeat(11)}要闻版面报道`;
  assert.equal(long.length, 83);
  writeFileSync(join(dumps, 'manifest.csv'), `file,date\n${long}.txt,2025-05-31\n`);
  writeFileSync(join(dumps, '2025-05-31-gb.txt'), gb18030Page);
  writeFileSync(join(dumps, '2025-05-31-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8Page, 'utf16le')]));
  writeFileSync(join(dumps, `${long}.txt`), utf8Page);
  build(work, [dumps]);

  const expected = lines(utf8Page);
  const seen = new Set<string>();
  for (const path of articlePages(work)) {
    for (const [source, line] of sourceLinks(page(work, path))) {
      seen.add(source);
      const shown = shownLines(page(work, source));
      assert.deepEqual(shown, expected, `${source}: the lines as decoded`);
      assert.ok(line >= 1 && line <= shown.length, `${source}#L${line}`);
    }
  }
  assert.equal(seen.size, 3, 'the same story in three files: a source page each');
  const segments = readdirSync(join(work, 'site'), { recursive: true, encoding: 'utf8' }).flatMap((p) => p.split('/'));
  assert.ok(
    segments.every((s) => Buffer.byteLength(s) <= 255),
    'every file and folder name within 255 bytes',
  );
});

test("after its dump is edited, an article's source page still shows the lines it cites; an article from before texts were stored shows the file as it is and says so", () => {
  const work = mkdtempSync(join(tmpdir(), 'source-edit-'));
  const [a, b] = [join(work, 'a'), join(work, 'b')];
  mkdirSync(a);
  mkdirSync(b);
  const dump = join(a, '2025-05-31.txt');
  const two = `${utf8Page}\n\n湘江风光带迎来游客高峰\n\n株洲日报(记者/丙丁) 5月30日，风光带游人如织。\n`;
  writeFileSync(dump, two);
  writeFileSync(join(b, '2025-06-01.txt'), '另一条新闻\n\n株洲日报(记者/甲乙) 5月31日，活动举行。\n');
  build(work, [a, b]);

  // The dump is edited: three lines at its top move every line below them.
  const edited = `编者按\n\n本版文字有更正。\n${two}`;
  writeFileSync(dump, edited);
  // One article from before texts were stored: its source names no text.
  const articles = join(work, 'articles');
  const files = readdirSync(articles, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.startsWith('2025/05/31/') && p.endsWith('.md'))
    .sort();
  assert.equal(files.length, 2);
  const legacy = join(articles, files[0] as string);
  writeFileSync(legacy, readFileSync(legacy, 'utf8').replace(/,"sha256":"[0-9a-f]{64}"/gu, ''));
  // A later build of other dumps renders the whole archive, the edited dump's articles too.
  build(work, [b]);

  const original = lines(two);
  let stored = 0;
  let unverified = 0;
  for (const path of articlePages(work).filter((p) => p.startsWith('/2025/05/31/'))) {
    const [[source, line]] = sourceLinks(page(work, path)) as [readonly [string, number]];
    const shown = page(work, source);
    const cited = text(all(shown, (el) => attr(el, 'id') === `L${line}`)[0] as Element);
    if (/此后对输入文件的修改不影响所引行号/u.test(notes(shown))) {
      stored++;
      assert.equal(cited, original[line - 1], `${path} cites ${source}#L${line}: the line it was cut from`);
      assert.deepEqual(shownLines(shown), original);
    } else {
      unverified++;
      assert.match(notes(shown), /未存档原文.*行号可能与报道不再对应/u, `${source}: says the file may differ`);
      assert.deepEqual(shownLines(shown), lines(edited), 'the file as it is now');
    }
  }
  assert.equal(unverified, 1);
  assert.equal(stored, 1);
});
