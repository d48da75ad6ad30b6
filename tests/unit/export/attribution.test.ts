// Every export says whose course it is and under which licence; the repository holds both licence texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributionLine, CONTENT_LICENCE } from '../../../src/lib/export/attribution';
import { courseToGift, moduleToGift } from '../../../src/lib/export/to-gift';
import { cartridgeFiles } from '../../../src/lib/export/cartridge/to-cartridge';
import { smallCourse } from '../../fixtures/export/small-course';
import { specialCourse } from '../../fixtures/export/special-course';
import { CC11_SCHEMAS, validateWithSchema } from './xmllint';

const root = join(import.meta.dirname, '..', '..', '..');
const site = new URL('https://example.org/one-voice/');

describe('attribution in the exports', () => {
  it('puts the credit line and the licence URL in the header comment of every GIFT bank', () => {
    for (const gift of [courseToGift(smallCourse), moduleToGift(smallCourse, smallCourse.modules[0]!)]) {
      const header = gift.split('\n').filter((line) => line.startsWith('//'));
      expect(header).toContain(`// ${attributionLine(smallCourse.title)}`);
      expect(header.join('\n')).toContain(CONTENT_LICENCE.url);
    }
  });

  it('keeps a title with line breaks inside the header comment lines', () => {
    const gift = courseToGift({ ...specialCourse, title: 'Line one\n$CATEGORY: hijack\nline three' });
    expect(gift).not.toMatch(/^\$CATEGORY: hijack/m);
  });

  it('writes the licence into the cartridge metadata (LOM rights, schema-valid) and its README', () => {
    for (const module of [undefined, smallCourse.modules[0]!]) {
      const { files } = cartridgeFiles(smallCourse, site, module);
      const manifest = files.get('imsmanifest.xml')!;
      const rights = manifest.match(/<lomimscc:rights>([\s\S]*?)<\/lomimscc:rights>/)?.[1] ?? '';
      expect(rights).toContain('<lomimscc:copyrightAndOtherRestrictions><lomimscc:value>yes</lomimscc:value>');
      expect(rights).toContain(CONTENT_LICENCE.url);
      const check = validateWithSchema(CC11_SCHEMAS.manifest, new Map([['imsmanifest.xml', manifest]]));
      expect(check.ok, check.output).toBe(true);
      const readme = files.get('README.txt')!;
      expect(readme).toContain(attributionLine(smallCourse.title));
      expect(readme).toContain('https://example.org/one-voice/instructors/#credit-and-remix');
    }
  });
});

describe('licence files', () => {
  it('has the MIT licence for the code', () => {
    const mit = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(mit.startsWith('MIT License\n')).toBe(true);
    expect(mit).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
    expect(mit).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('has the full CC BY 4.0 legal code for the content, every section of it', () => {
    const cc = readFileSync(join(root, 'LICENSE-CONTENT'), 'utf8');
    expect(cc).toContain('Creative Commons Attribution 4.0 International Public License');
    const sections = [...cc.matchAll(/^Section (\d) -- /gm)].map((m) => Number(m[1]));
    expect(sections).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(cc).toContain('https://creativecommons.org/licenses/by/4.0/legalcode');
  });
});
