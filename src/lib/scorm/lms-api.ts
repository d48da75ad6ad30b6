// A small SCORM 1.2 run-time adapter: finds the LMS's `API` object, opens a session, reports the
// quiz's score and status, keeps the resume data, and closes the session when the page is left.
// Without an LMS (the page opened as a file, or the API not found) it runs in practice mode: every
// call is a no-op and the page says so.

/** The SCORM 1.2 run-time API an LMS puts on a parent (or opener) window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** SCORM 1.2 caps cmi.suspend_data at 4,096 characters. */
export const SUSPEND_DATA_LIMIT = 4096;

interface FrameLike {
  API?: unknown;
  parent?: FrameLike | null;
  opener?: FrameLike | null;
}

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'].every(
    (name) => typeof (value as Record<string, unknown>)[name] === 'function',
  );

/** The window itself, then its parents (at most 10 levels, as ADL's sample code), then the opener's. */
function searchUp(start: FrameLike | null | undefined): Scorm12Api | undefined {
  let current = start;
  for (let level = 0; current && level <= 10; level++) {
    try {
      if (isApi(current.API)) return current.API;
      if (!current.parent || current.parent === current) return undefined;
      current = current.parent;
    } catch {
      return undefined; // a frame of another origin: stop, it cannot be the LMS's API
    }
  }
  return undefined;
}

export function findApi(win: FrameLike): Scorm12Api | undefined {
  const own = searchUp(win);
  if (own) return own;
  try {
    return searchUp(win.opener);
  } catch {
    return undefined;
  }
}

export interface QuizOutcome {
  /** 0..100, as Moodle's gradebook expects it (the activity's maximum grade defaults to 100). */
  percent: number;
  passed: boolean;
}

export interface ScormSession {
  /** 'lms' when an LMS took the session; 'practice' when there is none (or it refused to start). */
  readonly mode: 'lms' | 'practice';
  /** What the LMS kept from the last session ('' on a first visit or in practice mode). */
  readonly suspendData: string;
  /** 'resume' when the LMS says this is a return to a suspended attempt. */
  readonly entry: string;
  /** Score and status; committed at once so a closed window loses nothing. */
  report(outcome: QuizOutcome): boolean;
  /** Resume data (must already fit SUSPEND_DATA_LIMIT); committed at once. */
  suspend(data: string): boolean;
  /** Ends the session once; later calls do nothing. */
  finish(): void;
}

const practice: ScormSession = {
  mode: 'practice',
  suspendData: '',
  entry: '',
  report: () => false,
  suspend: () => false,
  finish: () => {},
};

/** Starts the session: LMSInitialize, then reads entry and suspend data; marks a first visit incomplete. */
export function openSession(api: Scorm12Api | undefined): ScormSession {
  if (!api || String(api.LMSInitialize('')) !== 'true') return practice;
  let open = true;
  const set = (element: string, value: string) => String(api.LMSSetValue(element, value)) === 'true';
  const commit = () => String(api.LMSCommit('')) === 'true';
  const entry = api.LMSGetValue('cmi.core.entry') ?? '';
  const suspendData = api.LMSGetValue('cmi.suspend_data') ?? '';
  const status = api.LMSGetValue('cmi.core.lesson_status') ?? '';
  if (status === '' || status === 'not attempted') {
    set('cmi.core.lesson_status', 'incomplete');
    commit();
  }
  return {
    mode: 'lms',
    suspendData,
    entry,
    report({ percent, passed }) {
      if (!open) return false;
      const raw = String(Math.round(Math.min(100, Math.max(0, percent)) * 100) / 100);
      const ok = [
        set('cmi.core.score.min', '0'),
        set('cmi.core.score.max', '100'),
        set('cmi.core.score.raw', raw),
        set('cmi.core.lesson_status', passed ? 'passed' : 'failed'),
      ].every(Boolean);
      return commit() && ok;
    },
    suspend(data) {
      if (!open || data.length > SUSPEND_DATA_LIMIT) return false;
      const ok = set('cmi.suspend_data', data) && set('cmi.core.exit', 'suspend');
      return commit() && ok;
    },
    finish() {
      if (!open) return;
      open = false;
      commit();
      api.LMSFinish('');
    },
  };
}
