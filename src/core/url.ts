/**
 * The key under which a page's notes are kept: the URL without its fragment and without the tracking
 * parameters that differ between visits of the same article (so a link from a newsletter finds its notes).
 */
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|_ga|_hsenc|_hsmi|cmpid|ocid)$/i;

export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  return url.toString();
}
