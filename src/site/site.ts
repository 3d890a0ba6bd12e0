// What the site says of itself. SITE_URL is where the archive is published: canonical
// links, the feed and the sitemap need absolute URLs.
export const SITE = {
  name: '株洲日报数字档案',
  paper: '株洲日报',
  publisher: '株洲日报社',
  url: (process.env.SITE_URL ?? 'http://localhost:8080').replace(/\/+$/u, ''),
};
