// The two things every exercise kind provides, whatever it asks of the learner: reading its saved
// state back and grading that state, in one shape shared by all kinds. Each kind's folder
// (src/lib/exercises/<kind>/index.ts) exports one ExerciseRules; src/components/exercises/registry.ts
// lists them, so a kind without rules does not compile.

/** How one gradable part of an exercise (a scenario, an item, a plan step) stands. */
export interface ExerciseItemResult {
  /** The part's id in the exercise data. */
  id: string;
  /** The learner has answered, checked or filled in this part. */
  answered: boolean;
  /** The part earns its full credit. */
  correct: boolean;
}

/** An exercise's grade: the score saved in the progress record and the state of every part. */
export interface ExerciseResult {
  score: number;
  max: number;
  /** Every gradable part, in the exercise's own order. */
  items: ExerciseItemResult[];
}

export interface ParsedExerciseState<S> {
  state: S;
  /** One line per saved value that could not be used; shown to the learner, never dropped silently. */
  problems: string[];
}

/** An exercise as the course holds it: its data plus its id (the file name), which seeds and keys its state. */
export type IdentifiedExercise<E> = E & { id: string };

export interface ExerciseRules<E, S> {
  /** Reads an untrusted saved value (absent for a first visit) as this kind's state. */
  parseState(saved: unknown, exercise: IdentifiedExercise<E>): ParsedExerciseState<S>;
  grade(exercise: IdentifiedExercise<E>, state: S): ExerciseResult;
}
