// What the archive promises whatever it is fed: stable URLs, byte-identical rebuilds,
// builds that replace the old site only when complete, and no markup from the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from '../helpers/site.ts';
import { all, attr, parseHtml, text } from '../helpers/html.ts';

const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => spawnSync(tsx, [join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1048576 });
/** A build with a parse cache of its own beside its site, empty on a first build: never the working copy's. */
const build = (input: string, out: string, articles: string, more: string[] = []) => run('scripts/build.ts', ['--input', input, '--out', out, '--articles', articles, '--cache', join(out, '..', 'cache'), ...more]);

/** Every file under `dir`, as relative path → content hash. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(dir, path);
    if (statSync(full).isFile()) out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

test('the sample articles keep their URLs: a change must update tests/fixtures/sample-urls.txt on purpose', () => {
  const out = run('scripts/ingest.ts', ['--json', 'raw']);
  assert.equal(out.status, 0, out.stderr);
  const now = (JSON.parse(out.stdout) as Array<{ url: string; title: string }>).map((a) => `${a.url} ${a.title}`);
  assert.deepEqual(now, readFileSync(join(root, 'tests/fixtures/sample-urls.txt'), 'utf8').trim().split('\n'));
});

test('two builds of the same input, each from an empty parse cache, are byte-identical, articles and site', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'det-')), mkdtempSync(join(tmpdir(), 'det-'))] as [string, string];
  for (const dir of [a, b]) assert.equal(build('raw', join(dir, 'site'), join(dir, 'articles')).status, 0);
  assert.deepEqual(tree(join(a, 'articles')), tree(join(b, 'articles')));
  const site = tree(join(a, 'site'));
  assert.ok(
    Object.keys(site).some((p) => /^search-index\/s[^/]+\/d\//u.test(p)),
    "the search index's files are included",
  );
  assert.deepEqual(site, tree(join(b, 'site')));
});

test('a site rendered in parts, a month or so a run, is the site rendered in one run', () => {
  const [a, b] = [mkdtempSync(join(tmpdir(), 'parts-')), mkdtempSync(join(tmpdir(), 'parts-'))] as [string, string];
  assert.equal(build('raw', join(a, 'site'), join(a, 'articles')).status, 0);
  const parted = build('raw', join(b, 'site'), join(b, 'articles'), ['--part-articles', '5']);
  assert.equal(parted.status, 0, parted.stderr);
  assert.match(parted.stdout, /site: rendered in 3 part\(s\)/u, 'three months in the samples (2022-01, 2025-05, 2026-01), a part each');
  assert.deepEqual(tree(join(b, 'site')), tree(join(a, 'site')));
});

test('a build that fails half-way leaves the previous site as it was', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  const input = join(dir, 'dumps');
  mkdirSync(input);
  writeFileSync(join(input, '2025-05-31.txt'), '标题\n\n株洲日报(记者/甲乙) 5月30日，活动举行。');
  const [site, articles] = [join(dir, 'site'), join(dir, 'articles')];
  assert.equal(build(input, site, articles).status, 0);
  const before = tree(site);
  const [file] = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  const path = join(articles, file as string);
  // An archivist's edit that breaks a field: ingest keeps the locked file, Eleventy refuses it.
  writeFileSync(
    path,
    readFileSync(path, 'utf8')
      .replace('---\n', '---\nlocked: true\n')
      .replace(/^date: .*$/mu, 'date: someday'),
  );
  const failed = build(input, site, articles);
  assert.equal(failed.status, 1);
  assert.match(failed.stderr.trim().split('\n').at(-1) ?? '', /^build failed: \/.*\.md: field "date": expected a date YYYY-MM-DD, found "someday"$/u);
  assert.deepEqual(tree(site), before);
});

test('hostile input renders as text: no script, event handler or javascript: URL from it; every page has the CSP', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const input = join(dir, 'dumps');
  mkdirSync(input);
  const evil = '<script>alert("x")</script><img src=x onerror=alert(1)> javascript:alert(2) {{ site.name }} {% include "base.njk" %} ---';
  writeFileSync(join(input, '2025-05-31.txt'), [`标题${evil}`, '', `株洲日报(记者/甲乙) 5月30日，正文${evil}。`, '', `小标题{{ 7*7 }}`, '', `第二段<iframe src="javascript:alert(3)"></iframe>。`].join('\n'));
  writeFileSync(
    join(input, 'post.md'),
    [
      '---',
      `title: '帖子${evil.replaceAll("'", "''")}'`,
      'date: 2025-05-31',
      '---',
      `<p onmouseover="alert(4)">帖子正文<a href="javascript:alert(5)">点我</a>${'&lt;script&gt;alert(6)&lt;/script&gt;'}</p>`,
      '<script>alert(7)</script>',
      '<p><img src="x" onerror="alert(8)">图</p>',
      '',
      '<javascript:alert(9)>',
      '',
    ].join('\n'),
  );
  const site = join(dir, 'site');
  const out = build(input, site, join(dir, 'articles'));
  assert.equal(out.status, 0, out.stderr);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
  let sawEvilText = 0;
  for (const page of pages) {
    const doc = parseHtml(readFileSync(join(site, page), 'utf8'));
    for (const script of all(doc, (el) => el.tagName === 'script')) {
      assert.match(attr(script, 'src') ?? '', /^\/assets\//u, `${page}: a script of the site's own`);
      assert.equal(text(script).trim(), '', `${page}: no inline script`);
    }
    for (const el of all(doc, () => true)) {
      for (const a of el.attrs) {
        assert.ok(!/^on/iu.test(a.name), `${page}: event handler ${a.name}`);
        if (['href', 'src', 'action'].includes(a.name)) assert.ok(!/^\s*javascript:/iu.test(a.value), `${page}: ${a.name}=${a.value}`);
      }
    }
    assert.ok(all(doc, (el) => el.tagName === 'iframe' || el.tagName === 'img').length === 0, `${page}: no embedded content from input`);
    const csp = all(doc, (el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'Content-Security-Policy');
    assert.equal(csp.length, 1, `${page}: CSP`);
    assert.match(attr(csp[0] as never, 'content') ?? '', /script-src 'self';/u);
    if (text(doc).includes('<script>alert("x")</script><img src=x onerror=alert(1)> javascript:alert(2) {{ site.name }} {% include "base.njk" %} ---')) sawEvilText++;
    assert.ok(!text(doc).includes('小标题49'), `${page}: no template ran on the input`);
  }
  assert.ok(sawEvilText >= 2, 'the hostile words are shown as the text they are');
  assert.ok(!readFileSync(join(site, 'feed.xml'), 'utf8').includes('<script>'), 'the feed escapes them too');
});
