// npm run generate -- --articles N --out DIR [--seed S] [--from YYYY-MM-DD]
// Writes a synthetic archive of page dumps in the real format: a day's edition of about
// 60 stories over 8 pages, each page a dump with its header (after the first page),
// stories with headline blocks, bylines inline or on their own lines, subheads,
// captions (some inside broken paragraphs), paragraphs broken by column breaks, and
// advertising boxes. The same seed always writes the same archive.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    out: { type: 'string', default: 'synthetic' },
    seed: { type: 'string', default: '20250531' },
    from: { type: 'string', default: '2016-01-01' },
    'per-day': { type: 'string', default: '60' },
  },
});

let seed = Number(values.seed);
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

// Words of a city daily: places, bodies, actions, things; no particles that would only continue a sentence.
const PLACES = ['荷塘区', '芦淞区', '石峰区', '天元区', '渌口区', '醴陵市', '攸县', '茶陵县', '炎陵县', '田心街道', '董家垅', '神农城', '职教城', '高新区', '云龙示范区'];
const BODIES = ['市人社局', '市教育局', '市卫健委', '市总工会', '团市委', '市科技局', '市文旅局', '市交通局', '市住建局', '市商务局', '株洲开放大学', '湖南工业大学', '中车株机', '市人民医院', '市公共资源交易中心'];
const THINGS = ['就业创业', '职业技能', '乡村振兴', '基层治理', '产业社区', '民生实事', '营商环境', '科技创新', '绿色低碳', '城市更新', '文明创建', '志愿服务', '招才引智', '健康服务', '安全生产'];
const ACTIONS = ['召开推进会', '开展专项行动', '发布成绩单', '举行签约仪式', '启动试点', '组织培训', '深入调研', '表彰先进', '推出新举措', '完成年度目标'];
const CLAUSES = ['全市上下凝心聚力', '相关部门协同发力', '群众满意度持续提升', '各项任务有序推进', '工作成效逐步显现', '一批项目落地见效', '服务体系日益完善', '基层活力不断激发'];
const SURNAMES = [...'何李王张刘陈杨黄赵周吴徐孙马胡朱郭林罗谢邓彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向汤'];
const GIVEN = [...'春林逸峰帅娜驰圆军丹雷思飞玲凛雯嘉明华伟芳静敏丽强磊洋勇艳杰涛超霞平刚桂英文辉鹏宇浩然欣怡子轩梓涵'];
const SECTIONS = ['要闻', '时政·综合', '就业·创业', '职教·观察', '城事·民生', '经济·产业', '文化·旅游', '健康·生活', '法治·平安', '专刊'];
const name = () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : '');
const staff = Array.from({ length: 300 }, name);
const correspondents = Array.from({ length: 2000 }, name);

// Most of the text is drawn as real text is distributed: a lexicon of words over a
// Zipf-distributed alphabet of 6,000 Han characters, its words drawn by Zipf's law too,
// so that the index meets as many distinct characters and pairs, as many rare and as
// many very common ones, as it would on a decade of the real paper.
function zipf(n: number, exponent: number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / (i + 1) ** exponent;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
const HAN = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i));
for (let i = HAN.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [HAN[i], HAN[j]] = [HAN[j] as string, HAN[i] as string];
}
const alphabet = HAN.slice(0, 6000);
const nextChar = zipf(alphabet.length, 1);
const LEXICON = Array.from({ length: 150_000 }, () => {
  const r = random();
  const length = r < 0.1 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
  return Array.from({ length }, () => alphabet[nextChar()]).join('');
});
const nextWord = zipf(LEXICON.length, 1.05);
const prose = (words: number) => Array.from({ length: words }, () => LEXICON[nextWord()]).join('');

function sentence(): string {
  if (random() < 0.7) return `${Array.from({ length: int(2, 4) }, () => prose(int(3, 8))).join('，')}。`;
  const parts = [`${pick(PLACES)}${pick(BODIES)}围绕${pick(THINGS)}${pick(ACTIONS)}`, pick(CLAUSES)];
  if (random() < 0.5) parts.push(`累计服务${int(2, 9000)}人次`);
  if (random() < 0.3) parts.push(`“${pick(THINGS)}”工作取得${pick(['新进展', '新突破', '明显成效'])}`);
  return `${parts.join('，')}。`;
}
const paragraph = (min: number, max: number) => Array.from({ length: int(min, max) }, sentence).join('');

interface Story {
  lines: string[];
}

function story(date: DateTime): Story {
  const lines: string[] = [];
  const title = random() < 0.5 ? `${pick(PLACES)}${pick(THINGS)}${pick(ACTIONS)}` : `${pick(PLACES)}${prose(int(3, 6))}`;
  if (random() < 0.25) lines.push(`${pick(BODIES)}${pick(ACTIONS)}`, '');
  lines.push(random() < 0.1 ? `${title} ${pick(CLAUSES)}` : title, '');
  if (random() < 0.15) lines.push(`——${pick(PLACES)}${pick(THINGS)}工作综述`, '');
  const reporters = [pick(staff)];
  const corr = random() < 0.7 ? Array.from({ length: int(1, 2) }, () => pick(correspondents)) : [];
  const credits = `全媒体记者/${reporters.join(' ')}${corr.length ? ` 通讯员/${corr.join(' ')}` : ''}`;
  const inline = random() < 0.7;
  if (random() < 0.15) lines.push('', '', `${pick(PLACES)}${pick(THINGS)}活动现场。记者/${reporters[0]} 摄`, '');
  if (!inline) {
    lines.push(`株洲日报全媒体记者/${reporters.join(' ')}`);
    if (corr.length) lines.push(`通讯员/${corr.join(' ')}`);
    lines.push('');
  }
  let chars = 0;
  const target = int(800, 2000);
  let first = true;
  while (chars < target) {
    if (!first && random() < 0.12) lines.push(`${pick(THINGS)}${pick(['见实效', '提质增效', '再上台阶', '惠及群众'])}`, '');
    let text = paragraph(2, 4);
    if (first) text = `${date.month}月${date.day}日，${text}`;
    chars += text.length;
    const lead = first && inline ? `株洲日报(${credits}) ` : '';
    if (random() < 0.25) {
      // A column break: the paragraph goes on after a blank line, sometimes with a photo in between.
      const cut = text.indexOf('，') + 1 + int(2, 8);
      if (cut > 0 && cut < text.length - 2 && !/[。，]/u.test(text[cut - 1] as string)) {
        lines.push(lead + text.slice(0, cut), '');
        if (random() < 0.3) lines.push('', '', `${pick(PLACES)}${pick(THINGS)}现场。通讯员 供图`, '');
        lines.push(text.slice(cut), '');
        first = false;
        continue;
      }
    }
    lines.push(lead + text, '');
    first = false;
  }
  if (random() < 0.1) lines.push('', '', `▲${pick(PLACES)}${pick(THINGS)}一线。`, '');
  return { lines };
}

const total = Number(values.articles);
const perDay = Number(values['per-day']);
const out = values.out as string;
let date = DateTime.fromISO(values.from as string, { zone: 'Asia/Shanghai' });
let written = 0;
let files = 0;
while (written < total) {
  const today = Math.min(perDay, total - written);
  const pages = Math.max(1, Math.round(today / 7.5));
  const dir = join(out, date.toFormat('yyyy'), date.toFormat('MM'));
  mkdirSync(dir, { recursive: true });
  for (let p = 0; p < pages; p++) {
    const count = Math.floor(today / pages) + (p < today % pages ? 1 : 0);
    const lines: string[] = ['', ''];
    if (p > 0) lines.push(pick(SECTIONS), '', `责任编辑:${pick(staff)}`, '');
    for (let s = 0; s < count; s++) lines.push(...story(date).lines);
    if (random() < 0.2) lines.push('广告', '接待', '热线', '', String(int(20000000, 29999999)), '');
    writeFileSync(join(dir, `zzrb_${date.toFormat('yyyyMMdd')}_A${String(p + 1).padStart(2, '0')}.txt`), lines.join('\n'));
    files++;
    written += count;
  }
  date = date.plus({ days: 1 });
}
console.log(`${out}/: ${written} articles in ${files} page dumps, ${values.from} to ${date.minus({ days: 1 }).toISODate()}`);
