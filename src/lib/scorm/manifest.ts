// imsmanifest.xml for a SCORM 1.2 package holding one SCO (the launch page of one quiz).
// SCORM 1.2 CAM: IMS Content Packaging 1.1.2 with ADL's adlcp extension; metadata "ADL SCORM" 1.2
// and an IMS Metadata 1.2.1 record that carries the title, description and the licence line.
import { escapeXml, oneLine } from '../export/xml-text';

export interface ScormManifestInput {
  /** xs:ID-safe, stable across builds (content slugs with a letter prefix). */
  identifier: string;
  title: string;
  description: string;
  /** Licence and credit line, written as the metadata's rights description. */
  rights: string;
  /** The launch page, relative to the package root. */
  launch: string;
  /** Every file of the SCO, relative to the package root, launch page included. */
  files: readonly string[];
  /** Pass mark in percent: adlcp:masteryscore (Moodle hands it to the SCO and may set passed/failed from it). */
  masteryScore: number;
}

const langString = (text: string) => `<imsmd:langstring xml:lang="en">${escapeXml(oneLine(text))}</imsmd:langstring>`;

export function scormManifestXml(input: ScormManifestInput): string {
  const id = escapeXml(input.identifier);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${langString(input.title)}</imsmd:title>`,
    '        <imsmd:language>en</imsmd:language>',
    `        <imsmd:description>${langString(input.description)}</imsmd:description>`,
    '      </imsmd:general>',
    '      <imsmd:rights>',
    '        <imsmd:cost><imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source><imsmd:value><imsmd:langstring xml:lang="x-none">no</imsmd:langstring></imsmd:value></imsmd:cost>',
    '        <imsmd:copyrightandotherrestrictions><imsmd:source><imsmd:langstring xml:lang="x-none">LOMv1.0</imsmd:langstring></imsmd:source><imsmd:value><imsmd:langstring xml:lang="x-none">yes</imsmd:langstring></imsmd:value></imsmd:copyrightandotherrestrictions>',
    `        <imsmd:description>${langString(input.rights)}</imsmd:description>`,
    '      </imsmd:rights>',
    '    </imsmd:lom>',
    '  </metadata>',
    `  <organizations default="O-${id}">`,
    `    <organization identifier="O-${id}">`,
    `      <title>${escapeXml(oneLine(input.title))}</title>`,
    `      <item identifier="I-${id}" identifierref="R-${id}" isvisible="true">`,
    `        <title>${escapeXml(oneLine(input.title))}</title>`,
    `        <adlcp:masteryscore>${Math.round(input.masteryScore)}</adlcp:masteryscore>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="R-${id}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(input.launch)}">`,
    ...input.files.map((file) => `      <file href="${escapeXml(file)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
