// Where to continue, module shares, exercise status and the next step, from the saved record.
import { describe, expect, it } from 'vitest';
import { continueLesson, exerciseStatus, lessonsDoneOf, nextStep } from '../../../src/lib/progress/course-record';
import { emptyProgress, type Progress } from '../../../src/lib/progress/progress-schema';

const at = '2026-11-23T10:00:00.000Z';
const lessons = ['a', 'b', 'c', 'd'];
const done = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, at]));
const withDone = (...ids: string[]): Progress => ({ ...emptyProgress(), lessonsDone: done(...ids) });
const quiz = { attempts: 1, best: { score: 1, max: 2, at }, last: { at, score: 1, max: 2, answers: {} } };

describe('continueLesson', () => {
  it('is nothing before any lesson is done', () => {
    expect(continueLesson(lessons, {})).toBeUndefined();
  });
  it('is the first lesson not done after the last one done', () => {
    expect(continueLesson(lessons, done('a'))).toBe('b');
    expect(continueLesson(lessons, done('a', 'c'))).toBe('d');
    expect(continueLesson(lessons, done('b', 'c'))).toBe('d');
  });
  it('goes back to the first gap when the last lesson is done', () => {
    expect(continueLesson(lessons, done('a', 'd'))).toBe('b');
  });
  it('is nothing when every lesson is done, and ignores lessons not in the list', () => {
    expect(continueLesson(lessons, done(...lessons))).toBeUndefined();
    expect(continueLesson(lessons, done('gone'))).toBeUndefined();
  });
});

describe('lessonsDoneOf', () => {
  it('counts the done lessons of a module', () => {
    expect(lessonsDoneOf(['a', 'b'], done('b', 'c'))).toEqual({ done: 1, total: 2 });
  });
});

describe('exerciseStatus', () => {
  it('is not started without a record, done with its score otherwise', () => {
    const progress: Progress = { ...emptyProgress(), exercises: { e: { at, score: 3, max: 4, state: {} } } };
    expect(exerciseStatus('other', progress)).toEqual({ kind: 'not-started' });
    expect(exerciseStatus('e', progress)).toEqual({ kind: 'done', score: 3, max: 4, at });
  });
});

describe('nextStep', () => {
  const course = { lessonIds: lessons, quizIds: ['q1', 'q2'], exerciseIds: ['e1'] };
  it('is "start" with nothing saved', () => {
    expect(nextStep(course, emptyProgress())).toEqual({ kind: 'start' });
  });
  it('continues the lessons first', () => {
    expect(nextStep(course, withDone('a'))).toEqual({ kind: 'lesson', lessonId: 'b' });
  });
  it('with only a quiz or an exercise saved, starts with the first lesson not done', () => {
    expect(nextStep(course, { ...emptyProgress(), quizzes: { q1: quiz } })).toEqual({ kind: 'lesson', lessonId: 'a' });
  });
  it('then a quiz not taken, then an exercise not started, then finished', () => {
    const all = withDone(...lessons);
    expect(nextStep(course, all)).toEqual({ kind: 'quiz', quizId: 'q1' });
    const quizzed = { ...all, quizzes: { q1: quiz, q2: quiz } };
    expect(nextStep(course, quizzed)).toEqual({ kind: 'exercise', exerciseId: 'e1' });
    const everything = { ...quizzed, exercises: { e1: { at, score: 1, max: 1, state: {} } } };
    expect(nextStep(course, everything)).toEqual({ kind: 'finished' });
  });
});
