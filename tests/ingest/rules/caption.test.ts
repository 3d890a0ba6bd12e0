import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPhotoCredit, readCaption } from '../../../src/ingest/rules/caption.ts';
import { parseCreditLine } from '../../../src/ingest/rules/byline.ts';

test('a caption is split from the photo credit at its end', () => {
  assert.deepEqual(
    [readCaption('徐晨在工作中。通讯员 供图')?.text, readCaption('徐晨在工作中。通讯员 供图')?.credit],
    ['徐晨在工作中。', '通讯员 供图'],
  );
  assert.equal(readCaption('株洲创业导师参加“马兰花”选拔赛并获奖。资料图 记者/何春林摄')?.credit, '资料图 记者/何春林摄');
  assert.equal(readCaption('市人社局组织企业走进桂林高校招才。(资料图) 记者/何春林 摄')?.text, '市人社局组织企业走进桂林高校招才。');
  assert.equal(readCaption('舞社学员合影。通讯员供图')?.credit, '通讯员供图');
  assert.equal(readCaption('老年人在校学习手机摄影 记者/戴凛 摄')?.text, '老年人在校学习手机摄影');
});

test('a caption that points at its photo (▲) needs no credit', () => {
  assert.deepEqual(readCaption('▲去年7月,300名大学生来株洲就业游。'), { text: '▲去年7月,300名大学生来株洲就业游。', credit: null, creditLine: null });
});

test('body text is not a caption, even when it ends in a name', () => {
  assert.equal(readCaption('此次活动是芦淞区人社部门落实高校毕业生“留湘来湘”工作的举措之一。'), null);
  assert.equal(readCaption('曾胜表示要通过“共建共管”方式,共同推动改革。文/胡丽 图/黄智鸿'), null, 'a writer credit closes a story, not a photo');
  assert.equal(readCaption(`${'很长的段落'.repeat(30)}。记者/戴凛 摄`), null, 'captions are short');
});

test('only credits for a photo alone count as photo credits', () => {
  assert.ok(isPhotoCredit(parseCreditLine('记者/谭昕吾 摄')));
  assert.ok(isPhotoCredit(parseCreditLine('图/黄智鸿')));
  assert.ok(!isPhotoCredit(parseCreditLine('文/胡丽 图/黄智鸿')));
  assert.ok(!isPhotoCredit(parseCreditLine('株洲日报全媒体记者/何春林')));
});

test('captions open with the words a caption uses, or credit the photo in words', () => {
  assert.deepEqual(readCaption('图为活动现场。'), { text: '图为活动现场。', credit: null, creditLine: null });
  assert.equal(readCaption('上图:市民在夜市选购商品。')?.text, '上图:市民在夜市选购商品。');
  assert.deepEqual(readCaption('职工在共享食堂就餐。(图片由天元区总工会提供)'),
    { text: '职工在共享食堂就餐。', credit: '(图片由天元区总工会提供)', creditLine: null });
  assert.equal(readCaption('图书馆开放时间延长。'), null, '图 opens many words');
});
