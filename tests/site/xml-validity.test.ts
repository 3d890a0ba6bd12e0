// Every XML file a build writes is well-formed XML 1.0, read by a real XML parser
// (saxes, which checks every character against XML's Char production; fast-xml-parser's
// validator does not), also when the dumps hold control characters; and no page's text
// holds a control character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildSite, root } from '../helpers/site.ts';
import { allStrings } from '../helpers/gold.ts';

// The sample dumps, and a dump and a post with control characters in headline and body.
const dumps = mkdtempSync(join(tmpdir(), 'controls-'));
copyFileSync(join(root, 'tests/fixtures/encodings/utf8-page-with-control-characters.txt'), join(dumps, '2025-06-01-control-characters.txt'));
copyFileSync(join(root, 'tests/fixtures/encodings/post-with-control-character-entities.md'), join(dumps, 'post-with-control-character-entities.md'));
const site = buildSite(['raw', dumps]);

const filesOf = (ending: string) =>
  readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith(ending))
    .sort();
/** Control characters (tab and line ends apart) and noncharacters, written out here. */
const NOT_TEXT = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]/u;

function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

test('the XML check catches a control character that fast-xml-parser lets through', () => {
  assert.deepEqual(xmlErrors('<feed><title>标题</title></feed>'), []);
  assert.equal(XMLValidator.validate('<feed><title>标\x01题</title></feed>'), true, 'why fast-xml-parser alone is not enough');
  assert.equal(xmlErrors('<feed><title>标\x01题</title></feed>').length, 1);
});

test('the feed, the sitemap index and every sitemap are well-formed XML, with the stories that held control characters', () => {
  const xml = filesOf('.xml');
  assert.deepEqual(
    xml.filter((p) => !p.startsWith('sitemaps/')),
    ['feed.xml', 'sitemap.xml'],
  );
  assert.ok(xml.includes('sitemaps/2025.xml') && xml.includes('sitemaps/browse.xml'), xml.join(', '));
  for (const path of xml) {
    const text = readFileSync(join(site.dir, path), 'utf8');
    assert.deepEqual(xmlErrors(text), [], path);
    assert.equal(XMLValidator.validate(text), true, path);
  }
  const entries = [new XMLParser().parse(site.file('/feed.xml')).feed.entry].flat() as Array<{ title: string; updated: string }>;
  const june = entries
    .filter((e) => e.updated.startsWith('2025-06-01'))
    .map((e) => e.title)
    .sort();
  assert.deepEqual(june, ['田心轨道交通产业社区建设启动', '社区建设\ufffd启动']);
});

test('no page, and no record of the data export, holds a control character or a noncharacter', () => {
  const pages = filesOf('.html');
  assert.ok(
    pages.some((p) => p.startsWith('sources/2025-06-01-control-characters')),
    "the dump's source page is among them",
  );
  const found = pages.filter((p) => NOT_TEXT.test(readFileSync(join(site.dir, p), 'utf8')));
  assert.deepEqual(found, []);
  const records = filesOf('.json')
    .filter((p) => p.startsWith('data/'))
    .flatMap((p) =>
      allStrings(JSON.parse(readFileSync(join(site.dir, p), 'utf8')))
        .filter((s) => NOT_TEXT.test(s))
        .map((s) => `${p}: ${JSON.stringify(s)}`),
    );
  assert.deepEqual(records, []);
});
