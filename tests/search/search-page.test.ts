// The search page in Chromium: a reader types queries, filters, reloads a search URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root, sampleSite } from '../helpers/site.ts';
import { storyHolds, storyText } from '../helpers/story-text.ts';
import { ArticleStore, articleRecord } from '../../src/site/article-store.ts';
import { buildArchive } from '../../src/site/archive.ts';
import { browseSite } from '../helpers/browser.ts';
import { loadIndex } from '../../src/search/node-index.ts';
import { runSearch, type SearchOptions } from '../../src/search/engine.ts';

const site = sampleSite();
const session = browseSite(() => site.dir);
const errors: string[] = [];

async function openSearch(): Promise<Page> {
  const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return page;
}
const settled = (page: Page) => page.waitForFunction(() => {
  const s = document.querySelector('#search-status')?.textContent ?? '';
  return s && !s.includes('正在') && !s.includes('需要');
});
const shown = (page: Page) => page.$$eval('#search-results > li', (items) => items.map((li) => ({
  url: new URL((li.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
  marks: [...li.querySelectorAll(':scope > .excerpt mark')].map((m) => m.textContent),
  meta: li.querySelector('.story-meta')?.textContent ?? '',
})));
const expected = async (q: string, options: SearchOptions = {}) => {
  const { index } = await loadIndex(site.dir);
  return (await runSearch(index, q, { ...options, limit: 10 })).hits.map((h) => h.url);
};

async function typeQuery(page: Page, q: string) {
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(q);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => new URL(u).searchParams.get('q') === q);
  await settled(page);
}

test('a name, a place, a two-character word and a single character find what the engine finds, the query marked as one run', async () => {
  const page = await openSearch();
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  for (const q of ['何春林', '芦淞区', '就业', '洲']) {
    await typeQuery(page, q);
    const results = await shown(page);
    assert.deepEqual(results.map((r) => r.url), await expected(q), q);
    assert.ok(results.length > 0, q);
    for (const r of results) assert.ok(r.marks.every((m) => m === q), `${q}: marked ${JSON.stringify(r.marks)}`);
    assert.match(await page.locator('#search-status').textContent() ?? '', /共找到 \d+ 篇/u);
  }
  await page.close();
});

test('a query with a section filter; the search URL reloads into the same results', async () => {
  const page = await openSearch();
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  await page.locator('#search-section').selectOption('职教·观察');
  await settled(page);
  await typeQuery(page, '学生');
  const results = await shown(page);
  assert.deepEqual(results.map((r) => r.url), await expected('学生', { filters: { section: '职教·观察' } }));
  assert.ok(results.length >= 3 && results.every((r) => r.meta.includes('职教·观察')));
  const url = page.url();
  assert.match(decodeURIComponent(url), /q=学生/u);
  assert.match(decodeURIComponent(url), /section=职教·观察/u);
  await page.reload();
  await settled(page);
  assert.deepEqual((await shown(page)).map((r) => r.url), results.map((r) => r.url));
  assert.equal(await page.locator('#search-q').inputValue(), '学生');
  await page.goBack();
  await settled(page);
  assert.equal(await page.locator('#search-q').inputValue(), '');
  await page.close();
});

test('the search box in every page header leads to the results, by keyboard alone', async () => {
  const page = await openSearch();
  await page.goto(`${session.base()}/2025/05/31/`);
  await page.locator('#site-search-q').focus();
  await page.keyboard.type('景弘中学');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\/\?q=/u);
  await settled(page);
  const results = await shown(page);
  assert.equal(results.length, 1);
  assert.deepEqual(results[0]?.marks, ['景弘中学']);
  await page.close();
});

test('filters browse without a query; an empty or punctuation-only query gets a polite message', async () => {
  const page = await openSearch();
  await page.goto(`${session.base()}/search/?reporter=${encodeURIComponent('何春林')}&sort=newest`);
  await settled(page);
  const dates = await page.$$eval('#search-results time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.equal(dates.length, 7);
  assert.deepEqual(dates, [...dates].sort().reverse());
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('，。')}`);
  await settled(page);
  assert.match(await page.locator('#search-status').textContent() ?? '', /只有标点符号/u);
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  assert.match(await page.locator('#search-status').textContent() ?? '', /请输入要查找的字词/u);
  assert.deepEqual(errors, []);
  await page.close();
});

test('search works under the site\'s Content Security Policy, which the browser enforces', async () => {
  const page = await openSearch();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('芦淞区')}`);
  await settled(page);
  assert.ok((await shown(page)).length > 0);
  assert.match(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content') ?? '', /default-src 'self'/u);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
  // The policy is real: an inline script is refused.
  const refused = await page.evaluate(() => new Promise<boolean>((done) => {
    document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    setTimeout(() => done(false), 500);
  }));
  assert.equal(refused, true);
  assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan), undefined);
  await page.close();
});

/** Ctrl+F over every story of the sample, as its article file shows it. */
const stories = () => {
  const dir = join(dirname(site.dir), 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => storyText(readFileSync(join(dir, f), 'utf8')));
};
const ctrlF = (q: string) => stories().filter((s) => storyHolds(s, q)).map((s) => s.url).sort();

test('a reporter\'s name finds their bylined stories, marked in the byline, and links to their page with its count', async () => {
  const page = await openSearch();
  const seen = errors.length;
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  const archive = buildArchive(new ArticleStore(join(dirname(site.dir), 'articles')).data.map(articleRecord));
  for (const name of ['李逸峰', '何春林']) {
    await typeQuery(page, name);
    const results = await shown(page);
    assert.deepEqual(results.map((r) => r.url).sort(), ctrlF(name), name);
    assert.ok(results.every((r) => r.marks.length > 0 && r.marks.every((m) => m === name)), name);
    const person = archive.reporters.find((r) => r.name === name);
    assert.equal((await page.locator('#search-pages li').textContent())?.trim(), `记者 ${name} · ${person?.articles.length} 篇报道`);
    assert.equal(new URL(await page.locator('#search-pages a').getAttribute('href') ?? '', session.base()).pathname, encodeURI(person?.url ?? ''));
  }
  // 李逸峰 is in no caption and no body text: only his bylines hold his name.
  assert.equal(ctrlF('李逸峰').length, 2);
  await page.screenshot({ path: join(root, 'tests/output/search-reporter.png'), fullPage: true });
  await page.locator('#search-pages a').click();
  await page.waitForURL(/\/reporters\//u);
  assert.match(await page.locator('h1').textContent() ?? '', /何春林/u);
  await page.goBack();
  await settled(page);
  await typeQuery(page, '就业');
  assert.equal(await page.locator('#search-pages').isHidden(), true, 'a word that names no one shows no page');
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

test('a query in traditional characters finds the stories in simplified ones, their own characters marked; only it fetches the table', async () => {
  const page = await openSearch();
  const seen = errors.length;
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const table = () => fetched.filter((p) => /\/assets\/search-traditional-[\w-]+\.js$/u.test(p));
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('芦淞区')}`);
  await settled(page);
  const simplified = await shown(page);
  assert.ok(simplified.length > 0);
  assert.deepEqual(table(), [], 'a simplified query that finds stories in simplified characters needs no table');
  await typeQuery(page, '蘆淞區');
  const results = await shown(page);
  assert.deepEqual(results.map((r) => r.url), simplified.map((r) => r.url));
  assert.deepEqual(results.map((r) => r.url).sort(), ctrlF('蘆淞區'));
  assert.ok(results.every((r) => r.marks.length > 0 && r.marks.every((m) => m === '芦淞区')), JSON.stringify(results.map((r) => r.marks)));
  assert.equal(table().length, 1);
  await page.screenshot({ path: join(root, 'tests/output/search-traditional.png'), fullPage: true });
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});
