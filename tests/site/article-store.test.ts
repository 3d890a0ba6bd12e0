import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import { sampleSite } from '../helpers/site.ts';
import { ArticleStore, articleFiles, readArticle } from '../../src/site/article-store.ts';
import { readJsonFrontMatter } from '../../src/article/file.ts';
import { sampleArticles } from '../helpers/gold.ts';

const articles = join(dirname(sampleSite().dir), 'articles');

test('front matter as ingest writes it reads as a YAML parser reads it, body included', () => {
  const files = articleFiles(articles);
  assert.equal(files.length, sampleArticles().length);
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const fast = readJsonFrontMatter(source);
    const yaml = matter(source, {});
    assert.ok(fast, file);
    assert.deepEqual(fast.data, yaml.data, file);
    assert.equal(fast.body, yaml.content, file);
  }
});

test('other YAML goes to the YAML parser: hand edits, CRLF, repeated keys', () => {
  const base = '---\nid: "a1"\nurl: "/2025/05/31/a1/"\ntitle: "标题"\nkicker: null\nsubtitle: null\ndate: "2025-05-31"\nsection: null\neditor: null\nreporters: []\ncorrespondents: []\nphotographers: []\nsource: {"file": "raw/x.txt", "startLine": 1, "endLine": 2}\n---\n正文\n';
  assert.ok(readJsonFrontMatter(base));
  for (const variant of [base.replace('title: "标题"', 'title: 标题'), base.replaceAll('\n', '\r\n'), base.replace('kicker: null', 'kicker: null\nkicker: "引题"')]) {
    assert.equal(readJsonFrontMatter(variant), null);
  }
  assert.equal(readArticle('x.md', base.replace('title: "标题"', 'title: 手改的标题')).data.title, '手改的标题');
  assert.throws(() => readArticle('x.md', base.replace('kicker: null', 'kicker: null\nkicker: "引题"')), /duplicated mapping key/u);
});

test('the store holds front matter only and renders a body when asked', () => {
  const store = new ArticleStore(articles);
  const first = store.data[0];
  assert.ok(first && !('body' in first) && typeof first.file === 'string');
  assert.match(store.body(first.url), /^<p>|^<h2|^<figure/u);
  assert.equal(store.body('/nowhere/'), '');
});

test('a body is read past its front matter, and a file edited since the store was read is read whole again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  const file = join(dir, 'a1.md');
  const head = '---\nid: "a1"\nurl: "/2025/05/31/a1/"\ntitle: "标题"\nkicker: null\nsubtitle: null\ndate: "2025-05-31"\nsection: null\neditor: null\nreporters: []\ncorrespondents: []\nphotographers: []\nsource: {"file": "raw/x.txt", "startLine": 1, "endLine": 2}\n---\n';
  writeFileSync(file, `${head}第一段。\n`);
  const store = new ArticleStore(dir);
  assert.equal(store.body('/2025/05/31/a1/'), '<p>第一段。</p>\n');
  writeFileSync(file, `${head.replace('title: "标题"', 'title: 改过的标题')}改过的正文。\n`);
  assert.equal(store.body('/2025/05/31/a1/'), '<p>改过的正文。</p>\n');
});

test('the site shows a caption with its classes and the missing-photo notice; the text of the story holds no notice; an old-form file reads the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-'));
  const head = (id: string) =>
    `---\nid: "${id}"\nurl: "/2025/05/31/${id}/"\ntitle: "标题"\nkicker: null\nsubtitle: null\ndate: "2025-05-31"\nsection: null\neditor: null\nreporters: []\ncorrespondents: []\nphotographers: []\nsource: {"file": "raw/x.txt", "startLine": 1, "endLine": 2}\n---\n`;
  writeFileSync(join(dir, 'new.md'), `${head('new')}第一段。\n\n<figure><figcaption>说明。 <span data-credit>记者/甲 摄</span></figcaption></figure>\n\n<aside data-box="related"><p data-label>相关链接</p><p>链接正文。</p></aside>\n`);
  writeFileSync(
    join(dir, 'old.md'),
    `${head('old')}第一段。\n\n<figure class="photo"><div class="photo-missing">原版图片未收录</div><figcaption>说明。 <span class="credit">记者/甲 摄</span></figcaption></figure>\n\n<aside class="story-box" data-box="related"><p class="box-label">相关链接</p><p>链接正文。</p></aside>\n`,
  );
  const store = new ArticleStore(dir);
  const page =
    '<p>第一段。</p>\n<figure class="photo"><div class="photo-missing">原版图片未收录</div><figcaption>说明。 <span class="credit">记者/甲 摄</span></figcaption></figure>\n<aside class="story-box" data-box="related"><p class="box-label">相关链接</p><p>链接正文。</p></aside>\n';
  for (const url of ['/2025/05/31/new/', '/2025/05/31/old/']) {
    assert.equal(store.body(url), page, url);
    assert.deepEqual(
      store.text(url).map((b) => b.text),
      ['第一段。', '说明。 记者/甲 摄', '相关链接', '链接正文。'],
      url,
    );
  }
});
