// A citation in the form of GB/T 7714-2015 for a newspaper article:
// 作者. 题名[N]. 报纸名, 出版日期(版次). With more than three authors, the first three and 等.
export interface Citable {
  title: string;
  subtitle: string | null;
  date: string;
  pageNumber: string | null;
  reporters: string[];
  correspondents: string[];
}

export function citationAuthors(a: Citable): string[] {
  return [...new Set([...a.reporters, ...a.correspondents])];
}

export function gbt7714(a: Citable, paper: string, url: string | null = null): string {
  const authors = citationAuthors(a);
  const who = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ');
  const title = a.subtitle ? `${a.title}: ${a.subtitle.replace(/^[—─-]+/u, '')}` : a.title;
  const page = a.pageNumber ? `(${a.pageNumber})` : '';
  const online = url ? `[N/OL]. ${paper}, ${a.date}${page}. ${url}.` : `[N]. ${paper}, ${a.date}${page}.`;
  return `${who ? `${who}. ` : ''}${title}${online}`;
}
