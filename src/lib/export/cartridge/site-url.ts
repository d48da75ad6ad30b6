// The hosted site's address, which every web link in a cartridge needs.

export type SiteUrlResult = { ok: true; url: URL } | { ok: false; reason: string };

export const MISSING_SITE_URL_MESSAGE =
  'This build has no site address (SITE_URL), so it cannot write a Common Cartridge: its lesson links must be absolute addresses of the hosted site. Rebuild with SITE_URL=https://your.host (and BASE_PATH if the site lives under a sub-path).';

/**
 * Joins the configured site (SITE_URL) and base path into the absolute address lessons hang from.
 * Only http(s) works as an LMS web link.
 */
export function resolveSiteUrl(site: string | URL | undefined, basePath: string): SiteUrlResult {
  if (site === undefined || String(site).trim() === '') return { ok: false, reason: MISSING_SITE_URL_MESSAGE };
  let origin: URL;
  try {
    origin = new URL(String(site));
  } catch {
    return { ok: false, reason: `The site address "${String(site)}" is not a valid URL.` };
  }
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:') {
    return { ok: false, reason: `The site address "${String(site)}" must start with https:// or http://.` };
  }
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { ok: true, url: new URL(base, origin) };
}
