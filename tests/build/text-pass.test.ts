// The index reads the articles' Markdown, not the built pages: it must read exactly what
// the pages show a reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { serialize } from 'parse5';
import { sampleSite } from '../helpers/site.ts';
import { attr, clean, first, select, text } from '../helpers/html.ts';
import { ArticleStore, articleRecord, readArticle } from '../../src/site/article-store.ts';
import { buildArchive } from '../../src/site/archive.ts';
import { documentRecords, textPass } from '../../src/build/text-pass.ts';
import { textBlocks } from '../../src/site/text.ts';
import { PHOTO_MISSING_LABEL } from '../../src/article/labels.ts';
import { sampleArticles } from '../helpers/gold.ts';

const site = sampleSite();

test("each article's record is what its page shows: title, kicker, subtitle, date, section, people, its bylines as printed and body blocks", () => {
  let count = 0;
  const store = new ArticleStore(join(dirname(site.dir), 'articles'));
  const archive = buildArchive(store.data.map(articleRecord));
  const records = [...textPass(archive.editions, store, null)];
  // Documents are numbered as the pass gives them: any range of numbers reads the same records.
  assert.deepEqual([...documentRecords(archive, store, 5, 20)], records.slice(5, 20));
  assert.deepEqual([...documentRecords(archive, store, 0, records.length)], records);
  for (const r of records) {
    const page = site.page(r.url);
    const head = first(page, 'header.story-head');
    assert.equal(clean(text(first(head, 'h1'))), r.title, r.url);
    assert.equal(select(head, 'p.kicker').map((e) => clean(text(e)))[0] ?? null, r.kicker, r.url);
    assert.equal(select(head, 'p.subtitle').map((e) => clean(text(e)))[0] ?? null, r.subtitle, r.url);
    assert.equal(attr(first(head, 'time'), 'datetime'), r.date);
    const section = select(page, 'meta[property=article:section]')[0];
    assert.equal(section ? attr(section, 'content') : null, r.section, r.url);
    assert.deepEqual(
      [
        ...new Set(
          select(head, 'p.byline')
            .flatMap((b) => select(b, 'a'))
            .map((a) => clean(text(a))),
        ),
      ],
      r.people,
      r.url,
    );
    // The story, not what the page adds to it: the notice under a caption that the photo is not in the dump.
    const body = textBlocks(serialize(first(page, 'div.story-body')).replaceAll(`<div class="photo-missing">${PHOTO_MISSING_LABEL}</div>`, ''));
    const bylines = store.get(r.url)?.bylines as string[];
    assert.deepEqual(
      r.blocks.map((b) => b.text),
      [...bylines, ...body.map((b) => b.text)],
      r.url,
    );
    assert.deepEqual(
      r.blocks.filter((b) => b.subhead).map((b) => b.anchor),
      body.filter((b) => /^h[2-6]$/u.test(b.tag)).map((b) => b.id),
      r.url,
    );
    count++;
  }
  assert.equal(count, sampleArticles().length);
});

test('a broken front matter stops the index with the file and the field named', () => {
  assert.throws(() => readArticle('articles/x.md', '---\nid: "x"\nurl: "/nowhere"\n---\n正文'), /articles\/x\.md: field "url": expected a permalink/u);
});
