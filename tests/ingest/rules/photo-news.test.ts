import { test } from 'node:test';
import assert from 'node:assert/strict';
import { photoNews } from '../../../src/ingest/rules/photo-news.ts';
import { tokenState } from '../../helpers/page-state.ts';
import type { Credit } from '../../../src/ingest/types.ts';
import type { Draft, PageState } from '../../../src/ingest/page-state.ts';

/** A story with no byline above: its headline, its paragraphs, then one credit alone on its line. */
function story(paragraphs: string[], text: string, credits: Credit[], photo: boolean): PageState {
  const state = tokenState('', []);
  const draft = state.open(['醴陵窑火映夏夜'], { startLine: 1, endLine: 1 });
  paragraphs.forEach((p, i) => state.addBlock({ type: 'paragraph', text: p, startLine: 3 + 2 * i, endLine: 3 + 2 * i }));
  const line = 3 + 2 * paragraphs.length;
  draft.closingCredits.push({ text, credits, photo, startLine: line, endLine: line });
  return state;
}

const lead = '5月31日晚,古镇举办“窑火之夜”活动,匠人现场演示拉坯。';

test('photo-news takes its closing credit as the byline: the one who 摄影报道 is its reporter and photographer, the choice recorded', () => {
  const state = story(
    [lead],
    '本报记者 曾 凯 摄影报道',
    [
      { role: 'reporter', name: '曾凯' },
      { role: 'photographer', name: '曾凯' },
    ],
    false,
  );
  assert.equal(photoNews(state), true);
  const d = state.drafts[0] as Draft;
  assert.deepEqual([d.reporters, d.photographers, d.bylines, d.closingCredits], [['曾凯'], ['曾凯'], ['本报记者 曾 凯 摄影报道'], []]);
  assert.deepEqual(state.decisions, [
    {
      rule: 'photo-news',
      chose: 'the byline of the photo news, by the roles it gives',
      over: 'photographers only',
      evidence: 'no byline above; one short paragraph closed by a photo credit alone on its line',
      startLine: 5,
      endLine: 5,
    },
  ]);
});

test('photo-news names a reporter and a correspondent under `摄` by their roles, and as its photographers', () => {
  const state = story(
    [lead],
    '记者/欧阳晓 通讯员/陈敏 摄',
    [
      { role: 'reporter', name: '欧阳晓' },
      { role: 'correspondent', name: '陈敏' },
    ],
    true,
  );
  assert.equal(photoNews(state), true);
  const d = state.drafts[0] as Draft;
  assert.deepEqual([d.reporters, d.correspondents, d.photographers], [['欧阳晓'], ['陈敏'], ['欧阳晓', '陈敏']]);
});

test('photo-news names one credited without a role (`(黄芸/摄)`) as its photographer only, with no decision', () => {
  const state = story([lead], '(黄芸/摄)', [{ role: 'photographer', name: '黄芸' }], true);
  assert.equal(photoNews(state), true);
  const d = state.drafts[0] as Draft;
  assert.deepEqual([d.reporters, d.correspondents, d.photographers, state.decisions], [[], [], ['黄芸'], []]);
});

test('photo-news takes the caption paragraph cut in two by a column break as one paragraph', () => {
  const state = story(
    ['5月31日晚,古镇举办“窑火之夜”活动,', '匠人现场演示拉坯。'],
    '本报记者 曾 凯 摄影报道',
    [
      { role: 'reporter', name: '曾凯' },
      { role: 'photographer', name: '曾凯' },
    ],
    false,
  );
  assert.equal(photoNews(state), true);
  assert.deepEqual([state.drafts[0]?.reporters, state.drafts[0]?.closingCredits.length], [['曾凯'], 0]);
});

test("photo-news leaves a writer's closing credit, a story of two paragraphs, and a story with its byline above", () => {
  const writer = story(
    [lead],
    '文/胡丽 图/黄智鸿',
    [
      { role: 'reporter', name: '胡丽' },
      { role: 'photographer', name: '黄智鸿' },
    ],
    false,
  );
  assert.equal(photoNews(writer), false);
  assert.equal(writer.drafts[0]?.closingCredits.length, 1);
  const shot: Credit[] = [
    { role: 'reporter', name: '曾凯' },
    { role: 'photographer', name: '曾凯' },
  ];
  assert.equal(photoNews(story([lead, '活动持续到6月2日。'], '本报记者 曾 凯 摄影报道', shot, false)), false);
  const bylined = story([lead], '本报记者 曾 凯 摄影报道', shot, false);
  (bylined.drafts[0] as Draft).hasHeadByline = true;
  assert.equal(photoNews(bylined), false);
});
