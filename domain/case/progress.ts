import type { CaseRecord } from './schemas';
import { bestDateOfBirth } from './vocabulary';

export type SectionProgress = 'not-started' | 'in-progress' | 'completed';

export const progressLabels: Record<SectionProgress, string> = {
  'not-started': 'Not yet started',
  'in-progress': 'In progress',
  completed: 'Completed',
};

/** How far each part of the case record has got, for the overview's task list. Derived, never stored. */
export function caseProgress(record: CaseRecord): Record<'child' | 'adults' | 'journey' | 'home' | 'agencies' | 'chronology' | 'meeting', SectionProgress> {
  const { child, connectedAdults, journey, homeSituation, agencies, chronology, strategyMeeting } = record;
  const meetingAnswers = [strategyMeeting.kind ?? '', strategyMeeting.date, strategyMeeting.chair, strategyMeeting.invited].filter((text) => text.trim() !== '');
  const dob = bestDateOfBirth(child.dateOfBirth);
  const childDone = dob !== null && child.ageStatus !== null && child.gender !== null && child.nationalities.length > 0 && child.languages.length > 0;
  const adultsDone =
    connectedAdults.length > 0 &&
    connectedAdults.every(
      (adult) =>
        (adult.relationshipClaimedByAdult !== null || adult.relationshipClaimedByChild !== null) &&
        adult.parentalResponsibility !== 'unknown',
    );
  const homeAnswers = [homeSituation.household, homeSituation.carers, homeSituation.school, homeSituation.work].filter((text) => text.trim() !== '');
  return {
    child: childDone ? 'completed' : 'in-progress',
    adults: connectedAdults.length === 0 ? 'not-started' : adultsDone ? 'completed' : 'in-progress',
    journey:
      journey.legs.length === 0 && journey.entry.port.trim() === ''
        ? 'not-started'
        : journey.legs.length > 0 && journey.entry.port.trim() !== ''
          ? 'completed'
          : 'in-progress',
    home:
      homeAnswers.length === 0 && homeSituation.knownToChildProtection === 'unknown'
        ? 'not-started'
        : homeAnswers.length === 4 && homeSituation.knownToChildProtection !== 'unknown'
          ? 'completed'
          : 'in-progress',
    agencies: agencies.length === 0 ? 'not-started' : 'completed',
    chronology: chronology.length === 0 ? 'not-started' : 'completed',
    // Arranged once it is known what it is, when, who chairs and who is invited.
    meeting: meetingAnswers.length === 0 ? 'not-started' : meetingAnswers.length === 4 ? 'completed' : 'in-progress',
  };
}
