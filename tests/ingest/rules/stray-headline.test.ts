import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strayHeadline } from '../../../src/ingest/rules/stray-headline.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, dateline: null, startLine: line, endLine: line });
const byline = (line: number) => ({ kind: 'credit' as const, text: '株洲日报全媒体记者/何春林', credits: [{ role: 'reporter' as const, name: '何春林' }], photo: false, startLine: line, endLine: line });

test('stray-headline opens a story at a line ending in ? that an opening byline follows, and reports it', () => {
  const state = tokenState('正文。\n\n谁来守护老人的餐桌？', [paragraph('谁来守护老人的餐桌？', 3), byline(4)]);
  withStory(state);
  assert.equal(strayHeadline(state), true);
  assert.deepEqual([state.drafts.length, state.current?.title, state.tokenPos], [2, '谁来守护老人的餐桌？', 1]);
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 11,
      rule: 'headline',
      severity: 'warning',
      text: 'expected a headline without closing punctuation, took "谁来守护老人的餐桌？" as one: a byline follows it',
      expected: 'a headline without closing punctuation',
      found: '"谁来守护老人的餐桌？", a byline after it',
    },
  ]);
});

test('stray-headline leaves a sentence, and a short line no byline follows', () => {
  assert.equal(strayHeadline(tokenState('', [paragraph('活动举行。', 1), byline(2)])), false);
  assert.equal(strayHeadline(tokenState('', [paragraph('谁来守护老人的餐桌？', 1), paragraph('正文。', 2)])), false);
});

test('stray-headline opens a story at a line ending in ? over a dash subtitle: the title and its subtitle', () => {
  const heading = (text: string, line: number) => ({ kind: 'heading' as const, text, startLine: line, endLine: line });
  const state = tokenState('', [paragraph('“家门口”养老怎么办？', 3), heading('——访市民政局相关负责人', 5), byline(7)]);
  withStory(state);
  assert.equal(strayHeadline(state), true);
  assert.deepEqual([state.current?.title, state.current?.subtitle, state.current?.source, state.tokenPos], ['“家门口”养老怎么办？', '——访市民政局相关负责人', { startLine: 3, endLine: 5 }, 2]);
  assert.match(state.messages[0]?.text ?? '', /a subtitle follows it/u);
  const plain = tokenState('', [paragraph('谁来守护老人的餐桌？', 3), heading('社区食堂开到家门口', 5)]);
  withStory(plain);
  assert.equal(strayHeadline(plain), false, 'a heading that is no dash subtitle does not make the question a title');
});

test('stray-headline opens a story at a line with a comma over a marked subhead, under a finished story; under a cut paragraph it does not', () => {
  const heading = (text: string, line: number) => ({ kind: 'heading' as const, text, startLine: line, endLine: line });
  const state = tokenState('', [paragraph('小区加装电梯,这些费用谁来出', 5), heading('● 费用分摊协商定', 7), paragraph('5月25日,居民开了协调会。', 9)]);
  withStory(state);
  assert.equal(strayHeadline(state), true);
  assert.deepEqual([state.current?.title, state.tokenPos], ['小区加装电梯,这些费用谁来出', 1], 'the marked subhead is left for the subheads rule');
  const cut = tokenState('', [paragraph('小区加装电梯,这些费用谁来出', 5), heading('● 费用分摊协商定', 7)]);
  withStory(cut, '记者了解到,今年以来');
  assert.equal(strayHeadline(cut), false);
  const signature = tokenState('', [paragraph('小区加装电梯,这些费用谁来出', 5), heading('□ 许 可', 7)]);
  withStory(signature);
  assert.equal(strayHeadline(signature), false, 'an ornamented name is a signature, no subhead');
});
