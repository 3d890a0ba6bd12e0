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
import matter from 'gray-matter';
import { sampleArticles } from '../helpers/gold.ts';

const site = sampleSite();
const session = browseSite(() => site.dir);
const errors: string[] = [];

async function openSearch(): Promise<Page> {
  const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return page;
}
// The results, then the counts, which the page fetches once the results are shown.
const settled = (page: Page) =>
  page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return s && !s.includes('正在') && !s.includes('需要') && document.querySelector('#search-timeline')?.getAttribute('aria-busy') !== 'true';
  });
const shown = (page: Page) =>
  page.$$eval('#search-results > li', (items) =>
    items.map((li) => ({
      url: new URL((li.querySelector('h2 a') as HTMLAnchorElement).href).pathname,
      marks: [...li.querySelectorAll(':scope > .excerpt mark')].map((m) => m.textContent),
      meta: li.querySelector('.story-meta')?.textContent ?? '',
    })),
  );
/** Ctrl+F over every story of the sample, as its article file shows it: the truth the page is checked against, never the engine. */
const stories = () => {
  const dir = join(dirname(site.dir), 'articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      return { ...storyText(source), section: (matter(source).data as { section: string | null }).section };
    });
};
const ctrlF = (q: string, section?: string) =>
  stories()
    .filter((s) => storyHolds(s, q) && (section === undefined || s.section === section))
    .map((s) => s.url)
    .sort();
/** The search page shows ten results a page (src/search/ui.ts). */
const PAGE_SIZE = 10;
/** What the page must show for a query: its first page of the Ctrl+F matches, and their count. */
async function assertShowsCtrlF(page: Page, q: string, section?: string) {
  const truth = ctrlF(q, section);
  const results = await shown(page);
  assert.ok(truth.length > 0, `${q} is in the sample`);
  assert.equal(results.length, Math.min(truth.length, PAGE_SIZE), q);
  assert.ok(
    results.every((r) => truth.includes(r.url)),
    `${q}: every result holds it`,
  );
  assert.match((await page.locator('#search-status').textContent()) ?? '', new RegExp(`共找到 ${truth.length} 篇`, 'u'), q);
  return results;
}

async function typeQuery(page: Page, q: string) {
  await page.locator('#search-q').fill('');
  await page.locator('#search-q').pressSequentially(q);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => new URL(u).searchParams.get('q') === q);
  await settled(page);
}

test('a name, a place, a two-character word and a single character find what Ctrl+F finds, the query marked as one run', async () => {
  const page = await openSearch();
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  for (const q of ['何春林', '芦淞区', '就业', '洲']) {
    await typeQuery(page, q);
    const results = await assertShowsCtrlF(page, q);
    for (const r of results)
      assert.ok(
        r.marks.every((m) => m === q),
        `${q}: marked ${JSON.stringify(r.marks)}`,
      );
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
  const results = await assertShowsCtrlF(page, '学生', '职教·观察');
  assert.ok(results.every((r) => r.meta.includes('职教·观察')));
  const url = page.url();
  assert.match(decodeURIComponent(url), /q=学生/u);
  assert.match(decodeURIComponent(url), /section=职教·观察/u);
  await page.reload();
  await settled(page);
  assert.deepEqual(
    (await shown(page)).map((r) => r.url),
    results.map((r) => r.url),
  );
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
  assert.equal(dates.length, sampleArticles().filter((a) => a.reporters.includes('何春林')).length);
  assert.deepEqual(dates, [...dates].sort().reverse());
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('，。')}`);
  await settled(page);
  assert.match((await page.locator('#search-status').textContent()) ?? '', /只有标点符号/u);
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  assert.match((await page.locator('#search-status').textContent()) ?? '', /请输入要查找的字词/u);
  assert.deepEqual(errors, []);
  await page.close();
});

test("search works under the site's Content Security Policy, which the browser enforces", async () => {
  const page = await openSearch();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('芦淞区')}`);
  await settled(page);
  assert.ok((await shown(page)).length > 0);
  // The timeline's bars are drawn, each its height set through the CSSOM.
  assert.ok((await page.locator('#search-timeline-bars .bar').count()) > 1);
  assert.match((await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '', /default-src 'self'/u);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), []);
  // The policy is real: an inline script is refused.
  const refused = await page.evaluate(
    () =>
      new Promise<boolean>((done) => {
        document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.inlineRan = true';
        document.body.append(s);
        setTimeout(() => done(false), 500);
      }),
  );
  assert.equal(refused, true);
  assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan), undefined);
  await page.close();
});

test("a reporter's name finds their bylined stories, marked in the byline, and links to their page with its count", async () => {
  const page = await openSearch();
  const seen = errors.length;
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  const archive = buildArchive(new ArticleStore(join(dirname(site.dir), 'articles')).data.map(articleRecord));
  for (const name of ['李逸峰', '何春林']) {
    await typeQuery(page, name);
    const results = await shown(page);
    assert.deepEqual(results.map((r) => r.url).sort(), ctrlF(name), name);
    assert.ok(
      results.every((r) => r.marks.length > 0 && r.marks.every((m) => m === name)),
      name,
    );
    const person = archive.reporters.find((r) => r.name === name);
    assert.equal((await page.locator('#search-pages li').textContent())?.trim(), `记者 ${name} · ${person?.articles.length} 篇报道`);
    assert.equal(new URL((await page.locator('#search-pages a').getAttribute('href')) ?? '', session.base()).pathname, encodeURI(person?.url ?? ''));
  }
  // 李逸峰 is in no caption and no body text: only his bylines hold his name.
  assert.equal(ctrlF('李逸峰').length, 2);
  await page.screenshot({ path: join(root, 'tests/output/search-reporter.png'), fullPage: true });
  await page.locator('#search-pages a').click();
  await page.waitForURL(/\/reporters\//u);
  assert.match((await page.locator('h1').textContent()) ?? '', /何春林/u);
  await page.goBack();
  await settled(page);
  await typeQuery(page, '就业');
  assert.equal(await page.locator('#search-pages').isHidden(), true, 'a word that names no one shows no page');
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

test('a query in traditional characters finds the stories in simplified ones, their own characters marked; only it fetches the table, a query that finds nothing does not', async () => {
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
  // Nor one that finds nothing: it holds no character the table changes, and the script knows them all.
  await typeQuery(page, '火星基地');
  assert.match((await page.locator('#search-status').textContent()) ?? '', /没有找到/u);
  assert.deepEqual(table(), [], 'a simplified query that finds nothing needs no table');
  await typeQuery(page, '蘆淞區');
  const results = await shown(page);
  assert.deepEqual(
    results.map((r) => r.url),
    simplified.map((r) => r.url),
  );
  assert.deepEqual(results.map((r) => r.url).sort(), ctrlF('蘆淞區'));
  assert.ok(
    results.every((r) => r.marks.length > 0 && r.marks.every((m) => m === '芦淞区')),
    JSON.stringify(results.map((r) => r.marks)),
  );
  assert.equal(table().length, 1);
  await page.screenshot({ path: join(root, 'tests/output/search-traditional.png'), fullPage: true });
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

/** Every story of the sample with what its article file says of it: its URL, edition date, section and people. */
const catalogue = () =>
  new ArticleStore(join(dirname(site.dir), 'articles')).data.map((d) => ({
    url: d.url as string,
    date: d.date as string,
    section: (d.section as string | null) ?? '版面未注明',
    people: [...new Set([...(d.reporters as string[]), ...(d.correspondents as string[]), ...(d.photographers as string[])])],
  }));
/** The stories holding the query (Ctrl+F over the article file), with what the catalogue says of each. */
const matching = (q: string) => {
  const found = new Set(ctrlF(q));
  return catalogue().filter((s) => found.has(s.url));
};
const countBy = (labels: string[]) =>
  labels.reduce<Record<string, number>>((n, l) => {
    n[l] = (n[l] ?? 0) + 1;
    return n;
  }, {});
const bars = (page: Page) => page.$$eval('#search-timeline-bars button', (bs) => bs.map((b) => [b.querySelector('.label')?.textContent, b.querySelector('.count')?.textContent]));
const totalShown = async (page: Page) => Number(/共找到 (\d+) 篇/u.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
async function allShown(page: Page) {
  while (await page.locator('#search-more').isVisible()) {
    const before = (await shown(page)).length;
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return shown(page);
}

test('the timeline counts the matches of each year, then of each month of the year chosen; a bar narrows the results to it', async () => {
  const page = await openSearch();
  const seen = errors.length;
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('就业')}`);
  await settled(page);
  const found = matching('就业');
  const years = [...new Set(catalogue().map((s) => s.date.slice(0, 4)))].sort();
  const perYear = countBy(found.map((s) => s.date.slice(0, 4)));
  assert.deepEqual(
    await bars(page),
    years.map((y) => [`${y}年`, `${perYear[y] ?? 0}篇`]),
  );
  assert.ok(Object.keys(perYear).length >= 2, 'the matches span years');
  await page.screenshot({ path: join(root, 'tests/output/search-timeline.png'), fullPage: true });

  // The year with the most matches: its bar narrows the search to it, and the bars become its months.
  const year = Object.entries(perYear).sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  await page.locator('#search-timeline-bars button', { hasText: `${year}年` }).click();
  await page.waitForURL((u) => new URL(u).searchParams.get('year') === year);
  await settled(page);
  assert.equal(await totalShown(page), perYear[year]);
  assert.ok((await allShown(page)).every((r) => found.some((s) => s.url === r.url && s.date.startsWith(year))));
  const months = [
    ...new Set(
      catalogue()
        .filter((s) => s.date.startsWith(year))
        .map((s) => s.date.slice(0, 7)),
    ),
  ].sort();
  const perMonth = countBy(found.map((s) => s.date.slice(0, 7)));
  assert.deepEqual(
    await bars(page),
    months.map((m) => [`${Number(m.slice(5))}月`, `${perMonth[m] ?? 0}篇`]),
  );
  assert.equal(await page.locator('#search-year').inputValue(), year);

  // A month's bar: the search narrowed to its days, the bar pressed.
  const month = months.find((m) => perMonth[m]) as string;
  await page.locator('#search-timeline-bars button', { hasText: `${Number(month.slice(5))}月` }).click();
  await page.waitForURL((u) => new URL(u).searchParams.get('from') === `${month}-01`);
  await settled(page);
  assert.match(new URL(page.url()).searchParams.get('to') ?? '', new RegExp(`^${month}-(28|29|30|31)$`, 'u'));
  assert.deepEqual(
    (await allShown(page)).map((r) => r.url).sort(),
    found
      .filter((s) => s.date.startsWith(month))
      .map((s) => s.url)
      .sort(),
  );
  assert.equal(await page.locator('#search-timeline-bars button[aria-pressed="true"] .label').textContent(), `${Number(month.slice(5))}月`);
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

test('the results are shown before the counts, which read every match: the chart says it is busy until they come', async () => {
  const page = await openSearch();
  const seen = errors.length;
  // The column files the counts read are held back until the results are on the page.
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => {
    release = done;
  });
  await page.route(/\/search-index\/.*\/f\/c\d+\.bin$/u, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('就业')}`);
  await page.waitForFunction(() => /共找到/u.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 10_000 });
  assert.equal(await totalShown(page), matching('就业').length);
  await assertShowsCtrlF(page, '就业');
  assert.equal(await page.locator('#search-timeline').getAttribute('aria-busy'), 'true');
  release();
  await settled(page);
  const perYear = countBy(matching('就业').map((s) => s.date.slice(0, 4)));
  assert.deepEqual(
    await bars(page),
    [...new Set(catalogue().map((s) => s.date.slice(0, 4)))].sort().map((y) => [`${y}年`, `${perYear[y] ?? 0}篇`]),
  );
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

test('a date range in the URL reloads into the same results, with a query and without', async () => {
  const page = await openSearch();
  const seen = errors.length;
  for (const [q, from, to, section] of [
    ['株洲', '2025-05-01', '2025-05-31', ''],
    ['', '2025-05-10', '2026-01-21', '就业·创业'],
    ['的', '2025-05-31', '2025-05-31', ''],
  ] as const) {
    const params = new URLSearchParams({ ...(q ? { q } : {}), ...(section ? { section } : {}), from, to });
    await page.goto(`${session.base()}/search/?${params}`);
    await settled(page);
    const expected = (q ? matching(q) : catalogue())
      .filter((s) => s.date >= from && s.date <= to && (!section || s.section === section))
      .map((s) => s.url)
      .sort();
    assert.ok(expected.length > 0, `${params}`);
    const results = await allShown(page);
    assert.deepEqual(results.map((r) => r.url).sort(), expected, `${params}`);
    assert.deepEqual([await page.locator('#search-from').inputValue(), await page.locator('#search-to').inputValue()], [from, to]);
    await page.reload();
    await settled(page);
    assert.deepEqual(
      (await allShown(page)).map((r) => r.url),
      results.map((r) => r.url),
      `${params} reloaded`,
    );
  }
  // A range typed into the form goes into the URL.
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('株洲')}`);
  await settled(page);
  await page.locator('#search-from').fill('2026-01-01');
  await page.waitForURL((u) => new URL(u).searchParams.get('from') === '2026-01-01');
  await settled(page);
  assert.deepEqual(
    (await allShown(page)).map((r) => r.url).sort(),
    matching('株洲')
      .filter((s) => s.date >= '2026-01-01')
      .map((s) => s.url)
      .sort(),
  );
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

test('the filter menus show how many matching stories each value has, each over the other filters', async () => {
  const page = await openSearch();
  const seen = errors.length;
  const options = (name: string) => page.$$eval(`#search-${name} option`, (os) => (os as HTMLOptionElement[]).filter((o) => o.value).map((o) => o.textContent));
  const expect = (values: string[], stories: ReturnType<typeof catalogue>, of: (s: ReturnType<typeof catalogue>[0]) => string[]) => {
    const n = countBy(stories.flatMap(of));
    return values.map((v) => `${v}（${n[v] ?? 0}）`);
  };
  await page.goto(`${session.base()}/search/`);
  await settled(page);
  const archive = catalogue();
  const value = (name: string) => page.$$eval(`#search-${name} option`, (os) => (os as HTMLOptionElement[]).filter((o) => o.value).map((o) => o.value));
  // Nothing searched: the whole archive's counts.
  assert.deepEqual(
    await options('section'),
    expect(await value('section'), archive, (s) => [s.section]),
  );
  assert.deepEqual(
    await options('reporter'),
    expect(await value('reporter'), archive, (s) => s.people),
  );
  // A query and a year: each menu counts the matches the other filters let through.
  await page.goto(`${session.base()}/search/?q=${encodeURIComponent('就业')}&year=2025`);
  await settled(page);
  const found = matching('就业');
  const in2025 = found.filter((s) => s.date.startsWith('2025'));
  assert.deepEqual(
    await options('section'),
    expect(await value('section'), in2025, (s) => [s.section]),
  );
  assert.deepEqual(
    await options('reporter'),
    expect(await value('reporter'), in2025, (s) => s.people),
  );
  assert.deepEqual(
    await options('year'),
    expect(await value('year'), found, (s) => [s.date.slice(0, 4)]),
  );
  assert.ok((await options('reporter')).some((o) => !o?.endsWith('（0）')) && (await options('reporter')).some((o) => o?.endsWith('（0）')), JSON.stringify(await options('reporter')));
  await page.screenshot({ path: join(root, 'tests/output/search-counts.png'), fullPage: true });
  assert.deepEqual(errors.slice(seen), []);
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violation on the search page with its timeline and date range (${scheme})`, async () => {
    // axe is injected as a script of the test's own: the site's CSP rightly refuses it.
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
    const violations: string[] = [];
    for (const search of [`q=${encodeURIComponent('就业')}`, `q=${encodeURIComponent('就业')}&year=2025&from=2025-05-01&to=2025-05-31`]) {
      await page.goto(`${session.base()}/search/?${search}`);
      await settled(page);
      assert.equal(await page.locator('#search-timeline').isVisible(), true);
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] } });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      });
      violations.push(...found.map((v) => `${search} ${v}`));
    }
    assert.deepEqual(violations, []);
    await page.close();
  });
}
