// Property: page dumps generated from the parts a newspaper page is made of (headline
// blocks, bylines, paragraphs broken at random points, captions dropped in at random
// places, page headers, furniture) parse back into the articles they were made from.
// One property a structure of docs/page-structures.md, so that one failing structure
// does not hide the others; the structures the parser does not read yet are in
// metamorphic.pending.ts.
import { test } from 'node:test';
import fc from 'fast-check';
import { dump, ingestsBack, parsesBack, type Structures } from '../helpers/generated-pages.ts';

const SEED = 20250531;
const property = (title: string, structures: Structures, numRuns = 150, readsBack = parsesBack) =>
  test(`${title} (seed ${SEED})`, () => {
    fc.assert(fc.property(dump(structures), readsBack), { numRuns, seed: SEED, includeErrorInReport: true });
  });

property('generated pages parse back into the articles they were made from', {}, 300);
property("datelines 株洲日报讯(全媒体记者/X 通讯员/Y) and 本报讯(记者 X) name the story's people", { datelines: true });
property('a story that signs at the end, `(株洲日报全媒体记者/X 通讯员/Y)` under its dated lead, is a story of its own', { endBylines: true });
property('photo news: a headline, a date-led paragraph and the credit alone on its line, photographers credited', { photoNews: true });
property('plain subheads between complete paragraphs', { subheads: ['plain'] });
property('numbered subheads: 一、 (二) 3.', { subheads: ['numbered', 'bracketed', 'digit'] });
property('marked subheads: ■ ● ◆ 【】', { subheads: ['square', 'dot', 'diamond', 'lenticular'] });
property('page headers with several staff lines, on one line or several', { staffLines: true });
property('boxes after the story: a notebook or related links over their paragraphs', { boxes: true });
property("boxes over the story: key points or an editor's note, the label alone or before its words", { headBoxes: true });
property('a Q&A after the story: 问 and 答 paragraphs as a box', { qa: true });
property('datelines of a county bureau 本报醴陵讯 and of wire copy 新华社北京6月2日电', { wireDatelines: true });
property('two-character names padded with a space (唐 庆) in bylines and datelines', { paddedNames: true, datelines: true });
property("a page's last story continued on the next page, (下转第2版) and (上接第1版), is one article", { jumps: true }, 150, ingestsBack);
property('photo essays: captions opened by ▲ ◀ ▶ ▼ with their credits, a (图/文) byline, then prose', { photoEssays: true });
