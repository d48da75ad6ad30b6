// A SCORM 1.2 LMS API in memory for the adapter's tests: keeps every value, logs every call, and can
// be told to refuse initialisation or writes.
import type { Scorm12Api } from '../../../src/lib/scorm/lms-api';

export interface FakeApi extends Scorm12Api {
  values: Map<string, string>;
  calls: string[];
}

export function fakeApi(options: { initialize?: boolean; values?: Record<string, string> } = {}): FakeApi {
  const values = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', ...options.values }));
  const calls: string[] = [];
  const log = (call: string, result: string) => {
    calls.push(call);
    return result;
  };
  return {
    values,
    calls,
    LMSInitialize: () => log('LMSInitialize', String(options.initialize ?? true)),
    LMSFinish: () => log('LMSFinish', 'true'),
    LMSGetValue: (element) => log(`get ${element}`, values.get(element) ?? ''),
    LMSSetValue: (element, value) => {
      calls.push(`set ${element}=${value}`);
      if (element === 'cmi.suspend_data' && value.length > 4096) return 'false';
      values.set(element, value);
      return 'true';
    },
    LMSCommit: () => log('LMSCommit', 'true'),
    LMSGetLastError: () => '0',
  };
}
