import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credit } from '../../../src/ingest/rules/credit.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const byline = (text: string, name: string, line: number) => ({ kind: 'credit' as const, text, credits: [{ role: 'reporter' as const, name }], photo: false, startLine: line, endLine: line });

test('credit gives a story without text its byline, and keeps one after the text as a closing credit', () => {
  const state = tokenState('', [byline('记者/何春林', '何春林', 2), byline('文/胡丽', '胡丽', 4)]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(credit(state), true);
  assert.deepEqual([state.current?.bylines, state.current?.reporters, state.current?.hasHeadByline], [['记者/何春林'], ['何春林'], true]);
  state.addBlock({ type: 'paragraph', text: '正文。', startLine: 3, endLine: 3 });
  assert.equal(credit(state), true);
  assert.deepEqual(state.current?.closingCredits, [{ text: '文/胡丽', credits: [{ role: 'reporter', name: '胡丽' }], photo: false, startLine: 4, endLine: 4 }]);
  assert.deepEqual([state.current?.reporters, state.current?.source.endLine], [['何春林'], 4]);
});

test('credit with no story open starts one without a headline and reports it', () => {
  const state = tokenState('\n记者/何春林', [byline('记者/何春林', '何春林', 2)]);
  withStory(state);
  state.current = null;
  assert.equal(credit(state), true);
  assert.deepEqual([state.drafts.length, state.drafts.at(-1)?.title, state.drafts.at(-1)?.reporters, state.current === state.drafts.at(-1)], [2, '', ['何春林'], true]);
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 7,
      rule: 'byline',
      severity: 'warning',
      text: 'expected a headline before the byline, found "记者/何春林"',
      expected: 'a headline before the byline',
      found: '"记者/何春林"',
    },
  ]);
});

test('credit gives a story without text the byline printed over two lines (记者 on one, 通讯员 under it): no closing credit', () => {
  const correspondents = {
    kind: 'credit' as const,
    text: '通讯员/刘芳 张一鸣',
    credits: [
      { role: 'correspondent' as const, name: '刘芳' },
      { role: 'correspondent' as const, name: '张一鸣' },
    ],
    photo: false,
    startLine: 3,
    endLine: 3,
  };
  const state = tokenState('', [byline('株洲日报全媒体记者/贺佳', '贺佳', 2), correspondents]);
  state.open(['标题'], { startLine: 1, endLine: 1 });
  assert.equal(credit(state), true);
  assert.equal(credit(state), true);
  assert.deepEqual([state.current?.bylines, state.current?.reporters, state.current?.correspondents], [['株洲日报全媒体记者/贺佳', '通讯员/刘芳 张一鸣'], ['贺佳'], ['刘芳', '张一鸣']]);
  assert.deepEqual([state.current?.closingCredits, state.current?.source.endLine], [[], 3]);
});
