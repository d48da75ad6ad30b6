// The goal picker: one scenario at a time, a goal and a metric to choose, then feedback on both and
// on the pairing; a summary of confused goals at the end. Rules live in src/lib/exercises/goal-picker.
// Until hydration the server-rendered children (every scenario with its model answer) stay visible.
// The island's props name only the exercise's file (src/lib/exercises/exercise-file.ts): its data, with
// feedback for every goal and metric of every scenario, is fetched once it wakes up.
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { GoalPickerExercise } from '../schemas/exercise/goal-picker';
import {
  COMMUNICATION_GOAL_IDS,
  COMMUNICATION_GOALS,
  type CommunicationGoalId,
} from '../schemas/vocabulary/communication-goals';
import { gradeGoalPick, type GoalPick } from '../lib/exercises/goal-picker/grade-goal-pick';
import {
  firstUnanswered,
  parseGoalPickerState,
  scoreGoalPicker,
  type GoalPickerState,
} from '../lib/exercises/goal-picker/goal-picker-state';
import { describeGoalConfusion, tallyGoalConfusions } from '../lib/exercises/goal-picker/tally-goal-confusions';
import { shownMetricOrder } from '../lib/exercises/goal-picker/metric-order';
import type { ProgressStore } from '../lib/progress/progress-store';
import type { ExerciseFileRef } from '../lib/exercises/exercise-file';
import { SaveStatus, useExerciseRecord } from './hooks/use-stored-record';
import { EXERCISE_LOAD_FAILED, type LoadJson, useExerciseFile } from './hooks/use-exercise-file';

interface Props {
  exerciseId: string;
  file: ExerciseFileRef;
  children?: ComponentChildren;
  /** Injected in tests; the page uses the browser's store. */
  store?: ProgressStore;
  /** Injected in tests instead of fetching the file. */
  load?: LoadJson;
}

export default function GoalPicker({ exerciseId, file, children, store, load }: Props) {
  const { exercise, failed } = useExerciseFile(file, { exerciseId, kind: 'goal-picker' }, load);
  if (exercise)
    return (
      <GoalPickerRound exerciseId={exerciseId} exercise={exercise} store={store}>
        {children}
      </GoalPickerRound>
    );
  // The wrapper gives the island a box: client:visible cannot observe a bare (display: contents) slot.
  // The message goes above the static scenarios, where it is seen (19 of them follow).
  return (
    <div>
      <p class="exercise-load-status" aria-live="polite">
        {failed ? EXERCISE_LOAD_FAILED : ''}
      </p>
      {children}
    </div>
  );
}

interface RoundProps {
  exerciseId: string;
  exercise: GoalPickerExercise;
  children?: ComponentChildren;
  store?: ProgressStore | undefined;
}

/** The exercise itself, once its data is here (exported for tests that give it the data directly). */
export function GoalPickerRound({ exerciseId, exercise, children, store }: RoundProps) {
  const [loaded, setLoaded] = useState(false);
  const [state, setState] = useState<GoalPickerState>({ answers: {} });
  const [problems, setProblems] = useState<string[]>([]);
  const [index, setIndex] = useState(0);
  const [draft, setDraft] = useState<Partial<GoalPick>>({});
  const [hint, setHint] = useState('');
  /** Each "Start again" is a new round, with the metrics in a fresh order. */
  const [round, setRound] = useState(1);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const scenarioRef = useRef<HTMLHeadingElement>(null);
  const scenarios = exercise.scenarios;

  const adopt = (saved: unknown, source: 'load' | 'elsewhere') => {
    const parsed = parseGoalPickerState(saved, exercise);
    setState(parsed.state);
    setProblems(parsed.problems);
    // Another tab's answers keep the learner on their scenario; only the summary moves on to what is left.
    if (source === 'load' || index === -1) setIndex(firstUnanswered(exercise, parsed.state));
    if (source === 'load') setLoaded(true);
  };
  const stored = useExerciseRecord({ store, exerciseId, title: exercise.title, adopt });

  if (!loaded) return <div>{children}</div>;

  const save = (next: GoalPickerState) => {
    setState(next);
    const record = { at: new Date().toISOString(), ...scoreGoalPicker(exercise, next), state: next };
    stored.save((s) => s.recordExercise(exerciseId, record));
  };
  const restart = () => {
    save({ answers: {} });
    setRound((r) => r + 1);
    setDraft({});
    setIndex(0);
    requestAnimationFrame(() => scenarioRef.current?.focus());
  };

  if (index === -1) {
    const { score, max } = scoreGoalPicker(exercise, state);
    const confusions = tallyGoalConfusions(scenarios, state.answers);
    return (
      <section class="exercise-summary" aria-labelledby="gp-summary">
        <h2 id="gp-summary" ref={summaryRef} tabIndex={-1}>
          Your summary
        </h2>
        <p>
          Score: {score} of {max} points over {scenarios.length} scenarios.
        </p>
        <h3>Goals you mixed up</h3>
        {confusions.length === 0 ? (
          <p>None: you found the primary goal every time.</p>
        ) : (
          <ul>
            {confusions.map((c) => (
              <li key={`${c.expected}>${c.chosen}`}>{describeGoalConfusion(c)}</li>
            ))}
          </ul>
        )}
        <button type="button" onClick={restart}>
          Start again
        </button>
        <SaveStatus record={stored} />
      </section>
    );
  }

  const scenario = scenarios[index]!;
  const saved = state.answers[scenario.id];
  const shown = saved ?? draft;
  const metricById = new Map(exercise.metrics.map((m) => [m.id, m]));
  const result = saved ? gradeGoalPick(scenario, metricById.get(saved.metric)!, saved) : undefined;
  // After checking, each list marks what fits and what the learner chose. The marks are for the eye
  // (aria-hidden): the feedback below says the same in words, without repeating every option.
  type Mark = { status: 'right' | 'partial' | 'wrong'; text: string } | undefined;
  const goalMark = (id: CommunicationGoalId): Mark => {
    if (!saved) return undefined;
    const chosen = id === saved.goal;
    if (id === scenario.primaryGoal)
      return { status: 'right', text: chosen ? '✓ Your choice: the primary goal' : '✓ The primary goal' };
    if (!chosen) return undefined;
    if (id === scenario.defensibleGoal) return { status: 'partial', text: '≈ Your choice: defensible' };
    return { status: 'wrong', text: '✗ Your choice' };
  };
  const metricMark = (id: string): Mark => {
    if (!saved) return undefined;
    const chosen = id === saved.metric;
    if (metricById.get(id)?.evidences === scenario.primaryGoal)
      return { status: 'right', text: chosen ? '✓ Your choice: fits' : '✓ Fits' };
    return chosen ? { status: 'wrong', text: '✗ Your choice' } : undefined;
  };
  const markText = (mark: Mark) =>
    mark && (
      <span class="choice-mark" aria-hidden="true">
        {mark.text}
      </span>
    );
  const verdict = (right: boolean) => (right ? 'right' : 'wrong');
  const goalVerdictStatus = { primary: 'right', defensible: 'partial', wrong: 'wrong' } as const;

  const check = () => {
    if (!draft.goal || !draft.metric) return setHint('Choose a goal and a metric before checking.');
    setHint('');
    save({ answers: { ...state.answers, [scenario.id]: { goal: draft.goal, metric: draft.metric } } });
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };
  const allDone = firstUnanswered(exercise, state) === -1;
  const next = () => {
    setDraft({});
    setIndex(allDone ? -1 : index + 1 < scenarios.length ? index + 1 : firstUnanswered(exercise, state));
    // Keyboard and screen-reader users land on the new content instead of the top of the page.
    requestAnimationFrame(() => (allDone ? summaryRef : scenarioRef).current?.focus());
  };

  return (
    <section class="goal-picker" aria-labelledby="gp-scenario">
      {problems.length > 0 && (
        <div class="exercise-notice" role="note">
          <p>Some saved answers could not be used:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="exercise-progress">
        Scenario {index + 1} of {scenarios.length}
      </p>
      <h2 id="gp-scenario" ref={scenarioRef} tabIndex={-1}>
        {scenario.brand} <span class="industry">({scenario.industry})</span>
      </h2>
      <p>
        <strong>Situation:</strong> {scenario.situation}
      </p>
      <p>
        <strong>Audience:</strong> {scenario.audience}
      </p>
      <fieldset disabled={Boolean(saved)}>
        <legend>Primary communication goal</legend>
        {COMMUNICATION_GOAL_IDS.map((id: CommunicationGoalId) => (
          <label key={id} class="choice" data-status={goalMark(id)?.status}>
            <input
              type="radio"
              name={`goal-${scenario.id}`}
              value={id}
              checked={shown.goal === id}
              onChange={() => setDraft({ ...draft, goal: id })}
            />
            {COMMUNICATION_GOALS[id].label}
            {markText(goalMark(id))}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={Boolean(saved)}>
        <legend>Metric that would show success</legend>
        {shownMetricOrder(exerciseId, scenario.id, scenario.metricOptions, round).map((id) => (
          <label key={id} class="choice" data-status={metricMark(id)?.status}>
            <input
              type="radio"
              name={`metric-${scenario.id}`}
              value={id}
              checked={shown.metric === id}
              onChange={() => setDraft({ ...draft, metric: id })}
            />
            {metricById.get(id)?.label}
            {markText(metricMark(id))}
          </label>
        ))}
      </fieldset>
      {!saved && (
        <button type="button" class="exercise-primary" onClick={check}>
          Check answer
        </button>
      )}
      <div aria-live="polite" class="exercise-feedback">
        {hint && <p>{hint}</p>}
        {result && (
          <>
            <h3 ref={feedbackRef} tabIndex={-1}>
              Feedback: {result.points} of {result.maxPoints} points
            </h3>
            <p class="exercise-verdict" data-status={goalVerdictStatus[result.goalVerdict]}>
              <strong>Goal.</strong> {result.goalFeedback}
            </p>
            <p class="exercise-verdict" data-status={verdict(result.metricFitsPrimary)}>
              <strong>Metric.</strong> {result.metricFeedback}
            </p>
            <p class="exercise-verdict" data-status={verdict(result.pairingConsistent)}>
              <strong>Pairing.</strong> {result.pairingFeedback}
            </p>
            <details>
              <summary>Why each goal does or does not fit {scenario.brand}</summary>
              <ul>
                {COMMUNICATION_GOAL_IDS.map((id) => (
                  <li key={id}>
                    <strong>{COMMUNICATION_GOALS[id].label}:</strong> {scenario.goalFeedback[id]}
                  </li>
                ))}
              </ul>
            </details>
          </>
        )}
      </div>
      {saved && (
        <button type="button" class="exercise-primary" onClick={next}>
          {allDone ? 'See your summary' : 'Next scenario'}
        </button>
      )}
      <SaveStatus record={stored} />
    </section>
  );
}
