import { describe, expect, it } from 'vitest';
import { objectiveCounts, objectiveTexts } from '../../../src/lib/content/objectives';
import { assembleContentDir, courseContentDir } from '../../helpers/load-content-dir';
import type { Question } from '../../../src/schemas/quiz';

const item = (id: string, objective: string): Question => ({
  kind: 'true-false',
  id,
  objective,
  stem: 'A statement to judge.',
  explanation: 'Why it is so.',
  answer: true,
  feedbackTrue: 'Right, because it is so.',
  feedbackFalse: 'No, because it is so.',
});

const lesson = (id: string, objectives: string[], questions: Question[]) => ({
  id,
  data: { title: `Lesson ${id}`, objectives: objectives.map((o) => ({ id: o, text: `Text of ${o}` })) },
  quiz: { questions },
});

describe('objectives for instructors', () => {
  it('looks up the text of every objective of the lessons given', () => {
    const texts = objectiveTexts([lesson('a', ['a-1', 'a-2'], []), lesson('b', ['b-1'], [])]);
    expect([...texts]).toEqual([
      ['a-1', 'Text of a-1'],
      ['a-2', 'Text of a-2'],
      ['b-1', 'Text of b-1'],
    ]);
  });

  it('counts the items measuring each objective in the lesson quiz and in the module quiz', () => {
    const counts = objectiveCounts({
      lessons: [lesson('a', ['a-1', 'a-2'], [item('q1', 'a-1'), item('q2', 'a-1')]), lesson('b', ['b-1'], [])],
      quiz: { questions: [item('m1', 'a-2'), item('m2', 'b-1'), item('m3', 'a-1')] },
    });
    expect(counts).toEqual([
      {
        lessonId: 'a',
        title: 'Lesson a',
        objectives: [
          { id: 'a-1', text: 'Text of a-1', inLessonQuiz: 2, inModuleQuiz: 1 },
          { id: 'a-2', text: 'Text of a-2', inLessonQuiz: 0, inModuleQuiz: 1 },
        ],
      },
      {
        lessonId: 'b',
        title: 'Lesson b',
        objectives: [{ id: 'b-1', text: 'Text of b-1', inLessonQuiz: 0, inModuleQuiz: 1 }],
      },
    ]);
  });

  it('finds at least one item for every objective of the real course', () => {
    const course = assembleContentDir(courseContentDir);
    const unmeasured = course.modules
      .flatMap((module) => objectiveCounts(module))
      .flatMap((l) =>
        l.objectives.filter((o) => o.inLessonQuiz + o.inModuleQuiz === 0).map((o) => `${l.lessonId}: ${o.id}`),
      );
    expect(unmeasured).toEqual([]);
  });
});
