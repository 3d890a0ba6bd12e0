// The folders of src/ depend one way: the article (its schema, reading and writing) is
// shared by ingest, site and search; site and search never import each other; only the
// build composes them. Every import of src/ is read and checked against that graph.
// `node --import tsx tests/layering.test.ts --counts` prints the folder-to-folder counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** Which folders of src/ each folder may import from; a folder not named here (src/ itself, src/types) is neutral. */
const ALLOWED: Record<string, string[]> = {
  article: [],
  ingest: ['article'],
  site: ['article'],
  search: ['article'],
  build: ['article', 'ingest', 'site', 'search'],
};

/** The folder of src/ a file stands in: its first segment, or '' for a file at the top of src/. */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  return parts.length > 1 ? (parts[0] as string) : '';
}

export interface Import {
  file: string;
  line: number;
  specifier: string;
  from: string;
  to: string;
}

/** Every relative import (static, dynamic, `export … from`, `new URL('…', import.meta.url)` for workers) of the TypeScript files under src/. */
export function sourceImports(): Import[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ts$/u.test(f))
    .map((f) => join(SRC, f))
    .sort();
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const found = ts.preProcessFile(text, true, true).importedFiles.map((ref) => ({ specifier: ref.fileName, pos: ref.pos }));
    for (const m of text.matchAll(/new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/gu)) found.push({ specifier: m[1] as string, pos: m.index });
    return found
      .filter((f) => f.specifier.startsWith('.'))
      .map(({ specifier, pos }) => {
        const target = resolve(dirname(file), specifier);
        const line = text.slice(0, pos).split('\n').length;
        return { file: relative(ROOT, file), line, specifier, from: folderOf(file), to: target.startsWith(`${SRC}/`) ? folderOf(target) : relative(ROOT, target) };
      });
  });
}

/** The imports against the graph: into a folder the importer may not import from, or out of src/. */
export function againstLayering(imports: Import[]): Import[] {
  return imports.filter(({ from, to }) => {
    if (from === to) return false;
    if (to.startsWith('..') || to.includes('/')) return true; // out of src/
    if (!(from in ALLOWED)) return to in ALLOWED; // a neutral module imports none of the layers
    return to in ALLOWED && !(ALLOWED[from] as string[]).includes(to);
  });
}

test('every import of src/ runs the way the layering allows', () => {
  const imports = sourceImports();
  assert.ok(
    imports.some((i) => i.from === 'build' && i.to === 'site'),
    'the imports are read (the build imports the site)',
  );
  const wrong = againstLayering(imports).map((i) => `${i.file}:${i.line}: ${i.from || 'src'} imports ${i.specifier} (${i.to || 'src'})`);
  assert.deepEqual(wrong, []);
});

test('the check names an import against the graph', () => {
  const bad = (from: string, to: string): Import => ({ file: `src/${from}/x.ts`, line: 1, specifier: `../${to}/y.ts`, from, to });
  assert.deepEqual(againstLayering([bad('site', 'search'), bad('search', 'site'), bad('article', 'ingest'), bad('site', 'build'), bad('ingest', 'site')]).length, 5);
  assert.deepEqual(againstLayering([bad('site', 'article'), bad('search', 'article'), bad('ingest', 'article'), bad('build', 'search')]), []);
});

if (process.argv.includes('--counts')) {
  const counts = new Map<string, number>();
  for (const i of sourceImports()) if (i.from !== i.to) counts.set(`${i.from || 'src'} → ${i.to || 'src'}`, (counts.get(`${i.from || 'src'} → ${i.to || 'src'}`) ?? 0) + 1);
  for (const [pair, n] of [...counts].sort()) console.log(`${pair}\t${n}`);
}
