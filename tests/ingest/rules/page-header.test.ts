import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorOf, readPageHeader } from '../../../src/ingest/rules/page-header.ts';
import { groupLines } from '../../../src/ingest/tokenize.ts';

test('a section name with the page editor a blank line below opens a page', () => {
  const groups = groupLines('职教·观察\n\n责任编辑:蒋胜全\n\n标题');
  assert.deepEqual(readPageHeader(groups, 0), { section: '职教·观察', editor: '蒋胜全', lines: ['职教·观察', '责任编辑:蒋胜全'], size: 2 });
});

test('the section and the editor may stand on adjacent lines', () => {
  const groups = groupLines('就业·创业\n责任编辑：王建设');
  assert.deepEqual(readPageHeader(groups, 0)?.section, '就业·创业');
  assert.deepEqual(readPageHeader(groups, 0)?.editor, '王建设');
});

test('an editor line alone is a header whose section was not captured', () => {
  assert.deepEqual(readPageHeader(groupLines('责任编辑:王建设'), 0)?.section, null);
});

test('other staff on the editor line are not the page editor', () => {
  assert.equal(editorOf('责任编辑:王建设 美术编辑:李四'), '王建设');
  assert.equal(editorOf('责任编辑 王建设'), '王建设');
  assert.equal(editorOf('编辑部电话'), null);
});

test('a short line not followed by an editor is no header', () => {
  assert.equal(readPageHeader(groupLines('端午假期有暴雨\n\n株洲日报全媒体记者/王娜'), 0), null);
  assert.equal(readPageHeader(groupLines('今天,多云。\n\n责任编辑:王建设'), 0), null);
});

test('the page\'s other staff printed by the editor belong to the header', () => {
  const groups = groupLines('就业·创业\n\n责任编辑:王建设 美术编辑:李四\n校对:赵五\n\n版式:钱六\n\n标题');
  assert.deepEqual(readPageHeader(groups, 0), { section: '就业·创业', editor: '王建设', lines: ['就业·创业', '责任编辑:王建设 美术编辑:李四', '校对:赵五', '版式:钱六'], size: 3 });
});
