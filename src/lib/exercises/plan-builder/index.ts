// The plan builder's rules: its saved plan and its progress in the shape every exercise kind shares.
// A worksheet has no right answers: a step counts as done (and as its one point) once it holds something.
import type { PlanBuilderExercise } from '../../../schemas/exercise/plan-builder';
import type { ExerciseRules } from '../exercise-result';
import { completedSteps, emptyPlan, parsePlan, PLAN_STEP_IDS, type Plan } from './plan';

export { completedSteps, emptyPlan, parsePlan, type Plan } from './plan';

export const planBuilderRules: ExerciseRules<PlanBuilderExercise, Plan> = {
  parseState(saved) {
    if (saved === undefined) return { state: emptyPlan(), problems: [] };
    const parsed = parsePlan(saved);
    if (parsed.plan) return { state: parsed.plan, problems: [] };
    return { state: emptyPlan(), problems: [`Your saved plan could not be read (${parsed.error}).`] };
  },
  grade(exercise, plan) {
    const done = new Set(completedSteps(plan));
    const items = exercise.steps.map(({ id }) => ({ id, answered: done.has(id), correct: done.has(id) }));
    return { score: done.size, max: PLAN_STEP_IDS.length, items };
  },
};
