// The practice index lists exercises in the order their content files give (`order`), so a new
// exercise never needs a code change to appear in the right place. Two files claiming the same
// place would make the order depend on chance: that fails the build, naming both files.

export interface OrderedExercise {
  id: string;
  order: number;
}

export function practiceOrder<E extends OrderedExercise>(exercises: Iterable<E>): E[] {
  const sorted = [...exercises].sort((a, b) => a.order - b.order);
  sorted.forEach((exercise, i) => {
    const previous = sorted[i - 1];
    if (previous && previous.order === exercise.order)
      throw new Error(
        `content/exercises/${exercise.id}.yaml: order ${exercise.order} is also used by ` +
          `content/exercises/${previous.id}.yaml; give each exercise its own place in the practice index`,
      );
  });
  return sorted;
}
