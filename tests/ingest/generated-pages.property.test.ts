// Property: page dumps generated from the parts a newspaper page is made of (headline
// blocks, bylines, paragraphs broken at random points, captions dropped in at random
// places, page headers, furniture) parse back into the articles they were made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePage } from '../../src/ingest/parse-page.ts';
import { lostHan } from '../helpers/nothing-lost.ts';
import type { Article } from '../../src/ingest/types.ts';

// Characters for generated words: no particles that only continue a sentence (的, 了 …),
// none that open a byline or a caption, so every structure is the one generated.
const POOL = [...'株洲市民生就业创业工作城区产业社区建设启动中医夜市升级版科技活动周开幕绿色低碳技术目录发布入选数量全省第二零距离旁听庭审警示教育端午假期暴雨项目服务平台上线学校老师学生青年夜校开课技能荣誉成绩单攻坚']
const SURNAMES = [...'何李王张刘陈杨黄赵周吴徐孙马胡朱郭林罗谢'];
const GIVEN = [...'春林逸峰帅娜驰圆军丹雷思飞玲凛雯嘉明华伟芳'];

const han = (min: number, max: number) => fc.array(fc.constantFrom(...POOL), { minLength: min, maxLength: max }).map((a) => a.join(''));
const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 })).map(([s, g]) => s + g.join(''));
const sentence = fc.tuple(han(4, 12), han(4, 14)).map(([a, b]) => `${a}，${b}。`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
const caption = fc.tuple(han(6, 14), fc.option(name, { nil: undefined })).map(([text, by]) => ({ text: `▲${text}。`, credit: by ? `记者/${by} 摄` : null }));

const article = fc.record({
  kicker: fc.option(han(5, 12), { nil: null }),
  title: han(5, 14),
  subtitle: fc.option(han(5, 12).map((s) => `——${s}`), { nil: null }),
  reporters: fc.uniqueArray(name, { minLength: 1, maxLength: 2 }),
  correspondents: fc.uniqueArray(name, { maxLength: 2 }),
  inlineByline: fc.boolean(),
  paragraphs: fc.array(fc.record({
    text: paragraph,
    /** Break the paragraph after its first comma plus this many characters (a column break). */
    breakAt: fc.option(fc.nat({ max: 6 }), { nil: null }),
    captionInBreak: fc.option(caption, { nil: null }),
  }), { minLength: 1, maxLength: 4 }),
  captionAfter: fc.option(caption, { nil: null }),
}).filter((a) => a.reporters.every((r) => !a.correspondents.includes(r)));

const page = fc.record({
  header: fc.option(fc.tuple(han(2, 3), han(2, 3), name).map(([a, b, ed]) => ({ section: `${a}·${b}`, editor: ed })), { nil: null }),
  articles: fc.array(article, { minLength: 1, maxLength: 3 }),
  furniture: fc.boolean(),
});
const dump = fc.array(page, { minLength: 1, maxLength: 3 }).map((pages) => pages.map((p, i) => (i === 0 ? p : { ...p, header: p.header ?? { section: '要闻·综合', editor: '王建设' } })));

type Gen = { header: { section: string; editor: string } | null; articles: Array<typeof article extends fc.Arbitrary<infer T> ? T : never>; furniture: boolean };

/** Where a paragraph is broken: after its first comma plus `breakAt` characters, never right after a mark; -1 when whole. */
function cutOf(para: { text: string; breakAt: number | null }): number {
  if (para.breakAt === null) return -1;
  const cut = para.text.indexOf('，') + 1 + para.breakAt;
  return cut > 0 && cut < para.text.length - 1 && !/[。，]/u.test(para.text[cut - 1] as string) ? cut : -1;
}

function render(pages: Gen[]): string {
  const out: string[] = [''];
  const captionLines = (c: { text: string; credit: string | null }) => ['', '', c.credit ? `${c.text}${c.credit}` : c.text];
  for (const p of pages) {
    if (p.header) out.push(p.header.section, '', `责任编辑:${p.header.editor}`, '');
    for (const a of p.articles) {
      out.push(...[a.kicker, a.title, a.subtitle].filter((l): l is string => !!l).flatMap((l) => [l, '']));
      const credits = `全媒体记者/${a.reporters.join(' ')}${a.correspondents.length ? ` 通讯员/${a.correspondents.join(' ')}` : ''}`;
      if (!a.inlineByline) {
        out.push(`株洲日报全媒体记者/${a.reporters.join(' ')}`);
        if (a.correspondents.length) out.push(`通讯员/${a.correspondents.join(' ')}`);
        out.push('');
      }
      a.paragraphs.forEach((para, i) => {
        const lead = i === 0 && a.inlineByline ? `株洲日报(${credits}) ` : '';
        const cut = cutOf(para);
        if (cut > 0) {
          out.push(lead + para.text.slice(0, cut), '');
          if (para.captionInBreak) out.push(...captionLines(para.captionInBreak), '');
          out.push(para.text.slice(cut), '');
        } else {
          out.push(lead + para.text, '');
        }
      });
      if (a.captionAfter) out.push(...captionLines(a.captionAfter), '');
    }
    if (p.furniture) out.push('广告', '接待', '热线', '', '28835396', '');
  }
  return out.join('\n');
}

test('generated pages parse back into the articles they were made from', () => {
  fc.assert(fc.property(dump, (pages) => {
    const text = render(pages);
    const { articles } = parsePage(text, 'generated.txt');
    const expected = pages.flatMap((p) => p.articles.map((a) => ({ a, section: p.header?.section ?? null })));
    assert.equal(articles.length, expected.length, text);
    expected.forEach(({ a, section }, i) => {
      const got = articles[i] as Article | undefined;
      assert.deepEqual([got?.kicker, got?.title, got?.subtitle], [a.kicker, a.title, a.subtitle], text);
      assert.deepEqual([got?.reporters, got?.correspondents], [a.reporters, a.correspondents], text);
      assert.equal(got?.section, section);
      assert.deepEqual(got?.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text), a.paragraphs.map((p) => p.text), text);
      const captions = [...a.paragraphs.flatMap((p) => (cutOf(p) > 0 && p.captionInBreak ? [p.captionInBreak] : [])), ...(a.captionAfter ? [a.captionAfter] : [])];
      assert.deepEqual(got?.blocks.filter((b) => b.type === 'caption').map((b) => b.text).sort(), captions.map((c) => c.text).sort(), text);
    });
    const lost = [...lostHan(text, articles as Article[]).keys()].join('');
    assert.ok([...lost].every((ch) => '广告接待热线'.includes(ch)), `lost ${lost}`);
  }), { numRuns: 300, seed: 20250531 });
});
