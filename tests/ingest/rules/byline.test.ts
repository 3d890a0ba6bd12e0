import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCredits, parseCreditLine, parseDateline, readClosingByline, readSignature } from '../../../src/ingest/rules/byline.ts';

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
  assert.deepEqual(
    d?.credits.map((c) => c.name),
    ['李逸峰', '冯帅'],
  );
  assert.equal(parseDateline('株洲日报讯(全媒体记者/谭昕吾) 5月7日下午2点,…')?.rest, '5月7日下午2点,…');
  assert.equal(parseDateline('株洲日报(全媒体记者/何春林)“用工平台是否和你签订劳动合同?”')?.rest, '“用工平台是否和你签订劳动合同?”');
  assert.equal(parseDateline('新华社北京5月30日电(记者 张三 李四)国务院日前印发通知。')?.credits.length, 2);
  assert.deepEqual(
    parseDateline('本报讯（通讯员　黄鑫　记者　戴源）日前,学校开展活动。')?.credits.map((c) => c.role),
    ['correspondent', 'reporter'],
  );
});

test('a paragraph that merely opens with a parenthesis has no dateline', () => {
  assert.equal(parseDateline('(市气象台5月30日16时发布)'), null);
  assert.equal(parseDateline('《措施》(以下简称《措施》)提出,设立奖励资金。'), null);
  assert.equal(parseDateline('株洲日报(全媒体记者/何春林)'), null, 'a dateline with no words after it opens no paragraph');
});

test('credits are sorted into the three lists once each; photo credits make photographers', () => {
  const target = { reporters: [] as string[], correspondents: [] as string[], photographers: [] as string[] };
  addCredits(
    target,
    [
      { role: 'reporter', name: '何春林' },
      { role: 'correspondent', name: '赵雷' },
    ],
    false,
  );
  addCredits(target, [{ role: 'reporter', name: '何春林' }], false);
  addCredits(
    target,
    [
      { role: 'reporter', name: '李逸峰' },
      { role: 'correspondent', name: '张芷璇' },
    ],
    true,
  );
  assert.deepEqual(target, { reporters: ['何春林'], correspondents: ['赵雷'], photographers: ['李逸峰', '张芷璇'] });
});

test("a bullet before a byline is the page's ornament, not a name", () => {
  assert.deepEqual(names('■株洲日报全媒体记者 何春林'), ['reporter:何春林']);
});

test('titles carry the qualifiers papers put before them', () => {
  assert.deepEqual(names('株洲日报全媒体首席记者/何春林'), ['reporter:何春林']);
  assert.deepEqual(names('本报特约评论员 张三'), ['reporter:张三']);
  assert.deepEqual(names('株洲日报摄影记者/王五'), ['photographer:王五']);
  assert.deepEqual(names('新华社记者 李四 王六'), ['reporter:李四', 'reporter:王六']);
  assert.deepEqual(names('作者:赵七'), ['reporter:赵七']);
  assert.deepEqual(names('图文/钱八'), ['reporter:钱八', 'photographer:钱八'], '图文: the text and the photos');
});

test('what the named did (报道, 整理) is not a name', () => {
  assert.deepEqual(names('株洲日报全媒体记者 何春林 报道'), ['reporter:何春林']);
  assert.deepEqual(names('记者 王娜 整理'), ['reporter:王娜']);
});

test("a columnist's name set apart by an ornament is the author's byline", () => {
  assert.deepEqual(names('□ 张三'), ['reporter:张三']);
  assert.equal(parseCreditLine('□ 这是一句话。'), null);
  assert.equal(parseCreditLine('◆ 订单足 岗位多'), null, 'an ornament over several short words marks a subhead');
  assert.equal(readSignature('◆ 订单足 岗位多'), null);
  assert.deepEqual(readSignature('□ 许 可')?.credits, [{ role: 'reporter', name: '许可' }], 'one padded name');
});

test("the spaces between a byline's parts may be missing: titles and names glued together are cut apart", () => {
  assert.deepEqual(names('全媒体记者/李逸峰通讯员/冯帅'), ['reporter:李逸峰', 'correspondent:冯帅']);
  assert.deepEqual(names('株洲日报记者李逸峰 通讯员冯帅'), ['reporter:李逸峰', 'correspondent:冯帅']);
  assert.deepEqual(
    parseDateline('株洲日报(全媒体记者/李逸峰通讯员/冯帅)5月30日，田心')?.credits.map((c) => c.name),
    ['李逸峰', '冯帅'],
  );
  assert.equal(parseCreditLine('记者在现场也看到'), null, 'prose that opens with 记者 stays prose');
});

test('two three-character names glued together are read as two names; other glued runs are no byline', () => {
  assert.deepEqual(names('全媒体记者/何春林 通讯员/叶云程程海亮'), ['reporter:何春林', 'correspondent:叶云程', 'correspondent:程海亮']);
  assert.equal(parseCreditLine('通讯员/叶云程程海'), null, 'five characters: no telling where one name ends');
});

test('prose after 记者 and a space is not read as glued names', () => {
  assert.equal(parseCreditLine('记者 在现场看到了'), null);
});

const dateline = (p: string) => {
  const d = parseDateline(p);
  return d && { text: d.text, names: d.credits.map((c) => `${c.role}:${c.name}`), rest: d.rest, source: d.source };
};

test('datelines of the paper, its sister paper and its county bureaus, with a bracket or none', () => {
  assert.deepEqual(dateline('本报讯(记者 王娜)近日,市人社局召开会议。'), { text: '本报讯(记者 王娜)', names: ['reporter:王娜'], rest: '近日,市人社局召开会议。', source: undefined });
  assert.deepEqual(dateline('本报讯(株洲晚报融媒体记者/邓正可) 5月30日,雨停了。')?.names, ['reporter:邓正可']);
  assert.deepEqual(dateline('株洲日报讯 (全媒体记者/唐 庆 通讯员/李四)近日,活动举行。')?.names, ['reporter:唐庆', 'correspondent:李四']);
  assert.deepEqual(dateline('本报醴陵讯 近日,醴陵市举办瓷器展。'), { text: '本报醴陵讯', names: [], rest: '近日,醴陵市举办瓷器展。', source: undefined });
  assert.deepEqual(dateline('本报讯 近日,全市开展安全检查。'), { text: '本报讯', names: [], rest: '近日,全市开展安全检查。', source: undefined });
  assert.deepEqual(dateline('本报讯日前,全市开展安全检查。')?.rest, '日前,全市开展安全检查。', 'no space after 讯');
  assert.deepEqual(dateline('株洲日报攸县讯 5月30日,攸县召开大会。')?.text, '株洲日报攸县讯');
});

test('wire copy: the agency is the source, its bracket the reporters; no person is made of the agency', () => {
  assert.deepEqual(dateline('新华社北京5月30日电(记者 张三 李四)国务院日前印发通知。'), { text: '新华社北京5月30日电(记者 张三 李四)', names: ['reporter:张三', 'reporter:李四'], rest: '国务院日前印发通知。', source: '新华社' });
  assert.deepEqual(dateline('新华社长沙5月30日电 湖南省今年新增就业岗位。'), { text: '新华社长沙5月30日电', names: [], rest: '湖南省今年新增就业岗位。', source: '新华社' });
  assert.deepEqual(dateline('据新华社电 国务院日前印发通知。'), { text: '据新华社电', names: [], rest: '国务院日前印发通知。', source: '新华社' });
  assert.deepEqual(dateline('据新华社北京5月30日电 国务院日前印发通知。')?.text, '据新华社北京5月30日电');
  assert.deepEqual(dateline('据新华社 记者从国家铁路集团获悉,客流创新高。'), { text: '据新华社', names: [], rest: '记者从国家铁路集团获悉,客流创新高。', source: '新华社' });
});

test('prose that opens with 本报, a quote or the agency in a sentence has no dateline', () => {
  for (const p of [
    '本报记者近日从市人社局获悉,平台已上线。',
    '本报通讯员张三介绍,活动持续三天。',
    '“本报讯”三个字,是一条消息的开头。',
    '据新华社报道,国务院日前印发通知。',
    '新华社 记者从国家铁路集团获悉,客流创新高。',
    '合作社电商销售额增长两成。',
    '合作社资讯平台上线。',
    '本报讯',
  ])
    assert.equal(parseDateline(p), null, p);
});

test('names without slashes, and two-character names padded to three cells, are read by their cells', () => {
  assert.deepEqual(names('本报记者 王娜 通讯员 李四'), ['reporter:王娜', 'correspondent:李四']);
  assert.deepEqual(names('全媒体记者 唐 庆'), ['reporter:唐庆']);
  assert.deepEqual(names('通讯员 唐 庆 李四'), ['correspondent:唐庆', 'correspondent:李四']);
  assert.deepEqual(names('通讯员 王 五、李四 赵 六'), ['correspondent:王五', 'correspondent:李四', 'correspondent:赵六']);
  assert.equal(parseCreditLine('通讯员 唐 庆 李'), null, 'three single cells pair into no names');
  assert.deepEqual(names('株洲日报全媒体记者 彭 程 实习生 胡雨桐'), ['reporter:彭程', 'intern:胡雨桐']);
});

test("the paper's name may stand before a title: the sister paper, the provincial daily", () => {
  assert.deepEqual(names('株洲晚报融媒体记者/邓正可'), ['reporter:邓正可']);
  assert.deepEqual(names('湖南日报全媒体记者 李四 王五'), ['reporter:李四', 'reporter:王五']);
  assert.deepEqual(names('长沙晚报全媒体记者/赵六'), ['reporter:赵六'], 'a paper by the form of its name, not a list of papers');
  assert.deepEqual(names('醴陵市融媒体中心记者 钱七'), ['reporter:钱七']);
});

test('every photo credit form credits its photographer', () => {
  const photo = (line: string) => {
    const c = parseCreditLine(line);
    return c && { names: c.credits.map((x) => `${x.role}:${x.name}`), photo: c.photo };
  };
  assert.deepEqual(photo('张三 摄'), { names: ['photographer:张三'], photo: true });
  assert.deepEqual(photo('张三摄'), { names: ['photographer:张三'], photo: true });
  assert.deepEqual(photo('(张三/摄)'), { names: ['photographer:张三'], photo: true });
  assert.deepEqual(photo('（张三 摄）'), { names: ['photographer:张三'], photo: true });
  assert.deepEqual(photo('记者/张三 摄'), { names: ['reporter:张三'], photo: true });
  assert.deepEqual(photo('通讯员/供图'), { names: [], photo: true });
  assert.deepEqual(photo('(供图 株洲市档案馆 张三 翻拍)'), { names: ['photographer:张三'], photo: true }, 'the archive lent it: no person');
  assert.deepEqual(photo('图/张三'), { names: ['photographer:张三'], photo: false });
});

test('a byline with 图/文 or 摄影报道 credits its names with the text and the photos', () => {
  assert.deepEqual(names('记者/张三 (图/文)'), ['reporter:张三', 'photographer:张三']);
  assert.deepEqual(names('本报记者 张三 摄影报道'), ['reporter:张三', 'photographer:张三']);
  assert.deepEqual(names('张三 摄影报道'), ['photographer:张三'], 'no title: the photographer who reports');
});

test('a byline closing the last paragraph, in brackets or after two spaces', () => {
  assert.deepEqual(readClosingByline('活动将持续三天。(株洲日报全媒体记者/张三 通讯员/李四)'), {
    text: '活动将持续三天。',
    byline: '(株洲日报全媒体记者/张三 通讯员/李四)',
    credits: [
      { role: 'reporter', name: '张三' },
      { role: 'correspondent', name: '李四' },
    ],
    photo: false,
  });
  assert.equal(readClosingByline('他说:“很满意。”（记者 唐 庆）')?.credits[0]?.name, '唐庆');
  assert.equal(readClosingByline('活动将持续三天。  通讯员王五')?.byline, '通讯员王五');
  assert.deepEqual(readClosingByline('活动将持续三天。  记者 王五')?.text, '活动将持续三天。');
  assert.deepEqual(readClosingByline('(株洲日报全媒体记者/张三 通讯员/李四)')?.text, '', 'the bracket alone on the last line');
});

test("a bracket or words after the last sentence that are not wholly credits stay the story's", () => {
  for (const p of ['全市设立奖励资金(以下简称奖励资金)。', '活动将持续三天(记者 张三)', '活动将持续三天。 记者 张三', '活动将持续三天。  记者在现场看到了。', '活动将持续三天。(市气象台5月30日16时发布)']) assert.equal(readClosingByline(p), null, p);
});

test("a commentary's signature is a name alone, padded or ornamented", () => {
  const signed = (line: string) => readSignature(line)?.credits.map((c) => c.name);
  assert.deepEqual(signed('张三'), ['张三']);
  assert.deepEqual(signed('唐 庆'), ['唐庆']);
  assert.deepEqual(signed('欧阳小明 李四'), ['欧阳小明', '李四']);
  assert.equal(readSignature('□ 张三')?.ornamented, true);
  assert.equal(readSignature('张三')?.ornamented, false);
  assert.deepEqual(readSignature('□ 本报评论员'), { text: '□ 本报评论员', credits: [], ornamented: true }, 'a role without a name, set apart by the ornament');
  assert.equal(readSignature('本报评论员'), null, 'without the ornament a role alone is no signature');
  assert.equal(readSignature('□ 评论员说得对'), null);
  for (const line of ['张三说,今年很好。', '唐 庆 李', '这是一个很长的标题行', '']) assert.equal(readSignature(line), null, line);
});

test('a single character before a slash is no padded name: the line is refused, and at once', () => {
  // A caption's cut point can leave half a padded credit (`涛/摄)` of `(刘 涛/摄)`): the
  // padded-name reader found no run there and the loop stood still on it for ever.
  for (const half of ['涛/摄)', '涛/摄', '记者/涛', '(涛/摄)']) assert.equal(parseCreditLine(half), null, half);
  assert.deepEqual(parseCreditLine('(刘 涛/摄)'), { credits: [{ role: 'photographer', name: '刘涛' }], photo: true }, 'a padded name runs up to the slash');
  assert.deepEqual(
    parseCreditLine('文/唐 庆 图/刘 涛')?.credits,
    [
      { role: 'reporter', name: '唐庆' },
      { role: 'photographer', name: '刘涛' },
    ],
    'a role before a slash ends the run',
  );
});

test("an intern is named in the byline but joins none of the article's lists", () => {
  const article = { reporters: [] as string[], correspondents: [] as string[], photographers: [] as string[] };
  addCredits(article, parseCreditLine('记者/彭程 实习生/胡雨桐 通讯员/邹建新')?.credits ?? [], false);
  assert.deepEqual(article, { reporters: ['彭程'], correspondents: ['邹建新'], photographers: [] });
});

test("a staff commentator's genre (本报评论员文章) is a label naming no one, not a byline of 文章; the title alone still is one", () => {
  assert.equal(parseCreditLine('本报评论员文章'), null);
  assert.equal(parseCreditLine('特约评论员文章'), null);
  assert.deepEqual(parseCreditLine('本报评论员'), { credits: [], photo: false });
  assert.deepEqual(parseCreditLine('记者/文章')?.credits, [{ role: 'reporter', name: '文章' }], "a person named 文章 after a title's slash");
});

test("a commentary's signature may print the author's unit in brackets beside the name", () => {
  assert.deepEqual(readSignature('(作者单位:株洲市社会科学院) 汪 平'), { text: '(作者单位:株洲市社会科学院) 汪 平', credits: [{ role: 'reporter', name: '汪平' }], ornamented: false });
  assert.deepEqual(
    readSignature('张三(作者系市委党校教授)')?.credits.map((c) => c.name),
    ['张三'],
  );
  assert.equal(readSignature('(株洲市社会科学院) 汪 平'), null, "a bracket that is no author's unit is no signature's");
  assert.equal(readSignature('(作者单位:株洲市社会科学院)'), null, 'a unit without a name signs nothing');
});
