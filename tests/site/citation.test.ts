import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citationAuthors, gbt7714 } from '../../src/site/citation.ts';

const base = { title: '40个项目入驻省大学生创业项目库', subtitle: null, date: '2025-05-31', pageNumber: null, reporters: ['何春林'], correspondents: ['叶云程', '程海亮'] };

test('GB/T 7714 newspaper citation: authors, title[N], paper, date(page)', () => {
  assert.equal(gbt7714(base, '株洲日报'), '何春林, 叶云程, 程海亮. 40个项目入驻省大学生创业项目库[N]. 株洲日报, 2025-05-31.');
  assert.equal(gbt7714({ ...base, pageNumber: 'A03' }, '株洲日报'), '何春林, 叶云程, 程海亮. 40个项目入驻省大学生创业项目库[N]. 株洲日报, 2025-05-31(A03).');
});

test('more than three authors are cut to three and 等; a subtitle follows a colon; no author, no author part', () => {
  assert.match(gbt7714({ ...base, correspondents: ['甲', '乙', '丙'] }, '株洲日报'), /^何春林, 甲, 乙, 等\. /u);
  assert.match(gbt7714({ ...base, subtitle: '——2025年全景回顾' }, '株洲日报'), /项目库: 2025年全景回顾\[N\]/u);
  assert.equal(gbt7714({ ...base, reporters: [], correspondents: [] }, '株洲日报'), '40个项目入驻省大学生创业项目库[N]. 株洲日报, 2025-05-31.');
  assert.match(gbt7714(base, '株洲日报', 'https://a.org/x/'), /\[N\/OL\]\. 株洲日报, 2025-05-31\. https:\/\/a\.org\/x\/\.$/u);
});

test('an author named twice is cited once', () => {
  assert.deepEqual(citationAuthors({ ...base, correspondents: ['何春林'] }), ['何春林']);
});
