import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isQaParagraph, readBoxLabel } from '../../../src/ingest/rules/box-label.ts';

test('readBoxLabel reads a label standing alone on its line, bracketed or bare, as its kind', () => {
  assert.deepEqual(readBoxLabel('记者手记'), { box: 'notebook', label: '记者手记', text: '' });
  assert.deepEqual(readBoxLabel('【核心提示】'), { box: 'key-points', label: '【核心提示】', text: '' });
  assert.deepEqual(readBoxLabel('相关链接'), { box: 'related', label: '相关链接', text: '' });
  assert.deepEqual(readBoxLabel('延伸阅读'), { box: 'related', label: '延伸阅读', text: '' });
  assert.deepEqual(readBoxLabel('编者按'), { box: 'editors-note', label: '编者按', text: '' });
  assert.deepEqual(readBoxLabel('编后'), { box: 'editors-note', label: '编后', text: '' });
});

test('readBoxLabel names a data box after what it counts', () => {
  assert.deepEqual(readBoxLabel('数说炎陵黄桃'), { box: 'data', label: '数说炎陵黄桃', text: '' });
  assert.deepEqual(readBoxLabel('数说'), { box: 'data', label: '数说', text: '' });
  assert.equal(readBoxLabel('数说618.4亿元'), null, "a figure after the word is the box's first line, not its name");
  assert.deepEqual(readBoxLabel('一组数据')?.box, 'data');
  assert.equal(readBoxLabel('■ 数字化补短板'), null, 'a marked subhead that opens with 数字 is no data box');
  assert.equal(readBoxLabel('数据赋能产业升级'), null);
});

test("readBoxLabel takes the box's words after a bracketed label or a colon", () => {
  assert.deepEqual(readBoxLabel('【核心提示】今年前5个月,全市工业增长7.9%。'), { box: 'key-points', label: '【核心提示】', text: '今年前5个月,全市工业增长7.9%。' });
  assert.deepEqual(readBoxLabel('编者按:湘江是株洲的母亲河。'), { box: 'editors-note', label: '编者按', text: '湘江是株洲的母亲河。' });
  assert.deepEqual(readBoxLabel('编者按：湘江是株洲的母亲河。'), { box: 'editors-note', label: '编者按', text: '湘江是株洲的母亲河。' });
});

test("readBoxLabel leaves a label's word run on into a sentence, other brackets and a byline alone", () => {
  assert.equal(readBoxLabel('链接服务企业和群众。'), null);
  assert.equal(readBoxLabel('编后语言简洁'), null);
  assert.equal(readBoxLabel('相关链接 截至今年5月底'), null, 'no colon or bracket sets the label apart from the words');
  assert.equal(readBoxLabel('【走基层】'), null, "a column's name in brackets is no box");
  assert.equal(readBoxLabel('记者 手记'), null);
  assert.equal(readBoxLabel('株洲日报全媒体记者/莫然'), null);
});

test('isQaParagraph reads a question or an answer by its opening mark', () => {
  assert.equal(isQaParagraph('问:哪些人需要办理异地就医备案?'), true);
  assert.equal(isQaParagraph('答：长期在外地居住的参保人。'), true);
  assert.equal(isQaParagraph('问题是,备案后多久生效?'), false);
  assert.equal(isQaParagraph('答应了村民的事,就要办好。'), false);
});

test('readBoxLabel reads a letter-spaced or marked label alone on its line, and keeps it as printed', () => {
  assert.deepEqual(readBoxLabel('相 关 链 接'), { box: 'related', label: '相 关 链 接', text: '' });
  assert.deepEqual(readBoxLabel('■记者手记'), { box: 'notebook', label: '■记者手记', text: '' });
  assert.deepEqual(readBoxLabel('◆ 延伸阅读'), { box: 'related', label: '◆ 延伸阅读', text: '' });
  assert.deepEqual(readBoxLabel('● 编者按:即日起,本报推出系列报道。'), { box: 'editors-note', label: '● 编者按', text: '即日起,本报推出系列报道。' });
  assert.equal(readBoxLabel('■ 做好服务'), null, 'a marked subhead is no box');
  assert.equal(readBoxLabel('唐 庆 李 四'), null, 'padded names are no label');
});
