import { describe, expect, it } from 'vitest';
import { scormManifestXml } from '../../../src/lib/scorm/manifest';
import { SCORM12_SCHEMA, validateWithSchema } from '../export/xmllint';

const input = {
  identifier: 'one-voice-foundations',
  title: 'One Voice: Module 1 & "quiz" <test>',
  description: 'A module quiz — with accents: café',
  rights: '"One Voice" by the One Voice contributors, licensed under CC BY 4.0.',
  launch: 'index.html',
  files: ['index.html', 'player.js', 'player.css'],
  masteryScore: 70,
};

describe('scormManifestXml', () => {
  it('validates against the vendored SCORM 1.2 schemas (imscp 1.1.2, adlcp 1.2, imsmd 1.2.1)', () => {
    const check = validateWithSchema(SCORM12_SCHEMA, new Map([['imsmanifest.xml', scormManifestXml(input)]]));
    expect(check.output).toContain('validates');
    expect(check.ok, check.output).toBe(true);
  });

  it('declares SCORM 1.2, one SCO launched from a relative page, the pass mark and the licence', () => {
    const xml = scormManifestXml(input);
    expect(xml).toContain('<schema>ADL SCORM</schema>');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toMatch(/adlcp:scormtype="sco" href="index.html"/);
    expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(xml).toContain('licensed under CC BY 4.0');
    expect(xml).toContain('&amp; &quot;quiz&quot; &lt;test&gt;');
    expect(xml).toMatch(/<organizations default="O-one-voice-foundations">/);
  });

  it('fails the schema check when a required part is missing (the check really runs)', () => {
    const broken = scormManifestXml(input).replace(/<organizations[\s\S]*<\/organizations>/, '');
    expect(validateWithSchema(SCORM12_SCHEMA, new Map([['imsmanifest.xml', broken]])).ok).toBe(false);
  });
});
