import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageStart } from '../../../src/ingest/rules/page-start.ts';
import { tokenState, withStory } from '../../helpers/page-state.ts';

test('page-start opens a new page: its section and editor hold for the stories below, and no story stays open', () => {
  const state = tokenState('就业·创业\n责任编辑:王建设', [{ kind: 'header', section: '就业·创业', editor: '王建设', lines: ['就业·创业', '责任编辑:王建设'], startLine: 1, endLine: 2 }]);
  withStory(state);
  assert.equal(pageStart(state), true);
  assert.deepEqual(state.page, { section: '就业·创业', editor: '王建设', header: ['就业·创业', '责任编辑:王建设'] });
  assert.equal(state.current, null);
  assert.equal(state.tokenPos, 1);
  assert.deepEqual(state.messages, []);
});

test('page-start reports a header without a section name, with its place and end', () => {
  const state = tokenState('  责任编辑:王建设', [{ kind: 'header', section: null, editor: '王建设', lines: ['责任编辑:王建设'], startLine: 1, endLine: 1 }]);
  assert.equal(pageStart(state), true);
  assert.deepEqual(state.messages, [
    {
      file: 'page.txt',
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 11,
      rule: 'page-header',
      severity: 'warning',
      text: 'expected a section name above 责任编辑, found none',
      expected: 'a section name above 责任编辑',
      found: 'none',
    },
  ]);
});

test('page-start gives the stories of a labelled page its label, as the jump join reads it', () => {
  const state = tokenState('A03 要闻\n责任编辑:韩梅', [{ kind: 'header', section: '要闻', editor: '韩梅', page: 'A03', lines: ['A03 要闻', '责任编辑:韩梅'], startLine: 1, endLine: 2 }]);
  assert.equal(pageStart(state), true);
  assert.equal(state.page.label, 'A03');
  assert.equal(state.open(['千年瓷都“烧”出新活力'], { startLine: 4, endLine: 4 }).pageLabel, 'A3');
});

test('page-start: a page whose header prints no label gives its stories none', () => {
  const state = tokenState('要闻\n责任编辑:韩梅', [{ kind: 'header', section: '要闻', editor: '韩梅', lines: ['要闻', '责任编辑:韩梅'], startLine: 1, endLine: 2 }]);
  assert.equal(pageStart(state), true);
  assert.equal('pageLabel' in state.open(['标题'], { startLine: 4, endLine: 4 }), false);
});
