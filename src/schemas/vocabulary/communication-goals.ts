// The four communication goals the course teaches (practitioner labels, each mapped to the standard
// communication effect it moves; see the planning module). Fixed by the course design, so they live
// in code: the exercise data refers to them by id and the compiler checks every use. Plain data with
// no zod: the exercise schemas and the rules in src/lib both import it from here.

export const COMMUNICATION_GOAL_IDS = [
  'create-product-demand',
  'build-brand-equity',
  'strengthen-brand-attitude',
  'influence-purchase-intention',
] as const;

export type CommunicationGoalId = (typeof COMMUNICATION_GOAL_IDS)[number];

export interface CommunicationGoal {
  label: string;
  /** The standard communication effect this practitioner goal corresponds to. */
  effect: string;
  /** What success looks like, in one line: used when explaining a metric mismatch. */
  evidence: string;
}

export const COMMUNICATION_GOALS: Record<CommunicationGoalId, CommunicationGoal> = {
  'create-product-demand': {
    label: 'Create product demand',
    effect: 'category need and wanting the product',
    evidence: 'more people wanting and buying the product or category',
  },
  'build-brand-equity': {
    label: 'Build brand equity',
    effect: 'brand awareness and brand attitude built up over time',
    evidence: 'people knowing the brand and holding the intended image of it',
  },
  'strengthen-brand-attitude': {
    label: 'Strengthen brand attitude',
    effect: 'brand attitude and keeping a known brand in mind',
    evidence: 'people who know the brand liking, preferring and staying loyal to it',
  },
  'influence-purchase-intention': {
    label: 'Influence purchase intention',
    effect: 'brand purchase intention',
    evidence: 'people deciding to buy this brand now',
  },
};

export function isCommunicationGoalId(value: unknown): value is CommunicationGoalId {
  return typeof value === 'string' && (COMMUNICATION_GOAL_IDS as readonly string[]).includes(value);
}
