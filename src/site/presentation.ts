// How the site shows an article's body: the neutral elements the article holds
// (src/article/markdown.ts) get the site's classes, and a caption's figure the notice
// that the dump holds no photo. A render rule over the HTML blocks markdown-it passes
// through: the newspaper's text in them is escaped, so these tags are only markup.
import type MarkdownIt from 'markdown-it';
import { PHOTO_MISSING_LABEL } from '../article/labels.ts';
import { articleMarkdown } from '../article/render.ts';

const PRESENTED: Array<[string, string]> = [
  ['<figure>', `<figure class="photo"><div class="photo-missing">${PHOTO_MISSING_LABEL}</div>`],
  ['<span data-credit>', '<span class="credit">'],
  ['<blockquote data-block="epigraph">', '<blockquote class="epigraph">'],
  ['<p data-block="column">', '<p class="column-label">'],
  ['<aside data-box=', '<aside class="story-box" data-box='],
  ['<p data-label>', '<p class="box-label">'],
  ['<table>', '<table class="box">'],
];

const present = (html: string) => PRESENTED.reduce((out, [neutral, shown]) => out.replaceAll(neutral, shown), html);

export function presentation(md: MarkdownIt): void {
  const block = md.renderer.rules.html_block;
  md.renderer.rules.html_block = (tokens, idx, options, env, self) => present(block ? block(tokens, idx, options, env, self) : (tokens[idx]?.content ?? ''));
}

/** The markdown-it instance of the site's article pages. */
export function siteMarkdown(): MarkdownIt {
  return articleMarkdown().use(presentation);
}
