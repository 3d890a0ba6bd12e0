import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../../src/ingest/rules/byline.ts';
import { isSignedAtEnd, paragraph } from '../../../src/ingest/rules/paragraph.ts';
import type { Draft } from '../../../src/ingest/page-state.ts';
import { tokenState } from '../../helpers/page-state.ts';

test('paragraph sets text in the open story, its dateline taken as the byline', () => {
  const text = '株洲日报讯(记者/李逸峰) 5月9日,活动举行。';
  const state = tokenState('', [{ kind: 'paragraph', text, dateline: parseDateline(text), startLine: 2, endLine: 2 }]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(paragraph(state), true);
  assert.deepEqual([state.current?.bylines, state.current?.reporters], [['株洲日报讯(记者/李逸峰)'], ['李逸峰']]);
  assert.deepEqual(state.current?.blocks, [{ type: 'paragraph', text: '5月9日,活动举行。', startLine: 2, endLine: 2 }]);
  assert.deepEqual(state.messages, []);
});

test('paragraph with no story open starts one without a headline and reports it', () => {
  const state = tokenState('活动举行。', [{ kind: 'paragraph', text: '活动举行。', dateline: null, startLine: 1, endLine: 1 }]);
  assert.equal(paragraph(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title], [1, '']);
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 6,
      rule: 'headline',
      severity: 'warning',
      text: 'expected a headline before this paragraph, found body text',
      expected: 'a headline before this paragraph',
      found: 'body text',
    },
  ]);
});

const para = (text: string, line: number) => ({ kind: 'paragraph' as const, text, dateline: null, startLine: line, endLine: line });

test("paragraph takes a byline after the last sentence as the story's closing credit: bracketed, after two spaces, or a bracket alone", () => {
  const state = tokenState('', [para('社区举办文艺晚会,吸引500余名居民观看。  通讯员 陈丽华', 2), para('(株洲日报全媒体记者/谭晶 通讯员/陈思远)', 4)]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(paragraph(state), true);
  assert.equal(paragraph(state), true);
  assert.deepEqual(state.current?.blocks, [{ type: 'paragraph', text: '社区举办文艺晚会,吸引500余名居民观看。', startLine: 2, endLine: 2 }]);
  assert.deepEqual(
    state.current?.closingCredits.map((c) => [c.text, c.credits.map((x) => x.name), c.startLine]),
    [
      ['通讯员 陈丽华', ['陈丽华'], 2],
      ['(株洲日报全媒体记者/谭晶 通讯员/陈思远)', ['谭晶', '陈思远'], 4],
    ],
  );
  assert.equal(isSignedAtEnd(state.current as Draft), true);
});

test('paragraph leaves a bracket of words, a byline-like tail of an unfinished sentence, and a mid-story sentence alone: the story goes on', () => {
  const state = tokenState('', [para('活动持续三天(5月29日至31日)。', 2), para('现场来了 通讯员陈丽华', 3), para('记者走访了多个社区。', 4)]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  while (paragraph(state));
  assert.deepEqual(
    state.current?.blocks.map((b) => b.text),
    ['活动持续三天(5月29日至31日)。', '现场来了 通讯员陈丽华', '记者走访了多个社区。'],
  );
  assert.deepEqual(state.current?.closingCredits, []);
  assert.equal(isSignedAtEnd(state.current as Draft), false);
});
