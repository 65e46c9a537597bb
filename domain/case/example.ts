import { emptyChild, emptyConnectedAdult, emptyHomeSituation, emptyJourneyLeg } from './defaults';
import type { CaseSections, ChronologyEntryInput } from './schemas';

/**
 * A fictional case for exploring and training. Every name, date and place detail is invented; it is marked as an
 * example everywhere it appears and is never counted with real cases.
 */
export const EXAMPLE_NOTICE = 'Example case: every person and detail in it is fictional. Use it to explore and train.';

export function exampleCase(newId: () => string, reference: string): {
  sections: CaseSections;
  chronology: (ChronologyEntryInput & { correctsIndex?: number })[];
} {
  const auntId = newId();
  const driverId = newId();
  const legIds = [newId(), newId(), newId()];
  const child = emptyChild();
  const sections: CaseSections = {
    reference,
    status: 'open',
    jurisdiction: 'England',
    localAuthority: 'Kent County Council',
    leadWorker: 'Example worker',
    child: {
      ...child,
      names: [
        { given: 'Thị Mai', family: 'Trần', type: 'main' },
        { given: 'Mai', family: 'Tran', type: 'other-spelling' },
        { given: 'Bé', family: '', type: 'nickname' },
      ],
      dateOfBirth: {
        claimed: { kind: 'month', year: 2011, month: 4, approximate: false },
        documented: null,
        documentNote: 'No documents: she says the man who met her at Dover kept her passport.',
        assessed: null,
      },
      ageStatus: 'disputed-treated-as-child',
      gender: 'female',
      nationalities: ['Vietnamese'],
      placeOfBirth: { country: 'Vietnam', town: 'A village near Vinh, Nghệ An province' },
      languages: ['Vietnamese'],
      englishSpoken: 'no',
      interpreter: { needed: 'yes', language: 'Vietnamese', dialect: 'Northern (Nghệ An)', preferredGender: 'female' },
      immigration: { status: 'not-known', asylumClaim: 'unknown', homeOfficeReference: '', notes: '' },
      placement: {
        description: 'Emergency foster placement',
        address: '14 Example Close, Exampletown EX1 2MP (fictional)',
        carer: 'Example foster carer',
      },
    },
    connectedAdults: [
      {
        ...emptyConnectedAdult(auntId),
        names: [{ given: 'Thị Hoa', family: 'Lê', type: 'main' }],
        dateOfBirth: { kind: 'year', year: 1986, approximate: true },
        gender: 'female',
        nationality: 'Vietnamese',
        relationshipClaimedByAdult: 'aunt-or-uncle',
        relationshipClaimedByChild: 'family-friend',
        relationshipEvidence: ['none-seen'],
        relationshipNotes: 'Says she is the mother’s sister. Mai calls her "cô Hoa" and says she met her for the first time in Moscow.',
        parentalResponsibility: 'no',
        livesWithChild: 'yes',
        privateFostering: 'yes',
        notes: 'Answered every question put to Mai during the first visit.',
      },
      {
        ...emptyConnectedAdult(driverId),
        names: [{ given: 'Anh', family: '', type: 'nickname' }],
        gender: 'male',
        nationality: 'Unknown',
        relationshipClaimedByChild: 'agent',
        relationshipEvidence: ['none-seen'],
        parentalResponsibility: 'no',
        livesWithChild: 'no',
        doNotInform: true,
        doNotShareWith: true,
        flagReason: 'Met Mai at Dover and holds her passport. Police are making enquiries.',
      },
    ],
    journey: {
      legs: [
        {
          ...emptyJourneyLeg(legIds[0]!),
          from: { country: 'Vietnam', place: 'Hà Nội' },
          to: { country: 'Russia', place: 'Moscow' },
          departed: { kind: 'month', year: 2025, month: 9, approximate: true },
          transport: 'air',
          travelledWithOthers: 'A man she did not know, who had her passport',
          documents: 'own',
          documentsHeldBy: 'The man she travelled with',
        },
        {
          ...emptyJourneyLeg(legIds[1]!),
          from: { country: 'Russia', place: 'Moscow' },
          to: { country: 'France', place: 'Calais' },
          departed: { kind: 'year', year: 2025, approximate: true },
          arrived: { kind: 'month', year: 2026, month: 2, approximate: true },
          transport: 'lorry-or-van',
          travelledWithAdultIds: [auntId],
          travelledWithOthers: 'A group of about eight young people',
          documents: 'unknown',
        },
        {
          ...emptyJourneyLeg(legIds[2]!),
          from: { country: 'France', place: 'Calais' },
          to: { country: 'United Kingdom', place: 'Dover' },
          departed: { kind: 'date', date: '2026-03-02', approximate: true },
          arrived: { kind: 'date', date: '2026-03-03', approximate: false },
          transport: 'lorry-or-van',
          travelledWithAdultIds: [auntId],
          documents: 'none',
        },
      ],
      entry: {
        port: 'Dover',
        date: { kind: 'date', date: '2026-03-03', approximate: false },
        metBy: 'A man she calls Anh, who drove her and Hoa to a flat',
        canNameMeeter: 'no',
      },
    },
    homeSituation: {
      ...emptyHomeSituation(),
      household: 'Lived with her grandmother and two younger brothers. Her mother works in a city; her father is not in contact.',
      school: 'Went to the village school until she was about 12.',
      work: 'Helped on the family’s rice field.',
      knownToChildProtection: 'unknown',
    },
    agencies: [
      {
        id: newId(),
        name: 'Kent Police',
        role: 'Enquiries about the man who met her at Dover',
        country: 'United Kingdom',
        contactName: 'DC Example',
        phone: '',
        email: '',
        reference: 'EX/0000/26',
        notes: '',
      },
    ],
    nrm: { answers: {}, accepted: {} },
    strategyMeeting: {
      kind: 'discussion',
      date: '2026-03-05',
      time: '10:00',
      place: 'Video call; the team manager sends the link',
      chair: 'Team manager, Example Children’s Services',
      invited: [
        'Lead social worker, Example Children’s Services',
        'DC Example, Kent Police',
        'School nurse, Example Health Trust',
        'Independent Child Trafficking Guardian (if the service takes the referral)',
      ].join('\n'),
      notes: 'Interpreter (Vietnamese, female) booked for the visit to Mai after the discussion.',
    },
  };
  const chronology: (ChronologyEntryInput & { correctsIndex?: number })[] = [
    {
      eventDate: { kind: 'month', year: 2025, month: 9, approximate: true },
      kind: 'journey',
      summary: 'Left Vietnam by plane for Moscow with a man she did not know.',
      source: 'Mai, first visit, with an interpreter',
    },
    {
      eventDate: { kind: 'date', date: '2026-03-03', approximate: false },
      kind: 'journey',
      summary: 'Arrived at Dover in a lorry with Hoa.',
      source: 'Mai, first visit, with an interpreter',
    },
    {
      eventDate: { kind: 'date', date: '2026-03-10', approximate: false },
      kind: 'agency-contact',
      summary: 'School nurse referred Mai to children’s services after she said she was not allowed out of the flat.',
      source: 'Referral from the school nurse',
    },
    {
      eventDate: { kind: 'date', date: '2026-03-04', approximate: true },
      kind: 'journey',
      summary: 'Correction: Mai now says she arrived at Dover the day after they left Calais, on about 4 March.',
      source: 'Mai, second visit, with a different interpreter',
      correctsIndex: 1,
    },
  ];
  return { sections, chronology };
}
