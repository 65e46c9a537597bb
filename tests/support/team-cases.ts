import { randomUUID } from 'node:crypto';
import { emptyChild, emptyConnectedAdult, emptyHomeSituation, emptyJourney, emptyStrategyMeeting } from '../../domain/case/defaults';
import type { CaseRecord } from '../../domain/case/schemas';
import { emptyNrmAnswers } from '../../domain/nrm/answers';

/** A fictional case record for the team store's tests: the child's names, a reference, nothing else invented. */
export function teamCase(reference: string, given: string, family: string, options: { aliases?: [string, string][]; born?: string } = {}): CaseRecord {
  const now = new Date().toISOString();
  const child = emptyChild();
  child.names = [{ given, family, type: 'main' }, ...(options.aliases ?? []).map(([g, f]) => ({ given: g, family: f, type: 'alias' as const }))];
  if (options.born) child.dateOfBirth = { ...child.dateOfBirth, claimed: { kind: 'date', date: options.born, approximate: false } };
  return {
    id: randomUUID(),
    reference,
    status: 'open',
    jurisdiction: 'England',
    localAuthority: null,
    leadWorker: 'Lead worker',
    isExample: false,
    openedAt: now,
    updatedAt: now,
    revision: 1,
    child,
    connectedAdults: [{ ...emptyConnectedAdult(randomUUID()), names: [{ given: 'Connected', family: 'Adult', type: 'main' }] }],
    journey: emptyJourney(),
    homeSituation: emptyHomeSituation(),
    agencies: [],
    strategyMeeting: emptyStrategyMeeting(),
    nrm: emptyNrmAnswers(),
    chronology: [],
  };
}
