// A two-question quiz (one single-answer, one true/false) that the Quiz island tests share.
import type { Quiz as QuizData } from '../../src/schemas/quiz';

export const quiz: QuizData = {
  title: 'Test quiz',
  passPercent: 70,
  questions: [
    {
      kind: 'single',
      objective: 'fixture-objective',
      id: 'q1',
      stem: 'Which channel did the café add?',
      explanation: 'The café added email.',
      options: [
        { id: 'a', text: 'Email', correct: true, feedback: 'Yes: email was the new channel.' },
        { id: 'b', text: 'Radio', correct: false, feedback: 'No: radio was never used.' },
      ],
    },
    {
      kind: 'true-false',
      objective: 'fixture-objective',
      id: 'q2',
      stem: 'IMC means identical ads everywhere.',
      explanation: 'Integrated is not identical.',
      answer: false,
      feedbackTrue: 'Not quite: formats differ.',
      feedbackFalse: 'Right: one voice, many formats.',
    },
  ],
};
