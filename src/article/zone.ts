// Edition dates are days in the paper's own time zone: the ingest dates dumps in it and
// the site's calendars and feeds show them in it.
export const ZONE = 'Asia/Shanghai';
