import { z } from 'astro/zod';
import { slugSchema } from './ids';

const optionSchema = z
  .object({
    id: slugSchema.describe('Stable option id, unique within the question (a, b, c... or a short slug).'),
    text: z.string().min(1).describe('The option as the learner reads it (plain text).'),
    correct: z.boolean().describe('Whether choosing this option is right.'),
    feedback: z.string().min(10).describe('Why this option is right or wrong; shown after checking.'),
  })
  .strict();

const questionBase = {
  id: slugSchema.describe('Stable question id, unique within the quiz; saved progress is keyed by it.'),
  stem: z.string().min(10).describe('The question text (plain text).'),
  explanation: z.string().min(10).describe('The general explanation shown after checking, whatever was chosen.'),
  objective: slugSchema.describe(
    "Id of the lesson objective this item measures: one of its own lesson's `objectives[].id` (for a module quiz, of a lesson in that module).",
  ),
  case: slugSchema
    .optional()
    .describe("Id of the quiz's case (`cases[].id`) this item belongs to: it is shown under that scenario."),
};

export const singleQuestionSchema = z
  .object({
    kind: z.literal('single').describe('Exactly one correct option; the learner picks one.'),
    ...questionBase,
    options: z.array(optionSchema).min(2).max(8),
  })
  .strict();

export const multipleQuestionSchema = z
  .object({
    kind: z.literal('multiple').describe('One or more correct options; the learner ticks all that apply.'),
    ...questionBase,
    options: z.array(optionSchema).min(3).max(8),
  })
  .strict();

export const trueFalseQuestionSchema = z
  .object({
    kind: z.literal('true-false').describe('A statement that is either true or false.'),
    ...questionBase,
    answer: z.boolean().describe('Whether the statement in the stem is true.'),
    feedbackTrue: z.string().min(10).describe('Shown when the learner answers "True".'),
    feedbackFalse: z.string().min(10).describe('Shown when the learner answers "False".'),
  })
  .strict();

const numericMistakeSchema = z
  .object({
    value: z.number().describe('A wrong answer learners often reach (e.g. a figure not divided by 1,000).'),
    feedback: z.string().min(10).describe('Why that figure is wrong: the slip that leads to it.'),
  })
  .strict();

export const numericQuestionSchema = z
  .object({
    kind: z.literal('numeric').describe('The learner types a number; right within the tolerance.'),
    ...questionBase,
    answer: z.number().describe('The right figure, in the unit below.'),
    tolerance: z.number().min(0).default(0).describe('How far from the answer still counts as right (absolute).'),
    unit: z
      .string()
      .max(12)
      .optional()
      .describe('What the figure counts, shown after the box and in the answer: "%", "GRPs", "dollars".'),
    feedbackCorrect: z.string().min(10).describe('Shown when the typed figure is right.'),
    feedbackWrong: z.string().min(10).describe('Shown for any other wrong figure: how to work it out.'),
    mistakes: z.array(numericMistakeSchema).default([]).describe('Common wrong figures, each with its own feedback.'),
  })
  .strict();

const matchingPairSchema = z
  .object({
    id: slugSchema.describe('Stable pair id, unique within the question; saved matches are keyed by it.'),
    left: z.string().min(1).describe('The item to match (shown in order, each with a list to choose from).'),
    right: z.string().min(1).describe('Its match (the lists offer every right-hand text, in alphabetical order).'),
    feedback: z.string().min(10).describe('Why these two belong together; shown after checking.'),
  })
  .strict();

export const matchingQuestionSchema = z
  .object({
    kind: z.literal('matching').describe('The learner matches each left item to one right-hand text.'),
    ...questionBase,
    pairs: z.array(matchingPairSchema).min(3).max(6),
  })
  .strict();

export const questionSchema = z.discriminatedUnion('kind', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  matchingQuestionSchema,
]);

export const quizCaseSchema = z
  .object({
    id: slugSchema.describe('Stable case id, unique within the quiz; its items name it in `case`.'),
    title: z.string().min(3).describe('The case heading, shown above its scenario.'),
    scenario: z
      .string()
      .min(40)
      .describe('The situation every item of the case refers to: plain text, paragraphs separated by a blank line.'),
  })
  .strict();

export const quizSchema = z
  .object({
    title: z.string().min(3).describe('Quiz title.'),
    passPercent: z.number().int().min(1).max(100).default(70).describe('Score (percent) that counts as passing.'),
    cases: z
      .array(quizCaseSchema)
      .optional()
      .describe('Case sets: one scenario followed by several items (at least 2, kept together in the file).'),
    questions: z.array(questionSchema).min(1).describe('Questions in authored order.'),
  })
  .strict();

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type QuizCase = z.infer<typeof quizCaseSchema>;
export type QuizOption = z.infer<typeof optionSchema>;
