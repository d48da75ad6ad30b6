import { describe, expect, it } from 'vitest';
import { findApi, openSession } from '../../../src/lib/scorm/lms-api';
import { fakeApi } from './fake-api';

describe('findApi', () => {
  it('finds API on the window, a parent several frames up, or the opener', () => {
    const api = fakeApi();
    expect(findApi({ API: api })).toBe(api);
    interface Frame {
      API?: unknown;
      parent?: Frame;
    }
    const top: Frame = { API: api };
    top.parent = top;
    const middle = { parent: top };
    expect(findApi({ parent: middle })).toBe(api);
    expect(findApi({ parent: null, opener: { parent: top } })).toBe(api);
  });

  it('ignores objects that lack the SCORM 1.2 functions and stops at cross-origin frames', () => {
    expect(findApi({ API: { LMSInitialize: () => 'true' } })).toBeUndefined();
    const crossOrigin = {};
    Object.defineProperty(crossOrigin, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findApi({ parent: crossOrigin })).toBeUndefined();
    // A self-parented top window without an API ends the walk (no endless loop).
    const lonely: { parent?: object } = {};
    lonely.parent = lonely;
    expect(findApi(lonely)).toBeUndefined();
  });
});

describe('openSession', () => {
  it('falls back to practice mode without an LMS, or when the LMS refuses to initialise', () => {
    for (const session of [openSession(undefined), openSession(fakeApi({ initialize: false }))]) {
      expect(session.mode).toBe('practice');
      expect(session.report({ percent: 80, passed: true })).toBe(false);
      expect(session.suspend('x')).toBe(false);
      session.finish();
    }
  });

  it('initialises, marks a first visit incomplete, and reads entry and suspend data', () => {
    const api = fakeApi({ values: { 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'p1|1' } });
    const session = openSession(api);
    expect(session.mode).toBe('lms');
    expect(session.entry).toBe('resume');
    expect(session.suspendData).toBe('p1|1');
    expect(api.calls[0]).toBe('LMSInitialize');
    expect(api.values.get('cmi.core.lesson_status')).toBe('incomplete');
  });

  it('leaves a status the LMS already holds alone', () => {
    const api = fakeApi({ values: { 'cmi.core.lesson_status': 'passed' } });
    openSession(api);
    expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('reports the score out of 100 with passed or failed, and commits at once', () => {
    const api = fakeApi();
    const session = openSession(api);
    expect(session.report({ percent: 66.666, passed: false })).toBe(true);
    expect(api.values.get('cmi.core.score.raw')).toBe('66.67');
    expect(api.values.get('cmi.core.score.min')).toBe('0');
    expect(api.values.get('cmi.core.score.max')).toBe('100');
    expect(api.values.get('cmi.core.lesson_status')).toBe('failed');
    expect(api.calls.at(-1)).toBe('LMSCommit');
    session.report({ percent: 140, passed: true });
    expect(api.values.get('cmi.core.score.raw')).toBe('100');
    expect(api.values.get('cmi.core.lesson_status')).toBe('passed');
  });

  it('keeps suspend data with exit=suspend, refuses data over 4,096 characters, and finishes once', () => {
    const api = fakeApi();
    const session = openSession(api);
    expect(session.suspend('z'.repeat(4096))).toBe(true);
    expect(api.values.get('cmi.core.exit')).toBe('suspend');
    expect(session.suspend('z'.repeat(4097))).toBe(false);
    expect(api.values.get('cmi.suspend_data')).toHaveLength(4096);
    session.finish();
    session.finish();
    expect(api.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(session.report({ percent: 50, passed: false })).toBe(false);
  });
});
