/**
 * The sample schemes shipped in data/, served from the app's own origin (nothing is fetched
 * from elsewhere: issue 3). A glob rather than three imports, so the app still builds while
 * a sample is missing; `no-inline` keeps small files out of data: URLs, which the page's CSP
 * (connect-src 'self') would refuse to fetch.
 */
const urls = import.meta.glob('../../../data/*.csv', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface Sample {
  /** File name in data/, also the dictionary key suffix of its label (sample.<file>). */
  file: string;
  url: string;
}

/** The order of the sample list; the first one present opens at start (issue 3: 2020). */
const ORDER = ['scheme-2020.csv', 'scheme-2011.csv', 'scheme-long.csv'];

/** The samples present in data/, known ones first in their intended order. */
export const samples: Sample[] = Object.entries(urls)
  .map(([path, url]) => ({ file: path.slice(path.lastIndexOf('/') + 1), url }))
  .filter((s) => ORDER.includes(s.file))
  .sort((a, b) => ORDER.indexOf(a.file) - ORDER.indexOf(b.file));
