// The goal picker's rules: its saved state and its grade in the shape every exercise kind shares.
import type { GoalPickerExercise } from '../../../schemas/exercise/goal-picker';
import type { ExerciseRules } from '../exercise-result';
import { parseGoalPickerState, scoreGoalPicker, type GoalPickerState } from './goal-picker-state';
import { GOAL_PICK_MAX_POINTS, gradeGoalPick } from './grade-goal-pick';

export { parseGoalPickerState, scoreGoalPicker, type GoalPickerState } from './goal-picker-state';
export { gradeGoalPick, type GoalPick, type GoalPickResult } from './grade-goal-pick';

export const goalPickerRules: ExerciseRules<GoalPickerExercise, GoalPickerState> = {
  parseState: (saved, exercise) => parseGoalPickerState(saved, exercise),
  grade(exercise, state) {
    const metrics = new Map(exercise.metrics.map((m) => [m.id, m]));
    const items = exercise.scenarios.map((scenario) => {
      const pick = state.answers[scenario.id];
      const metric = pick && metrics.get(pick.metric);
      const points = pick && metric ? gradeGoalPick(scenario, metric, pick).points : 0;
      return { id: scenario.id, answered: pick !== undefined, correct: points === GOAL_PICK_MAX_POINTS };
    });
    return { ...scoreGoalPicker(exercise, state), items };
  },
};
