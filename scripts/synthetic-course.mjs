// Writes a synthetic course of about `lessons` lessons into `dir`/content for `npm run bench -- --scale`:
// the real course once, then numbered copies of every module with its lessons and quizzes (ids, titles,
// module order, quiz links and objective ids suffixed "-c<k>", so every cross-file rule of the build still
// holds). Lesson bodies, glossary and exercises are the real ones, so pages weigh what real pages weigh.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The collections copied once per copy of the course, with suffixed ids. */
export const MULTIPLIED = ['lessons', 'modules', 'quizzes'];

const suffix = (id, k) => (k === 0 ? id : `${id}-c${k}`);
const titled = (title, k) => (k === 0 ? title : `${title} (copy ${k})`);

/** Lesson frontmatter and body, split at the closing `---`. */
function splitMdx(text) {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error('lesson without frontmatter');
  return { data: parse(m[1]), body: m[2] };
}

/** @returns {{ lessons: number, modules: number, quizzes: number }} */
export function writeSyntheticCourse(source, dir, lessons) {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  // Every collection other than the three multiplied below is copied as it is (glossary, exercises,
  // capstones, and any added later), so the synthetic course never lacks a folder the build requires.
  for (const folder of readdirSync(source, { withFileTypes: true })) {
    if (folder.isDirectory() && !MULTIPLIED.includes(folder.name))
      cpSync(join(source, folder.name), join(content, folder.name), { recursive: true });
  }
  const modules = readdirSync(join(source, 'modules')).filter((f) => f.endsWith('.yaml'));
  const realLessons = modules.reduce(
    (n, f) => n + parse(readFileSync(join(source, 'modules', f), 'utf8')).lessons.length,
    0,
  );
  const copies = Math.max(1, Math.ceil(lessons / realLessons));
  const maxOrder = Math.max(...modules.map((f) => parse(readFileSync(join(source, 'modules', f), 'utf8')).order));
  const counts = { lessons: 0, modules: 0, quizzes: 0 };
  const writeQuiz = (id, k) => {
    const quiz = parse(readFileSync(join(source, 'quizzes', `${id}.yaml`), 'utf8'));
    quiz.title = titled(quiz.title, k);
    for (const q of quiz.questions) if (q.objective) q.objective = suffix(q.objective, k);
    mkdirSync(join(content, 'quizzes'), { recursive: true });
    writeFileSync(join(content, 'quizzes', `${suffix(id, k)}.yaml`), stringify(quiz));
    counts.quizzes++;
  };
  for (let k = 0; k < copies; k++) {
    for (const file of modules) {
      const id = file.replace(/\.yaml$/, '');
      const mod = parse(readFileSync(join(source, 'modules', file), 'utf8'));
      for (const lessonId of mod.lessons) {
        const { data, body } = splitMdx(readFileSync(join(source, 'lessons', id, `${lessonId}.mdx`), 'utf8'));
        data.title = titled(data.title, k);
        if (data.quiz) {
          writeQuiz(data.quiz, k);
          data.quiz = suffix(data.quiz, k);
        }
        for (const objective of data.objectives ?? []) if (objective.id) objective.id = suffix(objective.id, k);
        mkdirSync(join(content, 'lessons', suffix(id, k)), { recursive: true });
        writeFileSync(
          join(content, 'lessons', suffix(id, k), `${suffix(lessonId, k)}.mdx`),
          `---\n${stringify(data)}---\n${body}`,
        );
        counts.lessons++;
      }
      mod.title = titled(mod.title, k);
      mod.order += k * maxOrder;
      mod.lessons = mod.lessons.map((l) => suffix(l, k));
      if (mod.quiz) {
        writeQuiz(mod.quiz, k);
        mod.quiz = suffix(mod.quiz, k);
      }
      mkdirSync(join(content, 'modules'), { recursive: true });
      writeFileSync(join(content, 'modules', `${suffix(id, k)}.yaml`), stringify(mod));
      counts.modules++;
    }
  }
  return counts;
}
