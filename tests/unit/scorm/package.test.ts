import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { toScormExamPackage, toScormPackage, type ScormExamPageData } from '../../../src/lib/scorm/package';
import { courseExams, examPools } from '../../../src/lib/exam/course-exams';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';
import { loadRealExportCourse } from '../export/real-course';
import { SCORM12_SCHEMA, validateWithSchema } from '../export/xmllint';

const course = loadRealExportCourse();
const bundle = { js: 'console.log("</script>")', css: 'body{}' };

describe('toScormPackage', () => {
  it('writes one valid package per module quiz: manifest first at the root, every listed file present', () => {
    const modules = course.modules.filter((m) => m.quiz);
    expect(modules.length).toBe(course.modules.length);
    for (const module of modules) {
      const zip = unzipSync(toScormPackage({ courseTitle: course.title, module, quiz: module.quiz!, bundle }));
      const names = Object.keys(zip);
      expect(names[0]).toBe('imsmanifest.xml');
      const manifest = strFromU8(zip['imsmanifest.xml']!);
      const check = validateWithSchema(SCORM12_SCHEMA, new Map([['imsmanifest.xml', manifest]]));
      expect(check.ok, check.output).toBe(true);
      for (const [, href] of manifest.matchAll(/<file href="([^"]+)"/g)) expect(names).toContain(href);
      expect(manifest).toContain(`<adlcp:masteryscore>${module.quiz!.passPercent}</adlcp:masteryscore>`);
      expect(manifest).toContain('CC BY 4.0');
      expect(strFromU8(zip['README.txt']!)).toContain('CC BY 4.0');
    }
  });

  it('links only relative files from the launch page and keeps the quiz JSON from closing its script', () => {
    const module = course.modules[0]!;
    const quiz = { ...module.quiz!, title: 'Ends </script><!-- here' };
    const zip = unzipSync(toScormPackage({ courseTitle: course.title, module, quiz, bundle }));
    const html = strFromU8(zip['index.html']!);
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^[a-z-]+\.(js|css)$/);
    const json = /id="scorm-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json).quiz.title).toBe(quiz.title);
    expect(html).toContain('licensed under CC BY 4.0');
  });

  it('gives the same bytes twice', () => {
    const module = course.modules[0]!;
    const make = () => toScormPackage({ courseTitle: course.title, module, quiz: module.quiz!, bundle });
    expect(Buffer.from(make()).equals(Buffer.from(make()))).toBe(true);
  });
});

describe('toScormExamPackage', () => {
  const modules = assembleContentDir(courseContentDir).modules;
  const pools = examPools(modules);

  it('writes one valid package per exam, with its pools embedded and the exam pass mark', () => {
    const exams = courseExams(modules);
    expect(exams.map((e) => e.id)).toContain('exam:final');
    const identifiers = new Set<string>();
    for (const exam of exams) {
      const own = pools.filter((p) => exam.moduleIds.includes(p.moduleId));
      const zip = unzipSync(
        toScormExamPackage({ courseTitle: course.title, exam, pools: own, description: 'About it.', bundle }),
      );
      const names = Object.keys(zip);
      expect(names[0]).toBe('imsmanifest.xml');
      const manifest = strFromU8(zip['imsmanifest.xml']!);
      const check = validateWithSchema(SCORM12_SCHEMA, new Map([['imsmanifest.xml', manifest]]));
      expect(check.ok, check.output).toBe(true);
      for (const [, href] of manifest.matchAll(/<file href="([^"]+)"/g)) expect(names).toContain(href);
      expect(manifest).toContain(`<adlcp:masteryscore>${exam.passPercent}</adlcp:masteryscore>`);
      identifiers.add(/<manifest identifier="([^"]+)"/.exec(manifest)![1]!);
      const html = strFromU8(zip['index.html']!);
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) expect(url).toMatch(/^[a-z-]+\.(js|css)$/);
      const data = JSON.parse(/id="scorm-data">(.*?)<\/script>/s.exec(html)![1]!) as ScormExamPageData;
      expect(data.exam).toEqual(exam);
      expect(data.pools.map((p) => p.moduleId)).toEqual(exam.moduleIds);
      expect(html).toContain('id="scorm-exam"');
      expect(strFromU8(zip['README.txt']!)).toContain(`passed at ${exam.passPercent}%`);
    }
    expect(identifiers.size).toBe(exams.length);
    expect(identifiers).toContain('one-voice-final-exam');
  });
});
