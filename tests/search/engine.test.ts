// The query code on the built sample archive's search index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sampleSite } from '../helpers/site.ts';
import { loadIndex } from '../../src/search/node-index.ts';
import { runSearch } from '../../src/search/engine.ts';
import { foldText } from '../../src/search/tokens.ts';
import { segmentsText } from '../../src/search/excerpt.ts';

const site = sampleSite();
const { index: pf } = await loadIndex(site.dir);
const all = { limit: 1000 };

/** Ctrl+F over the data export: the articles whose title or a body block holds every term. */
const index = JSON.parse(readFileSync(`${site.dir}/data/index.json`, 'utf8')) as { editions: Array<{ data: string }> };
const articles = index.editions.flatMap((e) => {
  const data = JSON.parse(readFileSync(`${site.dir}${new URL(e.data).pathname}`, 'utf8')) as { pages: Array<{ section: string | null; articles: Array<{ url: string; title: string; kicker: string | null; subtitle: string | null; text: string; date: string; reporters: string[]; correspondents: string[] }> }> };
  return data.pages.flatMap((p) => p.articles.map((a) => ({ ...a, path: new URL(a.url).pathname })));
});
const ctrlF = (...terms: string[]) => articles.filter((a) => terms.every((t) => [a.title, a.kicker ?? '', a.subtitle ?? '', ...a.text.split('\n')].some((b) => foldText(b).includes(foldText(t))))).map((a) => a.path).sort();
const urls = async (q: string, options = {}) => (await runSearch(pf, q, { ...all, ...options })).hits.map((h) => h.url).sort();

test('names, places, organisations and words find exactly what Ctrl+F finds', async () => {
  for (const q of ['何春林', '芦淞区', '景弘中学', '大学生创业', 'K7舞社', 'SYB', '2025年', '株洲', '就业', '的', '洲', '，芦淞区']) {
    assert.deepEqual(await urls(q), ctrlF(q), q);
  }
  assert.ok(ctrlF('景弘中学').length === 1 && ctrlF('的').length === 27);
});

test('several words: articles holding all of them', async () => {
  assert.deepEqual(await urls('芦淞区 家庭医生'), ctrlF('芦淞区', '家庭医生'));
  assert.equal(ctrlF('芦淞区', '家庭医生').length, 1);
  assert.deepEqual(await urls('"叶云程 程海亮"'), ctrlF('叶云程 程海亮'));
});

test('filters narrow a search and work without a query', async () => {
  assert.deepEqual(await urls('就业', { filters: { section: '职教·观察' } }), ctrlF('就业').filter((u) => sectionOf(u) === '职教·观察'));
  const browse = await runSearch(pf, '', { ...all, filters: { section: '就业·创业' } });
  assert.equal(browse.total, 4);
  const byYear = await runSearch(pf, '', { ...all, filters: { year: '2026' } });
  assert.equal(byYear.total, 7);
  const byReporter = await runSearch(pf, '', { ...all, filters: { reporter: '何春林' } });
  assert.equal(byReporter.total, 7);
  assert.equal((await runSearch(pf, '', { ...all, filters: { section: '版面未注明' } })).total, 13);
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
  assert.deepEqual(hit?.excerpt.filter((s) => s.mark).map((s) => s.text), ['景弘中学']);
  const body = articles.find((a) => a.path === hit?.url)?.text ?? '';
  assert.ok(body.includes(segmentsText(hit?.excerpt ?? []).replace(/^…|…$/gu, '')));
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
    assert.ok(hits.every((h) => h.exact), q);
  }
  assert.equal((await runSearch(pf, '负责人介绍', all)).total, ctrlF('负责人介绍').length);
});

test('titles weigh more than body text: an article with the query in its title ranks first', async () => {
  for (const q of ['芦淞区', '大学生创业', '技能']) {
    const { hits } = await runSearch(pf, q, all);
    const inTitle = hits.map((h) => foldText(segmentsText(h.title)).includes(foldText(q)));
    assert.ok(inTitle.some(Boolean) && inTitle.some((x) => !x), `${q}: a mix of title and body matches`);
    assert.deepEqual(inTitle, [...inTitle].sort((a, b) => Number(b) - Number(a)), `${q}: title matches first`);
  }
});
