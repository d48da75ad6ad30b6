// The file names of the SCORM packages under exports/scorm/: `<module>.zip` for a module's quiz,
// `<module>-exam.zip` for its exam, `final-exam.zip` for the final. A module whose id made two
// packages share a name (a module called "final", or one ending in "-exam") is refused at build
// time rather than one package silently replacing the other.
import { FINAL_EXAM_ID } from '../exam/exam-spec';

export type ScormPackageEntry = { kind: 'quiz'; moduleId: string } | { kind: 'exam'; examId: string };

export const quizPackageName = (moduleId: string) => moduleId;

export const examPackageName = (examId: string) =>
  examId === FINAL_EXAM_ID ? 'final-exam' : `${examId.replace(/^exam:/, '')}-exam`;

export const packageName = (entry: ScormPackageEntry) =>
  entry.kind === 'quiz' ? quizPackageName(entry.moduleId) : examPackageName(entry.examId);

/** Every package with its name; throws when two would share one. */
export function scormPackageList(entries: readonly ScormPackageEntry[]): { name: string; entry: ScormPackageEntry }[] {
  const seen = new Map<string, ScormPackageEntry>();
  return entries.map((entry) => {
    const name = packageName(entry);
    const other = seen.get(name);
    if (other)
      throw new Error(
        `[exports] two SCORM packages would be named ${name}.zip (${JSON.stringify(other)} and ${JSON.stringify(entry)}): rename a module`,
      );
    seen.set(name, entry);
    return { name, entry };
  });
}
