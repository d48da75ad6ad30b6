// Module quizzes are named one way everywhere: "Module quiz: <the module's title>". The titles live in
// the quiz files, so this fails with the list of quizzes to rename until every one follows the rule.
import { describe, expect, it } from 'vitest';
import { courseContentDir, loadContentDir } from '../../helpers/load-content-dir';

const { content } = loadContentDir(courseContentDir);

describe('module quiz titles', () => {
  it('read "Module quiz: <module title>"', () => {
    const quizzes = new Map(content.quizzes.map((q) => [q.id, q]));
    const wrong = content.modules.flatMap(({ data }) => {
      const quiz = data.quiz ? quizzes.get(data.quiz) : undefined;
      const expected = `Module quiz: ${data.title}`;
      return quiz && quiz.data.title !== expected
        ? [`${quiz.file}: title "${quiz.data.title}", expected "${expected}"`]
        : [];
    });
    expect(wrong).toEqual([]);
  });
});
