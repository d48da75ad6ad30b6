import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { cartridgeFiles, toCartridge } from '../../../src/lib/export/cartridge/to-cartridge';
import { resolveSiteUrl, MISSING_SITE_URL_MESSAGE } from '../../../src/lib/export/cartridge/site-url';
import type { ExportCourse } from '../../../src/lib/export/export-course';
import { moduleQuizzes } from '../../../src/lib/content/course';
import { itemIdent } from '../../../src/lib/export/cartridge/qti-assessment';
import { smallCourse } from '../../fixtures/export/small-course';
import { specialCourse } from '../../fixtures/export/special-course';
import { loadRealExportCourse } from './real-course';
import { readGolden } from './golden';
import { CC11_SCHEMAS, validateWithSchema } from './xmllint';

const site = (url = 'https://example.org/one-voice/') => {
  const result = resolveSiteUrl(url, '/');
  if (!result.ok) throw new Error(result.reason);
  return result.url;
};

const xmlParser = new new Window().DOMParser();
function parseXml(text: string) {
  const doc = xmlParser.parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}
const elements = (doc: { getElementsByTagName(name: string): ArrayLike<Element> }, name: string) => [
  ...Array.from(doc.getElementsByTagName(name)),
];

function unzip(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function filesOfKind(files: Map<string, string>, suffix: string) {
  return new Map([...files].filter(([name]) => name.endsWith(suffix)));
}

/** Every check the schemas cannot make, plus the schemas themselves. */
function expectValidCartridge(course: ExportCourse, bytes: Uint8Array) {
  const files = unzip(bytes);
  const names = [...files.keys()];
  // imsmanifest.xml at the root, first; no wrapping folder; ASCII, forward slashes, no OS junk.
  expect(names[0]).toBe('imsmanifest.xml');
  for (const name of names) {
    expect(name).toMatch(/^[A-Za-z0-9._/-]+$/);
    expect(name).not.toMatch(/__MACOSX|\.DS_Store|^\//);
  }
  expect(names.slice(1)).toEqual([...names.slice(1)].sort());

  const manifestText = files.get('imsmanifest.xml')!;
  expect(manifestText.slice(0, 500)).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"');
  const manifestCheck = validateWithSchema(CC11_SCHEMAS.manifest, new Map([['imsmanifest.xml', manifestText]]));
  expect(manifestCheck.output).toContain('validates');
  expect(manifestCheck.ok, manifestCheck.output).toBe(true);

  const weblinks = filesOfKind(files, '/weblink.xml');
  const assessments = filesOfKind(files, '/assessment.xml');
  const weblinkCheck = validateWithSchema(CC11_SCHEMAS.weblink, weblinks);
  expect(weblinkCheck.ok, weblinkCheck.output).toBe(true);
  if (assessments.size > 0) {
    const qtiCheck = validateWithSchema(CC11_SCHEMAS.qti, assessments);
    expect(qtiCheck.ok, qtiCheck.output).toBe(true);
  }

  const manifest = parseXml(manifestText);
  expect(elements(manifest, 'schema')[0]?.textContent).toBe('IMS Common Cartridge');
  expect(elements(manifest, 'schemaversion')[0]?.textContent).toBe('1.1.0');
  const resources = elements(manifest, 'resource');
  const resourceIds = resources.map((r) => r.getAttribute('identifier')!);
  const identifiers = [...elements(manifest, 'item'), ...resources, ...elements(manifest, 'organization')].map(
    (e) => e.getAttribute('identifier')!,
  );
  expect(new Set(identifiers).size).toBe(identifiers.length);
  for (const id of identifiers) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9._-]*$/);

  // Every identifierref resolves, and every resource is placed in the outline exactly once.
  const refs = elements(manifest, 'item')
    .map((item) => item.getAttribute('identifierref'))
    .filter((r): r is string => r !== null);
  for (const ref of refs) expect(resourceIds).toContain(ref);
  expect([...refs].sort()).toEqual([...resourceIds].sort());

  // Web links and assessments: exactly one file, no href; every named file is in the zip.
  for (const resource of resources) {
    expect(resource.getAttribute('href')).toBeNull();
    const fileEls = elements(resource, 'file');
    expect(fileEls).toHaveLength(1);
    expect(files.has(fileEls[0]!.getAttribute('href')!)).toBe(true);
  }
  // Nothing in the zip that neither the manifest names nor is the readme.
  const named = new Set(elements(manifest, 'file').map((f) => f.getAttribute('href')));
  expect(names.filter((n) => !named.has(n))).toEqual(['imsmanifest.xml', 'README.txt']);

  // Every lesson is a link to its absolute page; every quiz question is in an assessment.
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      const link = parseXml(files.get(`R-lesson-${lesson.id}/weblink.xml`)!);
      expect(elements(link, 'url')[0]?.getAttribute('href')).toMatch(
        new RegExp(`^https?://[^/]+/.*lessons/${lesson.id}/$`),
      );
    }
  }
  return files;
}

describe('resolveSiteUrl', () => {
  it('joins site and base path into the absolute address lessons hang from', () => {
    expect(site('https://example.org').href).toBe('https://example.org/');
    const sub = resolveSiteUrl('https://example.github.io', '/one-voice');
    expect(sub.ok && sub.url.href).toBe('https://example.github.io/one-voice/');
  });

  it('says clearly when there is no site address or a wrong one', () => {
    expect(resolveSiteUrl(undefined, '/')).toEqual({ ok: false, reason: MISSING_SITE_URL_MESSAGE });
    expect(resolveSiteUrl('', '/')).toEqual({ ok: false, reason: MISSING_SITE_URL_MESSAGE });
    expect(resolveSiteUrl('not a url', '/')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a valid URL'),
    });
    expect(resolveSiteUrl('ftp://example.org', '/')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('https://'),
    });
  });
});

describe('toCartridge', () => {
  it('writes a valid CC 1.1 cartridge for the small fixture course', () => {
    expectValidCartridge(smallCourse, toCartridge(smallCourse, site()));
  });

  it('stays valid with every special character, accents and emoji, and keeps the text exact', () => {
    const files = expectValidCartridge(specialCourse, toCartridge(specialCourse, site()));
    const quiz = specialCourse.modules[0]!.lessons[0]!.quiz!;
    const doc = parseXml(files.get(`R-quiz-${quiz.id}/assessment.xml`)!);
    const question = quiz.questions[0]!;
    if (question.kind !== 'single') throw new Error('fixture changed');
    const item = elements(doc, 'item').find((i) => i.getAttribute('ident') === itemIdent(quiz, question))!;
    // mattext holds HTML-escaped plain text, so the LMS shows "<b>" as written.
    const htmlToText = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const texts = elements(item, 'mattext').map((m) => htmlToText(m.textContent ?? ''));
    expect(texts[0]).toBe(question.stem);
    expect(texts.slice(1, 1 + question.options.length)).toEqual(question.options.map((o) => o.text));
  });

  it("carries a case's title and scenario as paragraphs in each of its items' material, and says so in the readme", () => {
    const files = unzip(toCartridge(smallCourse, site()));
    const doc = parseXml(files.get('R-quiz-module-planning/assessment.xml')!);
    const item = elements(doc, 'item').find((i) => i.getAttribute('title') === 'module-planning/q-bakery-audience')!;
    expect(elements(item, 'mattext')[0]!.textContent).toBe(
      '<p>Case: A bakery opens</p><p>A bakery opens a second shop across town.</p>' +
        '<p>It has a budget for one month of local promotion.</p><p>Who should the first month of promotion reach?</p>',
    );
    const readme = files.get('README.txt') ?? '';
    expect(readme).toContain('Case sets');
    expect(readme).toContain('module-planning');
  });

  it('carries each kind in the profile layout Moodle imports: scores, per-option and general feedback', () => {
    const files = unzip(toCartridge(specialCourse, site()));
    for (const { quiz } of moduleQuizzes(specialCourse.modules[0]!)) {
      const doc = parseXml(files.get(`R-quiz-${quiz.id}/assessment.xml`)!);
      for (const question of quiz.questions) {
        const item = elements(doc, 'item').find((i) => i.getAttribute('ident') === itemIdent(quiz, question))!;
        if (question.kind === 'numeric' || question.kind === 'matching') {
          expect(item).toBeUndefined();
          continue;
        }
        const profile = elements(item, 'fieldentry')[0]?.textContent;
        expect(profile).toBe(
          {
            single: 'cc.multiple_choice.v0p1',
            multiple: 'cc.multiple_response.v0p1',
            'true-false': 'cc.true_false.v0p1',
          }[question.kind],
        );
        const labels = elements(item, 'response_label').map((l) => l.getAttribute('ident'));
        const expected =
          question.kind === 'true-false'
            ? [
                { id: 'true', correct: question.answer, feedback: question.feedbackTrue },
                { id: 'false', correct: !question.answer, feedback: question.feedbackFalse },
              ]
            : question.options.map((o) => ({ id: o.id, correct: o.correct, feedback: o.feedback }));
        expect(labels).toEqual(expected.map((e) => e.id));
        const conditions = elements(item, 'respcondition');
        // First: general feedback, continue="Yes", from <other/>.
        expect(conditions[0]!.getAttribute('continue')).toBe('Yes');
        expect(elements(conditions[0]!, 'other')).toHaveLength(1);
        const feedbackText = (ident: string | null) =>
          elements(item, 'itemfeedback')
            .find((f) => f.getAttribute('ident') === ident)
            ?.textContent?.replace(/&amp;/g, '&')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>');
        expect(feedbackText(elements(conditions[0]!, 'displayfeedback')[0]!.getAttribute('linkrefid'))).toBe(
          question.explanation.trim(),
        );
        // Then one continue="No" condition per option: the last one naming it sets its score.
        for (const option of expected) {
          const own = conditions.filter((c) => elements(c, 'varequal')[0]?.textContent === option.id);
          expect(own).toHaveLength(1);
          expect(own[0]!.getAttribute('continue')).toBe('No');
          expect(elements(own[0]!, 'setvar')[0]?.textContent).toBe(option.correct ? '100' : '0');
          expect(feedbackText(elements(own[0]!, 'displayfeedback')[0]!.getAttribute('linkrefid'))).toBe(
            option.feedback.trim(),
          );
          if (question.kind === 'multiple') expect(elements(own[0]!, 'varequal')[0]?.getAttribute('case')).toBe('Yes');
        }
      }
    }
  });

  it('leaves numeric questions out of the real cartridge and names each of them in its README', () => {
    const course = loadRealExportCourse();
    const files = unzip(toCartridge(course, site()));
    const numeric = course.modules.flatMap((m) =>
      moduleQuizzes(m).flatMap(({ quiz }) =>
        quiz.questions.filter((q) => q.kind === 'numeric').map((q) => ({ quiz, question: q })),
      ),
    );
    expect(numeric.length).toBeGreaterThan(0);
    const readme = files.get('README.txt') ?? '';
    expect(readme).toMatch(/no numeric question type/);
    for (const { quiz, question } of numeric) {
      expect(readme).toContain(`${quiz.id}/${question.id}`);
      expect(files.get(`R-quiz-${quiz.id}/assessment.xml`)).not.toContain(itemIdent(quiz, question));
    }
  });

  it('writes a valid cartridge for the real course and for each of its modules', () => {
    const course = loadRealExportCourse();
    expectValidCartridge(course, toCartridge(course, site()));
    for (const module of course.modules) {
      const files = expectValidCartridge({ ...course, modules: [module] }, toCartridge(course, site(), module));
      expect([...files.keys()].filter((n) => n.startsWith('R-lesson-'))).toHaveLength(module.lessons.length);
    }
    // 24 xmllint runs (three schemas, the course and each of its seven modules): under 1 s on an idle
    // machine, past Vitest's 5 s default on a loaded 2-core one.
  }, 30_000);

  it('puts a course home link first, so Moodle files module n in section n (not module 1 in "General")', () => {
    // Moodle's converter (backup/cc/cc2moodle.php) makes one section per item under the root item, in
    // order, numbering from 0; it writes no section name.
    const files = unzip(toCartridge(smallCourse, site()));
    const manifest = parseXml(files.get('imsmanifest.xml')!);
    const root = elements(manifest, 'item').find((i) => i.getAttribute('identifier') === 'I-root')!;
    const topLevel = Array.from(root.children).filter((c) => c.tagName.toLowerCase() === 'item');
    const sectionOf = (index: number) => topLevel[index]!.getAttribute('identifier');
    expect(sectionOf(0)).toBe('I-course-home');
    expect(topLevel.slice(1).map((i) => i.getAttribute('identifier'))).toEqual(
      smallCourse.modules.map((m) => `I-module-${m.id}`),
    );
    const home = parseXml(files.get(`${topLevel[0]!.getAttribute('identifierref')}/weblink.xml`)!);
    expect(elements(home, 'url')[0]?.getAttribute('href')).toBe(site().href);
    // The readme gives each section its module title, numbered as Moodle numbers them.
    const readme = files.get('README.txt')!;
    smallCourse.modules.forEach((m, i) => {
      expect(readme).toContain(`section ${i + 1}: Module ${m.number}: ${m.title}`);
    });
  });

  it("lists every multiple-answer question in the README with the GIFT bank's weight for wrong options", () => {
    const course = loadRealExportCourse();
    const readme = unzip(toCartridge(course, site())).get('README.txt')!;
    const lines = readme.split('\n');
    const start = lines.findIndex((l) => l.includes('Multiple-answer penalties ('));
    const blockLines = lines.slice(
      start,
      lines.findIndex((l, i) => i > start && /^\d\. /.test(l)),
    );
    for (const line of blockLines) expect(line.length).toBeLessThanOrEqual(96);
    const block = blockLines.join(' ');
    const multiple = course.modules.flatMap((m) =>
      moduleQuizzes(m).flatMap(({ quiz }) =>
        quiz.questions.filter((q) => q.kind === 'multiple').map((question) => ({ quiz, question })),
      ),
    );
    expect(multiple.length).toBeGreaterThan(0);
    expect(block).toContain(`(${multiple.length} questions)`);
    for (const { quiz, question } of multiple) {
      if (question.kind !== 'multiple') continue;
      const wrong = question.options.filter((o) => !o.correct).length;
      const weight = `-${Number((100 / wrong).toFixed(5))}% on each wrong option:`;
      const group = block.slice(block.indexOf(weight));
      expect(group.slice(0, group.slice(1).search(/-\d+(\.\d+)?% on each/) + 1 || undefined)).toContain(
        `${quiz.id}/${question.id}`,
      );
    }
  });

  it('gives the same bytes twice, in any time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = toCartridge(smallCourse, site());
      process.env.TZ = 'Pacific/Kiritimati';
      const second = toCartridge(smallCourse, site());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('matches the golden files for the small fixture course', () => {
    const { files } = cartridgeFiles(smallCourse, site());
    const all = [...files].map(([name, text]) => `===== ${name}\n${text}`).join('\n');
    expect(all).toBe(readGolden('small-course.cartridge.txt', all));
  });
});
