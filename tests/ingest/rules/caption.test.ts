import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isGapCaption, isPhotoCredit, readCaption, readNumberedCaption } from '../../../src/ingest/rules/caption.ts';
import { parseCreditLine } from '../../../src/ingest/rules/byline.ts';

test('a caption is split from the photo credit at its end', () => {
  assert.deepEqual([readCaption('徐晨在工作中。通讯员 供图')?.text, readCaption('徐晨在工作中。通讯员 供图')?.credit], ['徐晨在工作中。', '通讯员 供图']);
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
  assert.deepEqual(readCaption('职工在共享食堂就餐。(图片由天元区总工会提供)'), { text: '职工在共享食堂就餐。', credit: '(图片由天元区总工会提供)', creditLine: null });
  assert.equal(readCaption('图书馆开放时间延长。'), null, '图 opens many words');
});

const split = (line: string) => {
  const c = readCaption(line);
  return c && [c.text, c.credit];
};

test('every pointer mark points at a photo: ▲ ◀ ▶ ▼ △ ▽', () => {
  for (const mark of ['▲', '◀', '▶', '▼', '△', '▽']) {
    assert.deepEqual(split(`${mark}市民在神农公园晨练。`), [`${mark}市民在神农公园晨练。`, null], mark);
  }
  assert.deepEqual(split('▶孩子们在做游戏。记者/张三 摄'), ['▶孩子们在做游戏。', '记者/张三 摄']);
});

test('a caption naming its photo by number: 图①, 图1:', () => {
  assert.deepEqual(split('图①市民在神农公园晨练。'), ['图①市民在神农公园晨练。', null]);
  assert.deepEqual(split('图1:市民在神农公园晨练。'), ['图1:市民在神农公园晨练。', null]);
  assert.deepEqual(split('图2：孩子们在做游戏'), ['图2：孩子们在做游戏', null]);
});

test("every inline credit at a caption's end is split from it", () => {
  assert.deepEqual(split('市民在神农公园晨练(张三/摄)'), ['市民在神农公园晨练', '(张三/摄)']);
  assert.deepEqual(split('市民在神农公园晨练。（张三/摄）'), ['市民在神农公园晨练。', '（张三/摄）']);
  assert.deepEqual(split('市民在神农公园晨练 张三摄'), ['市民在神农公园晨练', '张三摄']);
  assert.deepEqual(split('市民在神农公园晨练。张三摄'), ['市民在神农公园晨练。', '张三摄']);
  assert.deepEqual(split('市民在神农公园晨练 记者/张三 摄'), ['市民在神农公园晨练', '记者/张三 摄']);
  assert.deepEqual(split('老照片里的株洲火车站。(供图 株洲市档案馆 张三 翻拍)'), ['老照片里的株洲火车站。', '(供图 株洲市档案馆 张三 翻拍)']);
  assert.deepEqual(readCaption('老照片里的株洲火车站。(供图 株洲市档案馆 张三 翻拍)')?.creditLine?.credits, [{ role: 'photographer', name: '张三' }]);
});

test('a bracket inside body text is no credit', () => {
  assert.equal(readCaption('《措施》(以下简称《措施》)提出,设立奖励资金。'), null);
  assert.equal(readCaption('该校(株洲市第二中学)今年扩招。'), null);
});

test("a photo essay's numbered captions keep their number; numbered subheads and paragraphs are no captions", () => {
  assert.deepEqual(readNumberedCaption('1、市民在神农公园晨练。'), { text: '1、市民在神农公园晨练。', credit: null, creditLine: null, number: '1、' });
  assert.deepEqual(readNumberedCaption('2.孩子们在做游戏 记者/张三 摄')?.text, '2.孩子们在做游戏');
  assert.deepEqual(readNumberedCaption('2.孩子们在做游戏 记者/张三 摄')?.credit, '记者/张三 摄');
  assert.equal(readNumberedCaption('③老人在下棋。')?.number, '③');
  // A date right after the number: a digit after `、` is the caption's, not a decimal.
  assert.equal(readNumberedCaption('1、6月1日,农民在稻田里补插秧苗。')?.number, '1、');
  for (const line of ['一、强化就业服务', '1、强化就业服务', '1、全年新增就业岗位3万个,其中', '1.5万人参加了培训。', `1、${'全市新增就业岗位三万个'.repeat(12)}。`]) assert.equal(readNumberedCaption(line), null, line);
});

test("a caption alone in a photo's or a QR code's gap opens with 扫码, 扫描二维码 or 图为", () => {
  for (const text of ['扫码观看视频', '扫描二维码报名参加', '扫描上方二维码了解详情', '图为活动现场']) assert.ok(isGapCaption(text), text);
  for (const text of ['扫地机器人走进千家万户', '图书馆开放时间延长', `扫码${'了解详情'.repeat(40)}`]) assert.ok(!isGapCaption(text), text);
});
