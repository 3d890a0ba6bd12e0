import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCredits, parseCreditLine, parseDateline } from '../../../src/ingest/rules/byline.ts';

const names = (line: string) => parseCreditLine(line)?.credits.map((c) => `${c.role}:${c.name}`);

test('a byline on its own line names reporters and correspondents by their titles', () => {
  assert.deepEqual(names('株洲日报全媒体记者/何春林'), ['reporter:何春林']);
  assert.deepEqual(names('通讯员/赵雷 肖思飞'), ['correspondent:赵雷', 'correspondent:肖思飞']);
  assert.deepEqual(names('全媒体记者 罗小玲 通讯员 文媛'), ['reporter:罗小玲', 'correspondent:文媛']);
  assert.deepEqual(names('株洲日报·掌上株洲记者/何春林'), ['reporter:何春林']);
  assert.deepEqual(names('(记者 王娜)'), ['reporter:王娜']);
});

test('a closing byline tells the writer (文/) from the photographer (图/)', () => {
  assert.deepEqual(names('文/胡丽 图/黄智鸿'), ['reporter:胡丽', 'photographer:黄智鸿']);
  assert.deepEqual(names('摄影/张三'), ['photographer:张三']);
});

test('a photo credit closes with 摄 or 供图, glued to the name or not', () => {
  assert.deepEqual(parseCreditLine('记者/谭昕吾 摄'), { credits: [{ role: 'reporter', name: '谭昕吾' }], photo: true });
  assert.deepEqual(parseCreditLine('资料图 记者/何春林摄'), { credits: [{ role: 'reporter', name: '何春林' }], photo: true });
  assert.deepEqual(parseCreditLine('通讯员 供图'), { credits: [], photo: true });
  assert.deepEqual(parseCreditLine('通讯员供图'), { credits: [], photo: true });
});

test('prose, headlines and names without a title are not bylines', () => {
  for (const line of ['五大行动打造就业样板城', '端午假期有暴雨', '开栏语', '理事有理', '何春林', '文媛说,她很开心。', '记者在现场也看到']) {
    assert.equal(parseCreditLine(line), null, line);
  }
});

test('a name that begins with 文 is a name after a title (通讯员/文媛), not a 文/ credit', () => {
  assert.deepEqual(names('通讯员/文媛'), ['correspondent:文媛']);
});

test('the dateline opening a story gives its credits and leaves the paragraph its own words', () => {
  const d = parseDateline('株洲日报(全媒体记者/李逸峰 通讯员/冯帅) 5月30日,田心轨道交通产业社区建设动员会举行。');
  assert.equal(d?.text, '株洲日报(全媒体记者/李逸峰 通讯员/冯帅)');
  assert.equal(d?.rest, '5月30日,田心轨道交通产业社区建设动员会举行。');
  assert.deepEqual(d?.credits.map((c) => c.name), ['李逸峰', '冯帅']);
  assert.equal(parseDateline('株洲日报讯(全媒体记者/谭昕吾) 5月7日下午2点,…')?.rest, '5月7日下午2点,…');
  assert.equal(parseDateline('株洲日报(全媒体记者/何春林)“用工平台是否和你签订劳动合同?”')?.rest, '“用工平台是否和你签订劳动合同?”');
  assert.equal(parseDateline('新华社北京5月30日电(记者 张三 李四)国务院日前印发通知。')?.credits.length, 2);
  assert.deepEqual(parseDateline('本报讯（通讯员　黄鑫　记者　戴源）日前,学校开展活动。')?.credits.map((c) => c.role), ['correspondent', 'reporter']);
});

test('a paragraph that merely opens with a parenthesis has no dateline', () => {
  assert.equal(parseDateline('(市气象台5月30日16时发布)'), null);
  assert.equal(parseDateline('《措施》(以下简称《措施》)提出,设立奖励资金。'), null);
  assert.equal(parseDateline('株洲日报(全媒体记者/何春林)'), null, 'a dateline with no words after it opens no paragraph');
});

test('credits are sorted into the three lists once each; photo credits make photographers', () => {
  const target = { reporters: [] as string[], correspondents: [] as string[], photographers: [] as string[] };
  addCredits(target, [{ role: 'reporter', name: '何春林' }, { role: 'correspondent', name: '赵雷' }], false);
  addCredits(target, [{ role: 'reporter', name: '何春林' }], false);
  addCredits(target, [{ role: 'reporter', name: '李逸峰' }, { role: 'correspondent', name: '张芷璇' }], true);
  assert.deepEqual(target, { reporters: ['何春林'], correspondents: ['赵雷'], photographers: ['李逸峰', '张芷璇'] });
});

test('a bullet before a byline is the page\'s ornament, not a name', () => {
  assert.deepEqual(names('■株洲日报全媒体记者 何春林'), ['reporter:何春林']);
});

test('titles carry the qualifiers papers put before them', () => {
  assert.deepEqual(names('株洲日报全媒体首席记者/何春林'), ['reporter:何春林']);
  assert.deepEqual(names('本报特约评论员 张三'), ['reporter:张三']);
  assert.deepEqual(names('株洲日报摄影记者/王五'), ['photographer:王五']);
  assert.deepEqual(names('新华社记者 李四 王六'), ['reporter:李四', 'reporter:王六']);
  assert.deepEqual(names('作者:赵七'), ['reporter:赵七']);
  assert.deepEqual(names('图文/钱八'), ['reporter:钱八']);
});

test('what the named did (报道, 整理) is not a name', () => {
  assert.deepEqual(names('株洲日报全媒体记者 何春林 报道'), ['reporter:何春林']);
  assert.deepEqual(names('记者 王娜 整理'), ['reporter:王娜']);
});

test('a columnist\'s name set apart by an ornament is the author\'s byline', () => {
  assert.deepEqual(names('□ 张三'), ['reporter:张三']);
  assert.equal(parseCreditLine('□ 这是一句话。'), null);
});

test('the spaces between a byline\'s parts may be missing: titles and names glued together are cut apart', () => {
  assert.deepEqual(names('全媒体记者/李逸峰通讯员/冯帅'), ['reporter:李逸峰', 'correspondent:冯帅']);
  assert.deepEqual(names('株洲日报记者李逸峰 通讯员冯帅'), ['reporter:李逸峰', 'correspondent:冯帅']);
  assert.deepEqual(parseDateline('株洲日报(全媒体记者/李逸峰通讯员/冯帅)5月30日，田心')?.credits.map((c) => c.name), ['李逸峰', '冯帅']);
  assert.equal(parseCreditLine('记者在现场也看到'), null, 'prose that opens with 记者 stays prose');
});

test('two three-character names glued together are read as two names; other glued runs are no byline', () => {
  assert.deepEqual(names('全媒体记者/何春林 通讯员/叶云程程海亮'), ['reporter:何春林', 'correspondent:叶云程', 'correspondent:程海亮']);
  assert.equal(parseCreditLine('通讯员/叶云程程海'), null, 'five characters: no telling where one name ends');
});

test('prose after 记者 and a space is not read as glued names', () => {
  assert.equal(parseCreditLine('记者 在现场看到了'), null);
});
