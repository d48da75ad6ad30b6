// The quiz record kept in cmi.suspend_data, which SCORM 1.2 caps at 4,096 characters: compact codes
// (answers as option positions in the quiz's own order, dates as seconds in base 36), deflated and
// base64-encoded when that is shorter. Anything that does not decode back to a valid record is
// refused, so a damaged or foreign value starts the quiz afresh rather than showing wrong answers.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Quiz } from '../../schemas/quiz';
import type { QuizRecord } from '../progress/progress-schema';
import { questionOptions } from '../quiz/kinds';
import { SUSPEND_DATA_LIMIT } from './lms-api';

const VERSION = '1';
const PLAIN = 'p';
const DEFLATED = 'z';

type QuizShape = Pick<Quiz, 'questions'>;
type AnyQuestion = Quiz['questions'][number];

/** A question's option ids in authored order (what answers are coded as positions of). */
export const optionIds = (question: AnyQuestion) => {
  try {
    return questionOptions(question).map((o) => o.id);
  } catch {
    return []; // kinds without options (numeric, matching) keep their values as text
  }
};

export const seconds = (iso: string) => Math.round(Date.parse(iso) / 1000).toString(36);
export const fromSeconds = (code: string) => {
  const value = Number.parseInt(code, 36);
  return Number.isFinite(value) && /^[0-9a-z]+$/.test(code) ? new Date(value * 1000).toISOString() : undefined;
};

/** One question's answer: option positions "0.2", or "~" and URI-encoded values for the rest. */
export function encodeAnswer(ids: readonly string[], chosen: readonly string[]): string {
  return chosen
    .map((value) => {
      const index = ids.indexOf(value);
      // "." separates the parts of one answer, so it is escaped too (a typed figure such as "12.5").
      return index >= 0 ? index.toString(36) : `~${encodeURIComponent(value).replaceAll('.', '%2E')}`;
    })
    .join('.');
}

export function decodeAnswer(ids: readonly string[], code: string): string[] | undefined {
  const values = code.split('.').map((part) => {
    if (part.startsWith('~')) {
      try {
        return decodeURIComponent(part.slice(1));
      } catch {
        return undefined;
      }
    }
    return /^[0-9a-z]+$/.test(part) ? ids[Number.parseInt(part, 36)] : undefined;
  });
  return values.every((v): v is string => v !== undefined) ? values : undefined;
}

function compact(quiz: QuizShape, record: QuizRecord, withAnswers: boolean): string {
  const answers = withAnswers
    ? quiz.questions.map((q) => {
        const chosen = record.last.answers[q.id];
        return chosen && chosen.length > 0 ? encodeAnswer(optionIds(q), chosen) : '';
      })
    : [];
  return [
    VERSION,
    record.attempts.toString(36),
    `${record.best.score}/${record.best.max}/${seconds(record.best.at)}`,
    `${record.last.score}/${record.last.max}/${seconds(record.last.at)}`,
    answers.join(','),
  ].join('|');
}

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The shorter of the text as it is ("p…") and deflated in base64 ("z…"). */
export function pack(plain: string): string {
  const deflated = `${DEFLATED}${toBase64(deflateSync(strToU8(plain), { level: 9 }))}`;
  return deflated.length < plain.length + 1 ? deflated : `${PLAIN}${plain}`;
}

/** The text pack() was given, or undefined when `data` is not one of its outputs. */
export function unpack(data: string): string | undefined {
  try {
    if (data.startsWith(PLAIN)) return data.slice(1);
    if (data.startsWith(DEFLATED)) return strFromU8(inflateSync(fromBase64(data.slice(1))));
  } catch {
    return undefined;
  }
  return undefined;
}

/** The shortest encoding that fits the limit; without the answers if even that is too long. */
export function encodeSuspendData(quiz: QuizShape, record: QuizRecord, limit = SUSPEND_DATA_LIMIT): string {
  for (const withAnswers of [true, false]) {
    const best = pack(compact(quiz, record, withAnswers));
    if (best.length <= limit) return best;
  }
  return '';
}

/** "score/max/at" back, or undefined when impossible (negative, above the maximum, no date). */
export const score = (code: string | undefined) => {
  const [s, m, at] = (code ?? '').split('/');
  const value = Number(s);
  const max = Number(m);
  const date = fromSeconds(at ?? '');
  if (!Number.isFinite(value) || !Number.isFinite(max) || max <= 0 || value < 0 || value > max || !date)
    return undefined;
  return { score: value, max, at: date };
};

/** The record back, or undefined when `data` is empty, damaged or not ours. */
export function decodeSuspendData(quiz: QuizShape, data: string): QuizRecord | undefined {
  const plain = unpack(data);
  if (plain === undefined) return undefined;
  const [version, attemptsCode, bestCode, lastCode, answersCode = '', ...rest] = plain.split('|');
  if (version !== VERSION || rest.length > 0) return undefined;
  const attempts = Number.parseInt(attemptsCode ?? '', 36);
  const best = score(bestCode);
  const last = score(lastCode);
  if (!Number.isInteger(attempts) || attempts < 1 || !best || !last) return undefined;
  const codes = answersCode === '' ? [] : answersCode.split(',');
  if (codes.length > quiz.questions.length) return undefined;
  const answers: Record<string, string[]> = {};
  for (const [index, code] of codes.entries()) {
    if (code === '') continue;
    const question = quiz.questions[index]!;
    const chosen = decodeAnswer(optionIds(question), code);
    if (!chosen) return undefined;
    answers[question.id] = chosen;
  }
  return { attempts, best, last: { ...last, answers } };
}
