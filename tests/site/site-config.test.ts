// The site's configuration comes in as arguments: the filters read the archive they are
// given, and the Eleventy config renders the folders it is given, not what a global holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import filtersPlugin from '../../src/site/filters-plugin.ts';
import { buildArchive } from '../../src/site/archive.ts';
import { ArticleStore, articleRecord } from '../../src/site/article-store.ts';
import type { EleventyConfig } from '@11ty/eleventy';
import { siteConfig } from '../../.eleventy.ts';
import { decodeInput } from '../../src/ingest/decode.ts';

const root = resolve(import.meta.dirname, '../..');

/** A config object that keeps what the plugins add. */
function recordingConfig() {
  const filters = new Map<string, (...args: unknown[]) => unknown>();
  const plugins: Array<{ name: string; options: unknown }> = [];
  const config = {
    addFilter: (name: string, fn: (...args: unknown[]) => unknown) => filters.set(name, fn),
    addPlugin: (plugin: { name: string }, options: unknown) => plugins.push({ name: plugin.name, options }),
    setUseGitIgnore: () => {},
  } as unknown as EleventyConfig;
  return { config, filters, plugins };
}

test("the filters look an article's place and file up in the archive they are given", () => {
  const articles = mkdtempSync(join(tmpdir(), 'site-config-'));
  mkdirSync(join(articles, '2022/01/10'), { recursive: true });
  copyFileSync(join(root, 'articles/2022/01/10/eec68308421d.md'), join(articles, '2022/01/10/eec68308421d.md'));
  const store = new ArticleStore(articles);
  const built = { archive: buildArchive(store.data.map(articleRecord)), store };
  const { config, filters } = recordingConfig();
  filtersPlugin(config, { built: () => built, decode: decodeInput });
  const url = '/2022/01/10/eec68308421d/';
  const context = filters.get('articleContext')?.(url) as { edition: { date: string }; prev: unknown; next: unknown };
  assert.deepEqual([context.edition.date, context.prev, context.next], ['2022-01-10', null, null]);
  assert.equal(filters.get('articleFilePath')?.(url), join('2022', '01', '10', 'eec68308421d.md'));
});

test('the Eleventy config renders the articles and output folders and the part it is given, whatever the environment says', () => {
  process.env.ARCHIVE_ARTICLES = '/nowhere/articles';
  process.env.ARCHIVE_OUTPUT = '/nowhere/site';
  try {
    const { config, plugins } = recordingConfig();
    const part = { months: ['2022-01'], shared: false };
    const returned = siteConfig({ articles: '/tmp/the-articles', output: '/tmp/the-site', part })(config);
    assert.deepEqual([returned.dir.input, returned.dir.output], ['/tmp/the-articles', '/tmp/the-site']);
    assert.deepEqual(plugins.find((p) => p.name === 'collectionsPlugin')?.options, { articles: '/tmp/the-articles', part });
    assert.deepEqual(plugins.find((p) => p.name === 'pagesPlugin')?.options, { shared: false });
  } finally {
    delete process.env.ARCHIVE_ARTICLES;
    delete process.env.ARCHIVE_OUTPUT;
  }
});
