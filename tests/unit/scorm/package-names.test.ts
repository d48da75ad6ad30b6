import { describe, expect, it } from 'vitest';
import { examPackageName, scormPackageList } from '../../../src/lib/scorm/package-names';

describe('SCORM package names', () => {
  it('names quiz, module exam and final exam packages apart', () => {
    expect(
      scormPackageList([
        { kind: 'quiz', moduleId: 'foundations' },
        { kind: 'exam', examId: 'exam:foundations' },
        { kind: 'exam', examId: 'exam:final' },
      ]).map((p) => p.name),
    ).toEqual(['foundations', 'foundations-exam', 'final-exam']);
    expect(examPackageName('exam:final')).toBe('final-exam');
  });

  it('refuses two packages with one name', () => {
    expect(() =>
      scormPackageList([
        { kind: 'quiz', moduleId: 'final-exam' },
        { kind: 'exam', examId: 'exam:final' },
      ]),
    ).toThrow(/two SCORM packages would be named final-exam\.zip/);
    expect(() =>
      scormPackageList([
        { kind: 'exam', examId: 'exam:final' },
        { kind: 'exam', examId: 'exam:final' },
      ]),
    ).toThrow(/final-exam\.zip/);
  });
});
