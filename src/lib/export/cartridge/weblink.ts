// One lesson as a CC 1.1 web link (imswl) to its page on the hosted site.
import { escapeXml, oneLine } from '../xml-text';

export function weblinkXml(title: string, url: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<webLink xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1">',
    `  <title>${escapeXml(oneLine(title))}</title>`,
    `  <url href="${escapeXml(url)}" target="_blank"/>`,
    '</webLink>',
    '',
  ].join('\n');
}
