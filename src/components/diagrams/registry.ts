// Which drawing each diagram name stands for. <Diagram name="…" /> in lesson MDX looks the name up here;
// the words of each diagram live in texts.ts under the same name.
import BudgetMethods from './BudgetMethods.astro';
import CommunicationProcess from './CommunicationProcess.astro';
import EightSteps from './EightSteps.astro';
import FcbGrid from './FcbGrid.astro';
import GoalsToEffects from './GoalsToEffects.astro';
import HierarchyOfEffects from './HierarchyOfEffects.astro';
import IntegrationDirections from './IntegrationDirections.astro';
import LeadFunnel from './LeadFunnel.astro';
import MediaSchedules from './MediaSchedules.astro';
import Peso from './Peso.astro';
import PushPull from './PushPull.astro';
import ReachFrequency from './ReachFrequency.astro';
import StlModel from './StlModel.astro';
import TouchpointJourney from './TouchpointJourney.astro';
import type { DiagramName } from './texts';

export const diagrams: Record<DiagramName, typeof EightSteps> = {
  'eight-steps': EightSteps,
  'lead-funnel': LeadFunnel,
  peso: Peso,
  'communication-process': CommunicationProcess,
  'hierarchy-of-effects': HierarchyOfEffects,
  'stl-model': StlModel,
  'touchpoint-journey': TouchpointJourney,
  'integration-directions': IntegrationDirections,
  'budget-methods': BudgetMethods,
  'reach-frequency': ReachFrequency,
  'goals-to-effects': GoalsToEffects,
  'push-pull': PushPull,
  'media-schedules': MediaSchedules,
  'fcb-grid': FcbGrid,
};
