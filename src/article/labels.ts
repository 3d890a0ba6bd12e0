// What pages say where an article lacks a part: the site's pages and the search page
// share these words. No Node modules here: the browser bundle reads it.

/** Stories whose page header the dump did not capture: their section is unknown, not guessed. */
export const UNKNOWN_SECTION_LABEL = '版面未注明';

/** Stories printed without a headline (briefs, photo news): what links to them say. */
export const UNTITLED_LABEL = '（无标题）';

/** Under a caption: the dumps hold the photos' captions, never the photos. */
export const PHOTO_MISSING_LABEL = '原版图片未收录';
