// Finish rule: photo news (图片新闻). A story with no byline of its own whose text is one
// short paragraph — the photo's caption — closed by a photo credit alone on its line:
// that credit is the story's byline, as the paper prints photo news. Its people are the
// story's by the roles it gives them (`株洲日报全媒体记者/X 通讯员/Y 摄`: X a reporter,
// Y a correspondent), and its photographers; a name with no role (`(X/摄)`) is a
// photographer only.
import { addCredits } from './byline.ts';
import { MAX_CAPTION_LENGTH } from './caption.ts';
import { endsSentence } from '../text.ts';
import type { ClosingCredit, Draft, PageState } from '../page-state.ts';

/** Every name in the credit is credited with the photo (`摄`, `摄影报道`, `图/…`). */
function creditsPhotoOnly(c: ClosingCredit): boolean {
  const shot = new Set(c.credits.filter((x) => x.role === 'photographer').map((x) => x.name));
  return c.credits.length > 0 && (c.photo || c.credits.every((x) => shot.has(x.name)));
}

/** The story's text is one paragraph, perhaps cut by a column break (paragraph-join mends it later). */
function isOneShortParagraph(d: Draft): boolean {
  const text = d.blocks.filter((b) => b.type !== 'caption');
  return text.length > 0 && text.every((b, i) => b.type === 'paragraph' && (i === text.length - 1 || !endsSentence(b.text))) && [...text.map((b) => b.text).join('')].length <= MAX_CAPTION_LENGTH;
}

function isPhotoNews(d: Draft): boolean {
  return !d.hasHeadByline && isOneShortParagraph(d) && d.closingCredits.length === 1 && creditsPhotoOnly(d.closingCredits[0] as ClosingCredit);
}

export function photoNews(state: PageState): boolean {
  let taken = false;
  for (const d of state.drafts) {
    if (!isPhotoNews(d)) continue;
    const c = d.closingCredits.pop() as ClosingCredit;
    d.bylines.push(c.text);
    addCredits(d, c.credits, false);
    addCredits(d, c.credits, true);
    if (c.credits.some((x) => x.role !== 'photographer')) {
      state.decide({ rule: 'photo-news', chose: 'the byline of the photo news, by the roles it gives', over: 'photographers only', evidence: 'no byline above; one short paragraph closed by a photo credit alone on its line', startLine: c.startLine, endLine: c.endLine });
    }
    taken = true;
  }
  return taken;
}
