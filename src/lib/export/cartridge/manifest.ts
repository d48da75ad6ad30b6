// imsmanifest.xml for a CC 1.1 cartridge. Moodle recognises CC 1.1 only by finding the default
// namespace in the file's first few hundred bytes, so it is the root element's first attribute and
// nothing long comes before it.
import { escapeXml, oneLine } from '../xml-text';

export const CC11_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';

export interface ManifestItem {
  identifier: string;
  title: string;
  /** The resource this item opens; items without one are folders. */
  identifierref?: string;
  children?: ManifestItem[];
}

export interface ManifestResource {
  identifier: string;
  type: 'imswl_xmlv1p1' | 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment';
  /** The resource's one file; web links and assessments carry exactly one and no href. */
  file: string;
}

export interface ManifestInput {
  identifier: string;
  title: string;
  description: string;
  /** Licence and credit line: LOM rights, so an LMS that shows metadata shows the terms. */
  rights: string;
  organizationId: string;
  rootItemId: string;
  items: ManifestItem[];
  resources: ManifestResource[];
}

function itemXml(item: ManifestItem, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const ref = item.identifierref ? ` identifierref="${escapeXml(item.identifierref)}"` : '';
  return [
    `${pad}<item identifier="${escapeXml(item.identifier)}"${ref}>`,
    `${pad}  <title>${escapeXml(oneLine(item.title))}</title>`,
    ...(item.children ?? []).flatMap((child) => itemXml(child, depth + 1)),
    `${pad}</item>`,
  ];
}

const lomString = (text: string) => `<lomimscc:string language="en">${escapeXml(oneLine(text))}</lomimscc:string>`;

export function manifestXml(input: ManifestInput): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="${CC11_NAMESPACE}" identifier="${escapeXml(input.identifier)}"`,
    '  xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `  xsi:schemaLocation="${CC11_NAMESPACE} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">`,
    '  <metadata>',
    '    <schema>IMS Common Cartridge</schema>',
    '    <schemaversion>1.1.0</schemaversion>',
    '    <lomimscc:lom>',
    '      <lomimscc:general>',
    `        <lomimscc:title>${lomString(input.title)}</lomimscc:title>`,
    '        <lomimscc:language>en</lomimscc:language>',
    `        <lomimscc:description>${lomString(input.description)}</lomimscc:description>`,
    '      </lomimscc:general>',
    '      <lomimscc:rights>',
    '        <lomimscc:cost><lomimscc:value>no</lomimscc:value></lomimscc:cost>',
    '        <lomimscc:copyrightAndOtherRestrictions><lomimscc:value>yes</lomimscc:value></lomimscc:copyrightAndOtherRestrictions>',
    `        <lomimscc:description>${lomString(input.rights)}</lomimscc:description>`,
    '      </lomimscc:rights>',
    '    </lomimscc:lom>',
    '  </metadata>',
    '  <organizations>',
    `    <organization identifier="${escapeXml(input.organizationId)}" structure="rooted-hierarchy">`,
    `      <item identifier="${escapeXml(input.rootItemId)}">`,
    ...input.items.flatMap((item) => itemXml(item, 4)),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...input.resources.flatMap((resource) => [
      `    <resource identifier="${escapeXml(resource.identifier)}" type="${resource.type}">`,
      `      <file href="${escapeXml(resource.file)}"/>`,
      '    </resource>',
    ]),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
