import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainText, storyLead, summary } from '../../src/site/text.ts';
import { editionDate, editionTimestamp, isoDay, monthLabel } from '../../src/site/dates.ts';

test("an article's HTML becomes one line a block", () => {
  const html = '<p>第一段&amp;。</p><h2>小标题</h2><figure><figcaption>说明。<span data-credit>记者/甲 摄</span></figcaption></figure><table><tbody><tr><td>今天</td><td>多云</td></tr></tbody></table>';
  assert.equal(plainText(html), '第一段&。\n小标题\n说明。记者/甲 摄\n今天 多云');
});

test("an article page's lead is the first paragraph of its body, not of its header", () => {
  assert.equal(storyLead('<header><p class="kicker">引题</p></header><div class="story-body"><figure><figcaption>图</figcaption></figure><p>正文&lt;一</p><p>二</p></div>'), '正文<一');
});

test('a summary ends at a sentence end near its limit, or with an ellipsis', () => {
  assert.equal(summary('短句。'), '短句。');
  assert.equal(summary(`${'字'.repeat(70)}。${'后'.repeat(80)}`), `${'字'.repeat(70)}。`);
  assert.equal(summary('字'.repeat(130)), `${'字'.repeat(120)}…`);
});

test('dates read as the paper prints them, in its time zone', () => {
  assert.equal(editionDate('2025-05-31'), '2025年5月31日 星期六');
  assert.equal(editionDate(new Date('2025-05-31T00:00:00Z')), '2025年5月31日 星期六', 'Eleventy parses a front-matter date as UTC midnight');
  assert.equal(isoDay(new Date('2025-05-31T00:00:00Z')), '2025-05-31');
  assert.equal(monthLabel({ year: 2025, month: 5 }), '2025年5月');
  assert.equal(editionTimestamp('2025-05-31'), '2025-05-31T00:00:00+08:00');
});
