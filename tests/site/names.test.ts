// Names that differ only in marks, in case or in width, and names that spell a page of
// their own (`unknown`, `page`): each section and person gets a page of its own, and the
// site builds. The archive is a few articles written by hand, rendered by Eleventy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { articleFile } from '../../src/article/file.ts';
import { articlePath } from '../../src/ingest/write-articles.ts';
import type { Article } from '../../src/ingest/types.ts';
import { reporterPath, sectionPath } from '../../src/site/archive.ts';
import { root } from '../helpers/site.ts';
import { first, parseHtml, text } from '../helpers/html.ts';

const SECTIONS = ['就业·创业', '就业・创业', '就业-创业', '就业 创业', 'unknown', 'Unknown', 'page'];
const PEOPLE = ['阿依古丽·买买提', '阿依古丽・买买提', '阿依古丽-买买提', 'SYB', 'syb', 'ＳＹＢ', 'page'];

function story(i: number, section: string | null, reporters: string[]): Article {
  const id = `0000000000${i.toString(16).padStart(2, '0')}`;
  const source = { file: 'raw/none.txt', startLine: i * 10 + 1, endLine: i * 10 + 5 };
  return {
    id,
    url: `/2025/05/31/${id}/`,
    title: `标题${i}`,
    kicker: null,
    subtitle: null,
    date: '2025-05-31',
    dateSource: 'filename',
    section,
    editor: null,
    pageHeader: null,
    column: null,
    pageNumber: null,
    reporters,
    correspondents: [],
    photographers: [],
    bylines: [],
    blocks: [{ type: 'paragraph', text: `正文${i}。`, startLine: i * 10 + 2, endLine: i * 10 + 5 }],
    source,
    sources: [source],
  };
}

test('names that differ only in marks, case or width, and reserved names, each get a page of their own, and the site builds', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  const articles = join(dir, 'articles');
  const stories = [...SECTIONS.map((s, i) => story(i, s, [PEOPLE[i] as string])), story(SECTIONS.length, null, [])];
  for (const a of stories) {
    const path = articlePath(articles, a);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, articleFile(a));
  }
  const site = join(dir, 'site');
  process.env.ARCHIVE_ARTICLES = articles;
  process.env.ARCHIVE_OUTPUT = site;
  await new Eleventy(undefined, site, { configPath: join(root, '.eleventy.ts'), quietMode: true }).write();

  const heading = (path: string) => text(first(parseHtml(readFileSync(join(site, decodeURI(path), 'index.html'), 'utf8')), 'h1')).trim();
  for (const name of SECTIONS) assert.equal(heading(sectionPath(name)), name, `the page of section ${name}`);
  assert.equal(heading(sectionPath(null)), '版面未注明', 'the stories of an uncaptured page header keep /sections/unknown/');
  for (const name of PEOPLE) assert.equal(heading(reporterPath(name)), name, `the page of ${name}`);
  assert.equal(new Set(SECTIONS.map(sectionPath)).size, SECTIONS.length);
  assert.equal(new Set(PEOPLE.map(reporterPath)).size, PEOPLE.length);
  // No two folders whose names differ only in case: a case-insensitive disk would merge them.
  for (const listing of ['sections', 'reporters']) {
    const names = readdirSync(join(site, listing));
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, listing);
  }
});
