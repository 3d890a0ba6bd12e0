// The search page. Runs the same engine as `npm run search`; the query and the filters
// live in the address, so a search can be bookmarked, shared and reloaded. Above the
// results, a bar chart of the matches by year (by month once a year is chosen), each bar
// a button that narrows the search to it; the filter menus count the matches of each value.
import { runSearch, type Counts, type SearchHit, type SearchOptions, type SortOrder } from './engine.ts';
import { indexBase, StaticIndex } from './static-index.ts';
import type { ExcerptRun } from './excerpt.ts';
import type { NamedPage } from './index-format.ts';
import { UNKNOWN_SECTION_LABEL } from '../article/labels.ts';

const PAGE_SIZE = 10;
const FIELDS = ['q', 'section', 'year', 'reporter', 'from', 'to', 'sort'] as const;
const MENUS = ['section', 'year', 'reporter'] as const;
type Field = (typeof FIELDS)[number];

const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
/** Text with the matched runs in <mark>: built as nodes, never as markup from the index. */
const marked = (segments: ExcerptRun[]) => segments.map((s) => (s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text)));

const editionDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${y}年${m}月${d}日 星期${weekday}`;
};

const ROLE_LABELS: Record<NamedPage['role'], string> = { reporter: '记者', correspondent: '通讯员', photographer: '摄影', section: '版面' };

/** A link to the page of the person or section the query names: `记者 何春林 · 52 篇报道`. */
const renderPage = (p: NamedPage) => el('li', {}, el('a', { href: encodeURI(p.url) }, `${ROLE_LABELS[p.role]} ${p.name}`), ` · ${p.count} 篇报道`);

function renderHit(hit: SearchHit): HTMLLIElement {
  const title = el('h2', { className: 'title' }, el('a', { href: hit.url }, ...marked(hit.title)));
  const meta = el('p', { className: 'story-meta' }, el('time', { dateTime: hit.date }, editionDate(hit.date)), ` · ${hit.section ?? UNKNOWN_SECTION_LABEL}`);
  const item = el('li', {}, ...(hit.kicker ? [el('p', { className: 'kicker' }, hit.kicker)] : []), title, meta, el('p', { className: 'excerpt' }, ...marked(hit.excerpt)));
  if (hit.subResults.length) {
    item.append(el('ul', { className: 'sub-results' }, ...hit.subResults.map((s) => el('li', {}, el('a', { href: s.url }, s.title), el('p', { className: 'excerpt' }, ...marked(s.excerpt))))));
  }
  return item;
}

/** A month's first and last day: `2025-02` → 2025-02-01, 2025-02-28. */
function monthDays(month: string): [string, string] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [`${month}-01`, `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
}

/** A bar of the timeline: its label, a bar as tall as its share of the tallest, its count; a button that narrows the search to it. */
function renderBar(label: string, count: number, tallest: number, pressed: boolean, narrow: () => void): HTMLLIElement {
  const bar = el('span', { className: 'bar' });
  // Set through the CSSOM, which the Content Security Policy allows (a style attribute it would refuse).
  bar.style.height = `${tallest ? (100 * count) / tallest : 0}%`;
  const button = el('button', { type: 'button', disabled: count === 0 }, el('span', { className: 'label' }, label), el('span', { className: 'bar-area' }, bar), el('span', { className: 'count' }, `${count}篇`));
  button.setAttribute('aria-pressed', String(pressed));
  button.addEventListener('click', narrow);
  return el('li', {}, button);
}

async function main() {
  const form = $<HTMLFormElement>('#search-form');
  const status = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const pages = $<HTMLUListElement>('#search-pages');
  const more = $<HTMLButtonElement>('#search-more');
  const input = (name: Field) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  const base = indexBase('');
  const index = await StaticIndex.open(async (path) => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`${base}${path}: ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  });
  const timeline = $<HTMLElement>('#search-timeline');
  const facets = index.filters();
  for (const [name, order] of [
    ['section', 1],
    ['year', -1],
    ['reporter', 1],
  ] as const) {
    const select = input(name) as HTMLSelectElement;
    const values = Object.keys(facets[name] ?? {}).sort((a, b) => order * a.localeCompare(b, 'zh-CN'));
    for (const v of values) select.append(el('option', { value: v }, ''));
  }
  /** Each menu's values with their counts: of the matches, or of the whole archive when nothing is searched. */
  const countMenus = (counts: Counts | null) => {
    for (const name of MENUS) {
      for (const option of (input(name) as HTMLSelectElement).options) {
        if (option.value) option.textContent = `${option.value}（${(counts ?? facets)[name][option.value] ?? 0}）`;
      }
    }
  };
  countMenus(null);

  /** Narrow the search to a bar: a year chosen, or a month's days. */
  const narrow = (label: string) => () => {
    if (label.length === 4) {
      input('year').value = label;
      input('from').value = '';
      input('to').value = '';
    } else {
      [input('from').value, input('to').value] = monthDays(label);
    }
    form.requestSubmit();
  };
  const drawTimeline = (counts: Counts | null) => {
    timeline.hidden = !counts;
    if (!counts) return;
    const year = current.filters?.year;
    $<HTMLElement>('#search-timeline-caption').textContent = `${year ? `${year}年各月` : '各年'}的报道篇数（点击柱条缩小范围）`;
    const tallest = Math.max(0, ...counts.timeline.map(([, n]) => n));
    $<HTMLOListElement>('#search-timeline-bars').replaceChildren(
      ...counts.timeline.map(([label, n]) => {
        const [from, to] = label.length === 4 ? ['', ''] : monthDays(label);
        const pressed = label.length !== 4 && current.filters?.from === from && current.filters?.to === to;
        return renderBar(label.length === 4 ? `${label}年` : `${Number(label.slice(5))}月`, n, tallest, pressed, narrow(label));
      }),
    );
  };

  let offset = 0;
  let current: SearchOptions & { q: string } = { q: '' };
  const readAddress = () => {
    const params = new URLSearchParams(location.search);
    for (const f of FIELDS) input(f).value = params.get(f) ?? (f === 'sort' ? 'relevance' : '');
  };
  const fromForm = (): SearchOptions & { q: string } => ({
    q: input('q').value,
    filters: { section: input('section').value, year: input('year').value, reporter: input('reporter').value, from: input('from').value, to: input('to').value },
    sort: input('sort').value as SortOrder,
  });

  /** The counts of the search shown, fetched once its results are: they read every match, the results only the first. */
  async function count(shown: typeof current) {
    const response = await runSearch(index, shown.q, { ...shown, limit: 0, counts: true });
    if (shown !== current) return;
    drawTimeline(response.counts);
    countMenus(response.counts);
    timeline.setAttribute('aria-busy', 'false');
  }

  async function show(append: boolean) {
    status.textContent = '正在检索…';
    const searched = current;
    const response = await runSearch(index, searched.q, { ...searched, offset, limit: PAGE_SIZE, preview: !append });
    if (searched !== current) return;
    if (!append) {
      list.replaceChildren();
      pages.replaceChildren(...response.pages.map(renderPage));
      pages.hidden = response.pages.length === 0;
      // The chart and the menus still show the last search's counts: said so until they are this one's.
      timeline.setAttribute('aria-busy', 'true');
      void count(searched);
    }
    if (response.message) {
      status.textContent = response.message;
      more.hidden = true;
      return;
    }
    list.append(...response.hits.map(renderHit));
    const shown = Math.min(offset + PAGE_SIZE, response.total);
    const what = current.q.trim() ? `“${current.q.trim()}”` : '所选条件';
    status.textContent = response.total ? `${what}共找到 ${response.total} 篇，显示第 1–${shown} 篇。` : `没有找到包含${what}的报道。`;
    more.hidden = shown >= response.total;
  }

  async function runFromAddress() {
    readAddress();
    current = fromForm();
    offset = 0;
    await show(false);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const f of FIELDS) {
      const v = input(f).value.trim();
      if (v && !(f === 'sort' && v === 'relevance')) params.set(f, v);
    }
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void runFromAddress();
  });
  // A new year leaves no dates of another year behind: they would find nothing.
  input('year').addEventListener('change', () => {
    for (const f of ['from', 'to'] as const) if (input('year').value && !input(f).value.startsWith(input('year').value)) input(f).value = '';
  });
  for (const f of ['section', 'year', 'reporter', 'from', 'to', 'sort'] as const) input(f).addEventListener('change', () => form.requestSubmit());
  more.addEventListener('click', () => {
    offset += PAGE_SIZE;
    void show(true);
  });
  window.addEventListener('popstate', () => void runFromAddress());
  await runFromAddress();
}

void main();
