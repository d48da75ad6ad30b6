// The rule for "done" on a quiz or exercise, shared by the checklist and the receipt check.
import { scorePercent } from '../format';

/** Done means the score reaches the pass mark, with the percent rounded as the quiz rounds it. */
export function meetsPassMark(score: number, max: number, passPercent: number): boolean {
  return max > 0 && scorePercent(score, max) >= passPercent;
}
