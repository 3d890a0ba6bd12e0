// The query code on the built sample archive's search index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sampleSite } from '../helpers/site.ts';
import { ctrlFFold, storyAt, storyHolds } from '../helpers/story-text.ts';
import { loadIndex } from '../../src/search/node-index.ts';
import { runSearch } from '../../src/search/engine.ts';
import { segmentsText } from '../../src/search/excerpt.ts';
import { ArticleStore, articleRecord } from '../../src/site/article-store.ts';
import { buildArchive } from '../../src/site/archive.ts';
import { sampleArticles } from '../helpers/gold.ts';

const site = sampleSite();
const { index: pf } = await loadIndex(site.dir);
const all = { limit: 1000 };

/** Ctrl+F over each story as its article file shows it (story-text.ts): the articles holding every term. */
const index = JSON.parse(readFileSync(`${site.dir}/data/index.json`, 'utf8')) as { editions: Array<{ data: string }> };
const articles = index.editions.flatMap((e) => {
  const data = JSON.parse(readFileSync(`${site.dir}${new URL(e.data).pathname}`, 'utf8')) as { pages: Array<{ articles: Array<{ url: string }> }> };
  return data.pages.flatMap((p) => p.articles.map((a) => storyAt(join(dirname(site.dir), 'articles'), new URL(a.url).pathname)));
});
const ctrlF = (...terms: string[]) =>
  articles
    .filter((a) => terms.every((t) => storyHolds(a, t)))
    .map((a) => a.url)
    .sort();
const urls = async (q: string, options = {}) => (await runSearch(pf, q, { ...all, ...options })).hits.map((h) => h.url).sort();

test('names, places, organisations and words find exactly what Ctrl+F finds', async () => {
  for (const q of ['何春林', '芦淞区', '景弘中学', '大学生创业', 'K7舞社', 'SYB', '2025年', '株洲', '就业', '的', '洲', '，芦淞区']) {
    assert.deepEqual(await urls(q), ctrlF(q), q);
  }
  assert.ok(ctrlF('景弘中学').length === 1 && ctrlF('的').length === sampleArticles().length);
});

test('several words: articles holding all of them', async () => {
  assert.deepEqual(await urls('芦淞区 家庭医生'), ctrlF('芦淞区', '家庭医生'));
  assert.equal(ctrlF('芦淞区', '家庭医生').length, 1);
  assert.deepEqual(await urls('"叶云程 程海亮"'), ctrlF('叶云程 程海亮'));
});

test('filters narrow a search and work without a query', async () => {
  assert.deepEqual(
    await urls('就业', { filters: { section: '职教·观察' } }),
    ctrlF('就业').filter((u) => sectionOf(u) === '职教·观察'),
  );
  const browse = await runSearch(pf, '', { ...all, filters: { section: '就业·创业' } });
  assert.equal(browse.total, sampleArticles().filter((a) => a.section === '就业·创业').length);
  const byYear = await runSearch(pf, '', { ...all, filters: { year: '2026' } });
  assert.equal(byYear.total, sampleArticles().filter((a) => a.year === '2026').length);
  const byReporter = await runSearch(pf, '', { ...all, filters: { reporter: '何春林' } });
  assert.equal(byReporter.total, sampleArticles().filter((a) => a.reporters.includes('何春林')).length);
  assert.equal((await runSearch(pf, '', { ...all, filters: { section: '版面未注明' } })).total, sampleArticles().filter((a) => !a.section).length);
});
const sectionOf = (path: string) => {
  const page = readFileSync(`${site.dir}${path}index.html`, 'utf8');
  return /property="article:section" content="([^"]+)"/u.exec(page)?.[1] ?? '版面未注明';
};

test('results sort by date either way', async () => {
  const newest = (await runSearch(pf, '株洲', { ...all, sort: 'newest' })).hits.map((h) => h.date);
  assert.deepEqual(newest, [...newest].sort().reverse());
  const oldest = (await runSearch(pf, '株洲', { ...all, sort: 'oldest' })).hits.map((h) => h.date);
  assert.deepEqual(oldest, [...oldest].sort());
});

test('a hit reads as the article: title, date, section, an excerpt with the query marked as one run', async () => {
  const { hits } = await runSearch(pf, '景弘中学', all);
  const [hit] = hits;
  assert.equal(segmentsText(hit?.title ?? []), '这场教研活动 让心理老师“抱团取暖”');
  assert.deepEqual([hit?.date, hit?.section, hit?.exact], ['2026-01-21', '职教·观察', true]);
  assert.deepEqual(
    hit?.excerpt.filter((s) => s.mark).map((s) => s.text),
    ['景弘中学'],
  );
  const story = articles.find((a) => a.url === hit?.url)?.blocks ?? [];
  assert.ok(story.some((b) => b.includes(segmentsText(hit?.excerpt ?? []).replace(/^…|…$/gu, ''))));
});

test('in a long article, sub-results point to the subheads under which the words stand', async () => {
  const { hits } = await runSearch(pf, '芦淞区', all);
  const long = hits.find((h) => h.subResults.length);
  assert.ok(long);
  assert.match(long.subResults[0]?.url ?? '', /#s2$/u);
  assert.equal(long.subResults[0]?.title, '党建引领创新模式 织密健康服务网络');
  assert.match(site.file(long.url), /<h2 id="s2">党建引领创新模式 织密健康服务网络<\/h2>/u);
});

test('only results that hold the query are returned, every one marked exact', async () => {
  for (const q of ['就业', '负责人介绍', '株洲 日报']) {
    const { hits } = await runSearch(pf, q, all);
    assert.ok(
      hits.every((h) => h.exact),
      q,
    );
  }
  assert.equal((await runSearch(pf, '负责人介绍', all)).total, ctrlF('负责人介绍').length);
});

test('titles weigh more than body text: an article with the query in its title ranks first', async () => {
  for (const q of ['芦淞区', '大学生创业', '技能']) {
    const { hits } = await runSearch(pf, q, all);
    const inTitle = hits.map((h) => ctrlFFold(segmentsText(h.title)).includes(ctrlFFold(q)));
    assert.ok(inTitle.some(Boolean) && inTitle.some((x) => !x), `${q}: a mix of title and body matches`);
    assert.deepEqual(
      inTitle,
      [...inTitle].sort((a, b) => Number(b) - Number(a)),
      `${q}: title matches first`,
    );
  }
});

test("a reporter's or correspondent's name finds every story that prints it, in a byline too, the byline shown marked", async () => {
  const store = new ArticleStore(join(dirname(site.dir), 'articles'));
  const bylined = (name: string) =>
    store.data
      .filter((d) => (d.bylines as string[]).some((b) => b.includes(name)))
      .map((d) => d.url)
      .sort();
  for (const q of ['李逸峰', '通讯员', '何春林', '黄艺翔']) {
    assert.deepEqual(await urls(q), ctrlF(q), q);
    assert.ok(bylined(q).length > 0 && bylined(q).every((u) => ctrlF(q).includes(u)), `${q}: every story whose byline prints it`);
  }
  // 李逸峰 stands in two bylines and no caption: a byline is the only place to find him.
  assert.deepEqual(await urls('李逸峰'), bylined('李逸峰'));
  const hit = (await runSearch(pf, '李逸峰', all)).hits[0];
  assert.match(segmentsText(hit?.excerpt ?? []), /全媒体记者\/李逸峰/u);
  assert.deepEqual(
    hit?.excerpt.filter((s) => s.mark).map((s) => s.text),
    ['李逸峰'],
  );
});

test("a query that is exactly a person's or a section's name gets their page, as the archive made it, with its count", async () => {
  const store = new ArticleStore(join(dirname(site.dir), 'articles'));
  const archive = buildArchive(store.data.map(articleRecord));
  const person = archive.reporters.find((r) => r.name === '何春林');
  const section = archive.sections.find((s) => s.name === '职教·观察');
  assert.deepEqual((await runSearch(pf, '何春林', all)).pages, [{ name: '何春林', role: 'reporter', url: person?.url, count: store.data.filter((d) => (d.reporters as string[]).includes('何春林')).length }]);
  assert.deepEqual(
    (await runSearch(pf, '黄智鸿', all)).pages.map((p) => p.role),
    ['photographer'],
  );
  const sectionPage = [{ name: '职教·观察', role: 'section', url: section?.url, count: store.data.filter((d) => d.section === '职教·观察').length }];
  assert.deepEqual((await runSearch(pf, '职教·观察', all)).pages, sectionPage);
  assert.deepEqual((await runSearch(pf, '職教·觀察', all)).pages, sectionPage, 'in traditional characters too');
  for (const q of ['记者 何春林', '何春', '株洲', '何春林何春林']) assert.deepEqual((await runSearch(pf, q, all)).pages, [], q);
});

test("a query in traditional characters finds what the same query in simplified characters finds, marked on the story's own characters", async () => {
  for (const [traditional, simplified] of [
    ['株洲日報', '株洲日报'],
    ['蘆淞區', '芦淞区'],
    ['職業教育', '职业教育'],
    ['家庭醫生 蘆淞區', '家庭医生 芦淞区'],
  ] as const) {
    const found = await runSearch(pf, traditional, all);
    assert.ok(found.total > 0, traditional);
    assert.deepEqual(found.hits.map((h) => h.url).sort(), await urls(simplified), traditional);
    assert.deepEqual(found.hits.map((h) => h.url).sort(), ctrlF(...traditional.split(' ')), traditional);
    // The marks are the story's characters (an excerpt may cut the last one short).
    assert.ok(
      found.hits.every((h) => h.exact && h.excerpt.filter((s) => s.mark).every((s) => simplified.split(' ').some((t) => t.startsWith(s.text)))),
      traditional,
    );
  }
});
