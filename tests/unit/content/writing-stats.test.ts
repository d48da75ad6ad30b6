import { describe, expect, it } from 'vitest';
import { lessonProse, lessonWriting, writingGates } from '../../../src/lib/content/writing-stats';

describe('lesson prose', () => {
  it('keeps what a learner reads and drops imports, comments, tags, tables and headings', () => {
    const body = [
      "import Callout from '../../../src/components/Callout.astro';",
      '{/* a note for authors */}',
      '## A heading is not a sentence',
      'The *brand* speaks with [one voice](/x/).{\' \'}<Term id="one-voice">Really</Term> it does.',
      '',
      '| Channel | Role |',
      '| --- | --- |',
      '- A list item without a stop',
      '- Another item.',
    ].join('\n');
    expect(lessonProse(body)).toEqual([
      'The brand speaks with one voice. Really it does.',
      'A list item without a stop',
      'Another item.',
    ]);
  });
});

describe('lesson writing figures', () => {
  it('scores short plain sentences as easy and long Latinate ones as hard', () => {
    const easy = lessonWriting({ lessonId: 'easy', body: 'The shop sells bikes. People like it. They come back.' });
    const hard = lessonWriting({
      lessonId: 'hard',
      body: 'Organisational communication capabilities necessitate comprehensive interdepartmental coordination mechanisms.',
    });
    expect(easy.sentences).toBe(3);
    expect(easy.words).toBe(10);
    expect(easy.readingEase).toBeGreaterThan(90);
    expect(hard.readingEase).toBeLessThan(0);
  });
  it('finds both shapes of the contrast formula and nothing else', () => {
    const { contrasts } = lessonWriting({
      lessonId: 'x',
      body: 'One voice, not one advert. It is not the goal but the method. Do not skip it. Not now.',
    });
    expect(contrasts).toEqual(['One voice, not one advert.', 'It is not the goal but the method.']);
  });
});

describe('writing gates', () => {
  const plain = 'The shop sells bikes. People like it. They come back.';
  const moderate =
    'A brand that speaks with one voice plans every message from the customer side. The marketing team agrees on a single promise and then evaluates each advertisement against it.';
  it('pass for lessons of moderate reading ease', () => {
    expect(writingGates([{ lessonId: 'a', body: moderate }]).map((g) => g.pass)).toEqual([true, true, true]);
  });
  it('name the dense lesson and the lesson with a formula habit', () => {
    const gates = writingGates([
      { lessonId: 'plain', body: plain },
      {
        lessonId: 'dense',
        body: 'Organisational communication capabilities necessitate comprehensive interdepartmental coordination.',
      },
      { lessonId: 'tic', body: `${plain} One voice, not one advert.` },
    ]);
    const [ease, , formula] = gates;
    if (!ease || !formula) throw new Error('expected three gates');
    expect(ease.pass).toBe(false);
    expect(ease.offenders).toEqual([expect.stringMatching(/^dense: -/)]);
    expect(formula.pass).toBe(false);
    expect(formula.offenders[0]).toMatch(/^tic \(1 in 15 words\): One voice, not one advert\./);
  });
});
