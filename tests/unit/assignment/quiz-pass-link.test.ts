// An assignment opens its quizzes with its own pass mark, and the quiz reads it back.
import { describe, expect, it } from 'vitest';
import { passMarkFromSearch, quizLinkWithPassMark } from '../../../src/lib/assignment/assignment-links';

describe('quiz links that carry an assignment pass mark', () => {
  it('adds the pass mark before the quiz anchor', () => {
    expect(quizLinkWithPassMark('/lessons/what-is-imc/#lesson-quiz', 80)).toBe(
      '/lessons/what-is-imc/?pass=80#lesson-quiz',
    );
    expect(quizLinkWithPassMark('/one-voice/modules/planning/', 65)).toBe('/one-voice/modules/planning/?pass=65');
    expect(quizLinkWithPassMark('/a/?x=1#q', 90)).toBe('/a/?x=1&pass=90#q');
  });
  it('reads back a whole percent from 1 to 100 and ignores anything else', () => {
    expect(passMarkFromSearch('?pass=80')).toBe(80);
    expect(passMarkFromSearch(passMarkFromSearchInput())).toBe(100);
    for (const bad of ['', '?pass=', '?pass=0', '?pass=101', '?pass=7.5', '?pass=80abc', '?pass=-5', '?other=80']) {
      expect(passMarkFromSearch(bad), bad).toBeUndefined();
    }
  });
});

function passMarkFromSearchInput() {
  return new URL(quizLinkWithPassMark('/l/#lesson-quiz', 100), 'https://example.org').search;
}
