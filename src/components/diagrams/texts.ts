// The words of every lesson diagram: its title, the description a screen reader reads instead of the
// picture, and the caption shown under it. Kept apart from the drawings so a content test can check
// every diagram a lesson uses has all three (tests/unit/content/diagram-texts.test.ts).

export interface DiagramText {
  title: string;
  /** Says what the diagram shows, as sentences a listener can follow without the picture. */
  description: string;
  caption: string;
}

export const diagramTexts = {
  'eight-steps': {
    title: 'The eight planning steps, in order',
    description:
      'Eight numbered steps run from top to bottom: 1 identify the target audience, 2 determine the ' +
      'communication objectives, 3 design the communications, 4 select the communication channels, ' +
      '5 establish the total budget, 6 decide the communications mix, 7 measure the results, 8 manage ' +
      'the IMC process. An arrow loops from step 5 back to step 2: if the budget cannot fund the ' +
      'objectives, revise one of them.',
    caption: 'Kotler and Keller’s sequence. Steps 4 and 6 are easy to confuse: routes first, then money per tool.',
  },
  'lead-funnel': {
    title: 'A quarter’s funnel from website sessions to customers',
    description:
      'Five stages narrow from top to bottom, with the conversion rate between each pair: 20,000 sessions, ' +
      '4% become 800 leads, 50% of those become 400 marketing qualified leads, 25% become 100 sales ' +
      'qualified leads, and 20% become 20 customers. From lead to customer the overall rate is 2.5%.',
    caption: 'The dental-scheduling software campaign from this lesson. Each rate divides a stage by the one above.',
  },
  peso: {
    title: 'Paid, earned, shared and owned media around one message',
    description:
      'Four quadrants surround a central message. Paid: bought by the brand, lowest credibility. Earned: ' +
      'given by journalists, customers and reviewers, highest credibility, cannot be ordered. Shared: ' +
      'brand and audience together on a platform, mixed credibility. Owned: controlled by the brand, ' +
      'medium credibility.',
    caption: 'The PESO model: the four types work best when they carry the same idea and feed each other.',
  },
  'communication-process': {
    title: 'The communication process from sender to receiver',
    description:
      'A chain runs down the page: the sender encodes an idea into a message, the message travels through ' +
      'a channel, and the receiver decodes it. Noise, such as a crowded feed or a distraction, presses on ' +
      'the channel and the decoding. A feedback arrow returns from the receiver to the sender. A bracket ' +
      'marks sender, encoding, message and channel as the part the marketer controls.',
    caption: 'The marketer controls the top half only; decoding happens in the receiver’s head, amid noise.',
  },
  'hierarchy-of-effects': {
    title: 'AIDA and the hierarchy of effects, side by side',
    description:
      'Three bands, think, feel and do, run from top to bottom. AIDA puts attention in think, interest and ' +
      'desire in feel, and action in do. Lavidge and Steiner’s hierarchy puts awareness and knowledge in ' +
      'think, liking and preference in feel, and conviction and purchase in do.',
    caption:
      'Both models read top to bottom, but real buyers skip and reverse steps, above all for cheap, everyday goods.',
  },
  'stl-model': {
    title: 'The Schultz, Tannenbaum and Lauterborn planning model, start to finish',
    description:
      'Seven steps run from top to bottom: 1 a consumer database of customers and prospects, 2 study ' +
      'consumers as three groups (loyal to us, loyal to others, swing), 3 contact management (time, place, ' +
      'occasion), 4 communication objectives and strategy per group, 5 marketing objectives, 6 marketing ' +
      'tools, where product, price and place communicate too, 7 tactics that combine advertising, direct ' +
      'marketing, public relations and events. Steps 1 to 3 are each a lesson in this module.',
    caption: 'The model starts from people, not the product. Retellings differ on the order of steps 4 to 7.',
  },
  'touchpoint-journey': {
    title: 'One furniture buyer’s touchpoints across the customer journey',
    description:
      'Three stages run from top to bottom, each with its touchpoints and their owner. Pre-purchase: a ' +
      'friend’s recommendation (social or external), search ads and product pages (brand-owned), reviews ' +
      'on an independent site (social or external). Purchase: checkout (brand-owned) and the choice of ' +
      'payment (customer-owned). Post-purchase: delivery by a courier (partner-owned), flagged as the ' +
      'worst-rated moment, assembly at home (customer-owned) and a follow-up email (brand-owned).',
    caption: 'The promise was “hassle-free”; the touchpoint that broke it belonged to a partner.',
  },
  'integration-directions': {
    title: 'Five directions of integration around the marketing team',
    description:
      'Marketing sits in the middle of an organisation. Vertical integration links it up to the corporate ' +
      'objectives and mission. Horizontal integration links it sideways to departments such as finance, ' +
      'production, sales and service. Internal integration reaches the staff who deliver the promise. Data ' +
      'integration gives every department one shared customer record. External integration, outside the ' +
      'organisation’s boundary, brings agencies and partners to one brief.',
    caption: 'Each direction closes a different gap; one initiative can close several at once.',
  },
  'budget-methods': {
    title: 'Five budget methods give five different totals',
    description:
      'A bar chart of the cycle retailer’s budget under each method: percentage of sales gives €200,000, ' +
      'competitive parity €300,000, affordable €520,000, top-down €180,000, and objective-and-task ' +
      '€190,000. Only objective-and-task starts from what the objectives need; a marker at €190,000 lets ' +
      'you compare the others with it.',
    caption: 'Same company, same year. The method, not the market, decided the spread from €180,000 to €520,000.',
  },
  'reach-frequency': {
    title: 'Reach against frequency with the same 24 contacts',
    description:
      'Two plans each deliver 24 contacts to an audience of ten people. Plan A reaches eight of the ten, ' +
      'three times each: wide reach, low frequency. Plan B reaches three of the ten, eight times each: ' +
      'narrow reach, high frequency, and seven people never see it.',
    caption: 'Reach counts people who meet the campaign at least once; frequency counts how often each one does.',
  },
  'goals-to-effects': {
    title: 'The four practitioner goals matched to communication effects',
    description:
      'Four practitioner goals on the left connect to Rossiter and Percy’s effects on the right. Create ' +
      'product demand connects to category need. Build brand equity connects to both brand awareness and ' +
      'brand attitude. Strengthen brand attitude connects to brand attitude, with a dashed link to brand ' +
      'awareness for reminding. Influence purchase intention connects to brand purchase intention.',
    caption: 'Only two goals map one to one. Brand equity has no single effect of its own.',
  },
  'push-pull': {
    title: 'Push and pull strategies through the distribution channel',
    description:
      'Two columns, each with producer, retailers and consumers. Push: promotion flows down from the ' +
      'producer to retailers through trade deals and the sales force, and retailers then promote to ' +
      'consumers. Pull: the producer promotes straight to consumers with advertising and offers, ' +
      'consumers ask retailers for the product, and retailers order it from the producer.',
    caption: 'Push sells into the channel; pull creates demand that draws the product through it.',
  },
  'media-schedules': {
    title: 'Three ways to spread a year of advertising',
    description:
      'Three rows of monthly bars run from January to December, drawn to the same scale. Continuity: an ' +
      'equal, medium bar in every month. Flighting: tall bars in March, April, September and October, ' +
      'and no advertising at all in the other eight months. Pulsing: a low bar in every month, rising ' +
      'to tall bars in January, June, July and December, the busy months.',
    caption: 'Continuity keeps the brand present, flighting concentrates the money, pulsing does a little of both.',
  },
  'fcb-grid': {
    title: 'The FCB grid: involvement against thinking or feeling',
    description:
      'A two-by-two grid. Columns are think and feel; rows are high and low involvement. High ' +
      'involvement and think is the informative box, learn then feel then do, for cars, insurance or a ' +
      'work laptop. High involvement and feel is the affective box, feel then learn then do, for ' +
      'jewellery, perfume or a wedding venue. Low involvement and think is the habit box, do then learn ' +
      'then feel, for washing-up liquid, petrol or batteries. Low involvement and feel is the ' +
      'self-satisfaction box, do then feel then learn, for snacks, soft drinks or beer.',
    caption: 'Only the top-left box follows the classic think, feel, do order; low-involvement buyers act first.',
  },
} as const satisfies Record<string, DiagramText>;

export type DiagramName = keyof typeof diagramTexts;
