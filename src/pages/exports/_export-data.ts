// What the export endpoints share: the course in the exporters' shape and the hosted site's address.
import { getCourse } from '../../collections';
import { fromCourse } from '../../lib/export/from-course';
import type { ExportCourse } from '../../lib/export/export-course';
import { resolveSiteUrl, type SiteUrlResult } from '../../lib/export/cartridge/site-url';

export async function exportCourse(): Promise<ExportCourse> {
  return fromCourse(await getCourse());
}

/** From SITE_URL / BASE_PATH (astro.config.mjs passes them as `site` and `base`). */
export function configuredSiteUrl(): SiteUrlResult {
  return resolveSiteUrl(import.meta.env.SITE, import.meta.env.BASE_URL);
}
