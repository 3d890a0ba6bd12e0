// What a reader's Ctrl+F finds in a story, worked out from its article file alone (the
// front matter and the Markdown ingest writes), with none of the search code: the truth
// the search bench and the search tests hold the index to. A story shows its headline
// lines, its bylines as printed, and its body: paragraphs, subheads, captions with their
// credits, epigraphs with their sources, boxes (a row a line) and column labels; not the
// page around it (date, section, editor, links), nor the notice of a missing photo.
// Matching folds as the issue asks of search: compatibility forms, case, runs of white
// space, and traditional characters to simplified ones by OpenCC's character table,
// applied here through opencc-js's own converter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { ConverterFactory } from 'opencc-js/core';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/gu, (e) => ENTITIES[e] as string);

/** The lines a Markdown body shows, one a block. */
function bodyLines(markdown: string): string[] {
  return markdown
    .split(/\n{2,}/u)
    .flatMap((chunk) => {
      const block = chunk.trim();
      if (block.startsWith('<')) {
        return decode(
          block
            .replace(/<div class="photo-missing">[^<]*<\/div>/gu, '')
            .replace(/<\/td>/gu, ' ')
            .replace(/<\/(?:p|footer|tr|figcaption)>/gu, '\n')
            .replace(/<[^>]*>/gu, ''),
        ).split('\n');
      }
      // A subhead's marker and Markdown's backslash escapes are not printed.
      return [block.replace(/^#{1,6} /u, '').replace(/\\([!-/:-@[-`{-~])/gu, '$1')];
    })
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

export interface StoryText {
  url: string;
  blocks: string[];
}

/** The story of an article file's text, block by block, as its page shows it. */
export function storyText(source: string): StoryText {
  const { data, content } = matter(source, {});
  const heading = [data.title || '（无标题）', data.kicker, data.subtitle, ...((data.bylines as string[] | undefined) ?? [])];
  return { url: data.url as string, blocks: [...heading.filter((t): t is string => Boolean(t)), ...bodyLines(content)] };
}

/** The story of the article at `url`, in the articles folder ingest writes (`YYYY/MM/DD/<id>.md`). */
export const storyAt = (articlesDir: string, url: string): StoryText => storyText(readFileSync(join(articlesDir, `${url.replace(/\/$/u, '')}.md`), 'utf8'));

const toSimplified = ConverterFactory([TS_CHARACTERS]);
/** Traditional characters for simplified ones, one for one: the first form OpenCC's table gives. */
export const toTraditional = ConverterFactory([ST_CHARACTERS]);

/** Text folded as Ctrl+F is asked to fold it. */
export const ctrlFFold = (text: string): string => toSimplified(text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim());

/** Does the story hold the query? Within one block: Ctrl+F does not match across them. */
export const storyHolds = (story: StoryText, query: string): boolean => {
  const q = ctrlFFold(query);
  return story.blocks.some((b) => ctrlFFold(b).includes(q));
};
