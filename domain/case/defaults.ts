import type { AgencyInvolvement, Child, ConnectedAdult, HomeSituation, Journey, JourneyLeg, StrategyMeeting } from './schemas';

/** Blank records: every field present, nothing invented. "Not known" is the starting answer, not "no". */

export function emptyChild(): Child {
  const contact = { name: '', phone: '', email: '', address: '' };
  return {
    names: [{ given: '', family: '', type: 'main' }],
    dateOfBirth: { claimed: null, documented: null, documentNote: '', assessed: null },
    ageStatus: null,
    gender: null,
    nationalities: [],
    placeOfBirth: { country: null, town: '' },
    languages: [],
    englishSpoken: 'unknown',
    interpreter: { needed: 'unknown', language: null, dialect: '', preferredGender: null },
    communicationNeeds: '',
    immigration: { status: 'not-known', asylumClaim: 'unknown', homeOfficeReference: '', notes: '' },
    placement: { description: '', address: '', carer: '' },
    school: { ...contact },
    gp: { ...contact },
  };
}

export function emptyConnectedAdult(id: string): ConnectedAdult {
  return {
    id,
    names: [{ given: '', family: '', type: 'main' }],
    dateOfBirth: null,
    gender: null,
    nationality: null,
    relationshipClaimedByAdult: null,
    relationshipClaimedByChild: null,
    relationshipEvidence: [],
    relationshipNotes: '',
    parentalResponsibility: 'unknown',
    livesWithChild: 'unknown',
    privateFostering: 'unknown',
    doNotInform: false,
    doNotShareWith: false,
    flagReason: '',
    contact: { phone: '', address: '' },
    notes: '',
  };
}

export function emptyJourneyLeg(id: string): JourneyLeg {
  return {
    id,
    from: { country: null, place: '' },
    to: { country: null, place: '' },
    departed: null,
    arrived: null,
    transport: 'unknown',
    travelledWithAdultIds: [],
    travelledWithOthers: '',
    documents: 'unknown',
    documentsHeldBy: '',
    notes: '',
  };
}

export function emptyJourney(): Journey {
  return { legs: [], entry: { port: '', date: null, metBy: '', canNameMeeter: 'unknown' } };
}

export function emptyHomeSituation(): HomeSituation {
  return { household: '', carers: '', school: '', work: '', knownToChildProtection: 'unknown', childProtectionDetails: '' };
}

export function emptyAgency(id: string): AgencyInvolvement {
  return { id, name: '', role: '', country: null, contactName: '', phone: '', email: '', reference: '', notes: '' };
}

/** Nothing arranged yet. */
export function emptyStrategyMeeting(): StrategyMeeting {
  return { kind: null, date: '', time: '', place: '', chair: '', invited: '', notes: '' };
}
