// The content rule for lesson diagrams: every <Diagram> a lesson uses names a diagram that exists, and
// every diagram has a title, a caption and a description that says what it shows. Pure: the texts are
// passed in, so src/lib does not depend on the components that draw them.

export interface DiagramWords {
  title: string;
  description: string;
  caption: string;
}

export interface DiagramUse {
  line: number;
  /** The name="…" value, or null when the tag has no literal name. */
  name: string | null;
}

/** Every <Diagram …> tag in an MDX text, with its line and its literal name (if it has one). */
export function findDiagramUses(text: string): DiagramUse[] {
  const uses: DiagramUse[] = [];
  for (const match of text.matchAll(/<Diagram\b([^>]*)>/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    const name = /\bname="([^"]+)"/.exec(match[1] ?? '')?.[1] ?? null;
    uses.push({ line, name });
  }
  return uses;
}

/** Openings that describe the medium instead of the content ("Diagram of the funnel"). */
const EMPTY_OPENINGS = /^(a |an |the )?(diagram|figure|image|picture|chart|graphic|illustration)\b/i;
const MIN_DESCRIPTION_WORDS = 20;

/** What is wrong with one diagram's words, as short sentences naming the field. */
export function diagramWordProblems(name: string, words: DiagramWords): string[] {
  const problems: string[] = [];
  for (const field of ['title', 'description', 'caption'] as const) {
    if (words[field].trim() === '') problems.push(`${name}: ${field} is empty`);
  }
  if (EMPTY_OPENINGS.test(words.description.trim())) {
    problems.push(`${name}: description names the medium; say what it shows`);
  }
  const wordCount = words.description.split(/\s+/).filter(Boolean).length;
  if (wordCount < MIN_DESCRIPTION_WORDS) {
    problems.push(`${name}: description has ${wordCount} words; a listener needs at least ${MIN_DESCRIPTION_WORDS}`);
  }
  if (words.description.trim() === words.caption.trim()) {
    problems.push(`${name}: caption repeats the description`);
  }
  return problems;
}

/** "file:line: problem" for each <Diagram> use in the files that names no known diagram. */
export function diagramUseProblems(
  files: readonly { path: string; text: string }[],
  known: ReadonlySet<string>,
): string[] {
  return files.flatMap(({ path, text }) =>
    findDiagramUses(text).flatMap(({ line, name }) => {
      if (name === null) return [`${path}:${line}: <Diagram> without a literal name="…"`];
      return known.has(name) ? [] : [`${path}:${line}: no diagram named "${name}"`];
    }),
  );
}
