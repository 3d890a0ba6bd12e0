// A reader in a real browser: home → year → month → edition → article → reporter, at a
// phone width and a desktop width, with screenshots in tests/output/ to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { sampleSite, root } from '../helpers/site.ts';
import { browseSite } from '../helpers/browser.ts';

const output = join(root, 'tests/output');
mkdirSync(output, { recursive: true });
const session = browseSite(() => sampleSite().dir);

/** Nothing may stick out sideways: a page that scrolls horizontally is broken on a phone. */
async function assertNoSidewaysScroll(page: Page, where: string) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width, `${where}: ${scroll}px wide in a ${width}px window`);
}

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 900 }],
] as const) {
  test(`${device}: home → year → month → edition → article → reporter`, async () => {
    const page = await session.browser().newPage({ viewport, locale: 'zh-CN' });
    const step = async (name: string, path: RegExp) => {
      await page.waitForLoadState('load');
      assert.match(decodeURI(new URL(page.url()).pathname), path, name);
      await assertNoSidewaysScroll(page, `${device} ${name}`);
      await page.screenshot({ path: join(output, `${device}-${name}.png`), fullPage: true });
    };
    await page.goto(`${session.base()}/`);
    await step('1-home', /^\/$/u);
    await page.getByRole('link', { name: '2025年', exact: true }).click();
    await step('2-year', /^\/2025\/$/u);
    await page.getByRole('link', { name: '2025年5月', exact: true }).click();
    await step('3-month', /^\/2025\/05\/$/u);
    await page.getByRole('heading', { name: '2025年5月31日 星期六' }).getByRole('link').click();
    await step('4-edition', /^\/2025\/05\/31\/$/u);
    await page.getByRole('link', { name: '40个项目入驻省大学生创业项目库' }).click();
    await step('5-article', /^\/2025\/05\/31\/[0-9a-f]{12}\/$/u);

    // A comfortable measure for Chinese: about 20 characters a line on a phone, at most ~40 on a desktop.
    const measure = await page.evaluate(() => {
      const p = document.querySelector('.story-body p') as HTMLElement;
      const style = getComputedStyle(p);
      return { chars: p.clientWidth / parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize), font: style.fontFamily };
    });
    assert.ok(measure.chars >= 18 && measure.chars <= 40, `${measure.chars.toFixed(1)} characters a line`);
    assert.ok(measure.lineHeight >= 1.6, `line height ${measure.lineHeight}`);
    assert.match(measure.font, /PingFang SC|Noto Sans CJK SC/u);

    await page.locator('p.byline').getByRole('link', { name: '何春林' }).first().click();
    await step('6-reporter', /^\/reporters\/何春林\/$/u);
    assert.equal(await page.locator('h2.title').count(), 7);
    await page.close();
  });
}

test('the calendar and the skip link work from the keyboard alone', async () => {
  const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.base()}/2025/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文');
  assert.ok(await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top >= 0), 'the skip link shows when focused');
  let label = '';
  for (let i = 0; i < 40 && !label.includes('2025年5月31日'); i++) {
    await page.keyboard.press('Tab');
    label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  }
  assert.match(label, /2025年5月31日/u);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/2025\/05\/31\/$/u);
  await page.close();
});

test('dark mode follows the system, and the print style hides the navigation', async () => {
  const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await page.goto(`${session.base()}/2025/05/31/`);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(23, 23, 26)');
  await page.screenshot({ path: join(output, 'desktop-dark-edition.png') });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-search').isVisible(), false);
  await page.close();
});

const AXE = join(root, 'node_modules/axe-core/axe.min.js');
const PAGE_KINDS = ['/', '/editions/', '/2025/', '/2025/05/', '/2025/05/31/', '/sections/', '/sections/unknown/', '/reporters/', '/reporters/何春林/', '/404.html'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violation on any page kind (${scheme})`, async () => {
    // axe is injected as a script of the test's own: the site's CSP rightly refuses it.
    const page = await session.browser().newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
    const article = (await (await fetch(`${session.base()}/data/2025/05/31.json`)).json()) as { pages: Array<{ articles: Array<{ url: string }> }> };
    const violations: string[] = [];
    for (const path of [...PAGE_KINDS, new URL(article.pages[1]?.articles[0]?.url as string).pathname]) {
      await page.goto(`${session.base()}${encodeURI(path)}`);
      await page.addScriptTag({ path: AXE });
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
      violations.push(...found.map((v) => `${path} ${v}`));
    }
    assert.deepEqual(violations, []);
    await page.close();
  });
}
