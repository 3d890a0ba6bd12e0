// The archive's people and sections by name, with the pages the site gave them and their
// counts of stories: what the search index is told of the site, so that a query naming
// one links to its page.
import type { Archive, Reporter, Role } from '../site/archive.ts';
import type { NamedPage } from '../search/index-format.ts';

/** A person's main role: the one of most of their stories (a reporter before a correspondent before a photographer). */
const mainRole = (roles: Reporter['roles']): Role => (['reporter', 'correspondent', 'photographer'] as const).reduce((a, b) => (roles[b] > roles[a] ? b : a));

/** Every person and named section of the archive, with the URL the archive gave its page and its count of stories. */
export function namedPages(archive: Pick<Archive, 'reporters' | 'sections'>): NamedPage[] {
  return [
    ...archive.reporters.map((r): NamedPage => ({ name: r.name, role: mainRole(r.roles), url: r.url, count: r.articles.length })),
    ...archive.sections.flatMap((s): NamedPage[] => (s.name === null ? [] : [{ name: s.name, role: 'section', url: s.url, count: s.articles.length }])),
  ];
}
