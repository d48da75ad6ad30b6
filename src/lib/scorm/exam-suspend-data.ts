// An exam package's cmi.suspend_data (SCORM 1.2: at most 4,096 characters): the exam's record (best
// and last result, the last attempt's questions and answers) and the exam in progress, so a learner
// who leaves mid-exam comes back to it. Compact codes as the quiz packages' suspend-data.ts (answers
// as option positions, dates in base 36 seconds, the same compression): the last result's questions
// as positions in the exam's bank (every question of its pools, in course order), the exam in
// progress as its attempt number (the attempt's seed draws its questions again) with answers,
// confidence and flags by position in that draw.
import type { ExamDraft } from '../exam/exam-draft';
import { drawExam, examSeed, examUnits, groupOfPool, type ExamPool, type ExamQuestion } from '../exam/exam-draw';
import type { Confidence, QuizRecord } from '../progress/progress-schema';
import type { Answers } from '../quiz/grade-quiz';
import { SUSPEND_DATA_LIMIT } from './lms-api';
import { decodeAnswer, encodeAnswer, optionIds, pack, score, seconds, unpack } from './suspend-data';

const VERSION = 'e1';
const FIELDS = 11;

export interface ExamBank {
  exam: { id: string; size: number };
  /** The pools of exam.moduleIds, in course order. */
  pools: readonly ExamPool[];
}

export interface ExamState {
  record?: QuizRecord | undefined;
  draft?: ExamDraft | undefined;
}

/** What an encoding kept: everything, the result without the exam in progress, the scores only, or nothing. */
export type Kept = 'all' | 'result' | 'scores' | 'nothing';

const bankQuestions = (bank: ExamBank): ExamQuestion[] =>
  bank.pools.flatMap((pool) => examUnits(pool.quizzes).flatMap((unit) => unit.questions));
const drawOf = (bank: ExamBank, attempt: number) =>
  drawExam(bank.pools.map(groupOfPool), bank.exam.size, examSeed(bank.exam.id, attempt));

const CONFIDENCE_CODE: Record<Confidence, string> = { sure: 's', guessing: 'g' };
const b36 = (n: number) => n.toString(36);
const fromB36 = (code: string) => (/^[0-9a-z]+$/.test(code) ? Number.parseInt(code, 36) : Number.NaN);
const scoreCode = (s: { score: number; max: number; at: string }) => `${s.score}/${s.max}/${seconds(s.at)}`;

/** Answers, confidence and flags of `items` by position: "ans,ans,…", "sg-…" (or ""), "0.3.k". */
function marks(
  items: readonly ExamQuestion[],
  answers: Answers,
  confidence: Readonly<Record<string, Confidence>>,
  flags: readonly string[],
): [string, string, string] {
  const said = items.map((item) => {
    const value = confidence[item.key];
    return value ? CONFIDENCE_CODE[value] : '-';
  });
  return [
    items
      .map((item) => {
        const chosen = answers[item.key];
        return chosen && chosen.length > 0 ? encodeAnswer(optionIds(item.question), chosen) : '';
      })
      .join(','),
    said.some((c) => c !== '-') ? said.join('') : '',
    items.flatMap((item, i) => (flags.includes(item.key) ? [b36(i)] : [])).join('.'),
  ];
}

function compact(bank: ExamBank, state: ExamState, keep: Exclude<Kept, 'nothing'>): string {
  const fields = Array.from({ length: FIELDS }, () => '');
  fields[0] = VERSION;
  const { record, draft } = state;
  if (record) {
    fields[1] = b36(record.attempts);
    fields[2] = scoreCode(record.best);
    fields[3] = scoreCode(record.last);
    if (keep !== 'scores') {
      const bank_ = bankQuestions(bank);
      const position = new Map(bank_.map((q, i) => [q.key, i]));
      const items = Object.keys(record.last.answers).flatMap((key) => {
        const at = position.get(key);
        return at === undefined ? [] : [{ at, item: bank_[at]! }];
      });
      fields[4] = items.map(({ at }) => b36(at)).join('.');
      [fields[5], fields[6]] = marks(
        items.map(({ item }) => item),
        record.last.answers,
        record.last.confidence ?? {},
        [],
      );
    }
  }
  if (draft && keep === 'all') {
    fields[7] = b36(draft.attempt);
    [fields[8], fields[9], fields[10]] = marks(
      drawOf(bank, draft.attempt),
      draft.answers,
      draft.confidence,
      draft.flags,
    );
  }
  return fields.join('|');
}

/** The shortest encoding within the limit, leaving out the exam in progress, then the answers, if it must. */
export function encodeExamSuspendData(
  bank: ExamBank,
  state: ExamState,
  limit = SUSPEND_DATA_LIMIT,
): { data: string; kept: Kept } {
  for (const keep of ['all', 'result', 'scores'] as const) {
    const data = pack(compact(bank, state, keep));
    if (data.length <= limit) return { data, kept: keep };
  }
  return { data: '', kept: 'nothing' };
}

const confidenceOf = (code: string): Confidence | undefined =>
  code === 's' ? 'sure' : code === 'g' ? 'guessing' : undefined;

/** Answers, confidence and flags back onto `items`, or undefined when any part does not fit them. */
function readMarks(items: readonly ExamQuestion[], answersCode: string, saidCode: string, flagsCode: string) {
  const codes = answersCode === '' ? [] : answersCode.split(',');
  if (codes.length > items.length || (saidCode !== '' && saidCode.length !== items.length)) return undefined;
  if (!/^[sg-]*$/.test(saidCode)) return undefined;
  const answers: Answers = {};
  for (const [i, code] of codes.entries()) {
    if (code === '') continue;
    const chosen = decodeAnswer(optionIds(items[i]!.question), code);
    if (!chosen) return undefined;
    answers[items[i]!.key] = chosen;
  }
  const confidence: Record<string, Confidence> = {};
  for (const [i, code] of [...saidCode].entries()) {
    const value = confidenceOf(code);
    if (value) confidence[items[i]!.key] = value;
  }
  const flagged = flagsCode === '' ? [] : flagsCode.split('.').map(fromB36);
  if (flagged.some((i) => !Number.isInteger(i) || i < 0 || i >= items.length)) return undefined;
  const flags = items.filter((_, i) => flagged.includes(i)).map((item) => item.key);
  return { answers, confidence, flags };
}

function readRecord(bank: ExamBank, fields: readonly string[]): QuizRecord | undefined | false {
  const [, attemptsCode, bestCode, lastCode, keysCode, answersCode, saidCode] = fields as string[];
  if (attemptsCode === '') return undefined;
  const attempts = fromB36(attemptsCode!);
  const best = score(bestCode);
  const last = score(lastCode);
  if (!Number.isInteger(attempts) || attempts < 1 || !best || !last) return false;
  const all = bankQuestions(bank);
  const positions = keysCode === '' ? [] : keysCode!.split('.').map(fromB36);
  if (positions.some((i) => !Number.isInteger(i) || !all[i])) return false;
  const items = positions.map((i) => all[i]!);
  const read = readMarks(items, answersCode!, saidCode!, '');
  if (!read) return false;
  const answers = Object.fromEntries(items.map((item) => [item.key, read.answers[item.key] ?? []]));
  const said = Object.keys(read.confidence).length > 0 ? { confidence: read.confidence } : {};
  return { attempts, best, last: { ...last, answers, ...said } };
}

/** The record and the exam in progress back, or undefined when `data` is empty, damaged or not ours. */
export function decodeExamSuspendData(bank: ExamBank, data: string): ExamState | undefined {
  const plain = unpack(data);
  if (plain === undefined) return undefined;
  const fields = plain.split('|');
  if (fields.length !== FIELDS || fields[0] !== VERSION) return undefined;
  const record = readRecord(bank, fields);
  if (record === false) return undefined;
  const [attemptCode, answersCode, saidCode, flagsCode] = fields.slice(7) as [string, string, string, string];
  if (attemptCode === '') return { record };
  const attempt = fromB36(attemptCode);
  if (!Number.isInteger(attempt) || attempt < 1) return undefined;
  const read = readMarks(drawOf(bank, attempt), answersCode, saidCode, flagsCode);
  if (!read) return undefined;
  return { record, draft: { attempt, ...read } };
}
