import type { Answer, AssessmentAnswers } from '../imaaf/answers';
import type { InformationSource } from '../imaaf/framework/schema';
import type { ActionOwner } from '../plan/actions';

/**
 * The example case's completed IMAAF assessment (every detail fictional, like the case itself), so a new worker can see
 * what an outcome and its plan look like before doing one. The answers follow what the example's chronology says.
 */
export function exampleAssessment(
  framework: { id: string; version: string },
  adults: { auntId: string; driverId: string },
  recordedAt: string,
): { answers: AssessmentAnswers; professionalJudgement: string } {
  const given = (value: Answer['value'], source: InformationSource | null = null, note = ''): Answer => ({
    value,
    unknown: false,
    note,
    source,
    recordedAt,
  });
  const notKnown = (note = ''): Answer => ({ value: null, unknown: true, note, source: null, recordedAt });
  return {
    answers: {
      frameworkId: framework.id,
      frameworkVersion: framework.version,
      items: {
        'immediate-danger': given(
          'no',
          'observation',
          'Placed with an emergency foster carer; Hoa and Anh do not know the address.',
        ),
        'session-date': given({ kind: 'date', date: '2026-03-12', approximate: false }, 'observation'),
        'session-place': given('At the foster home, with the foster carer in the next room.', 'observation'),
        'spoken-alone': given('yes', 'observation'),
        'people-present': given(['interpreter'], 'observation'),
        'interpreter-needed': given('yes', 'observation'),
        'interpreter-language': given(
          'Vietnamese (Northern), a woman booked through the council’s interpreting service.',
          'observation',
        ),
        'interpreter-not-same-area': given('yes', 'observation'),
        'interpreter-independent': given('yes', 'observation'),
        'child-reassured': given('yes', 'observation'),
        'told-done-nothing-wrong': given('yes', 'observation'),
        'nrm-explained': given('yes', 'observation'),
        'childs-own-words': given(
          '“I have to pay back the money for the journey. Anh said my family will have trouble if I talk.”',
          'child',
        ),
        'may-be-under-18': given('yes', 'child'),
        'age-basis': given('She says she was born in April 2011; no documents have been seen.', 'child'),
        'asylum-claim': notKnown(),
        'identity-documents-seen': given(['none'], 'observation'),
        'why-here-child': given('work', 'child'),
        'travel-paid-by-others': given('yes', 'child'),
        'false-promises': given('suspected', 'child', 'Told she would work in a nail bar and go to school.'),
        'debt-owed': given('yes', 'child'),
        'family-knows': notKnown(),
        'accounts-match': given('no', 'observation'),
        'intended-destination': given('uk', 'child'),
        'false-or-no-documents': given('yes', 'child'),
        'home-country': given('Vietnam', 'child'),
        'parents-whereabouts-known': notKnown('Her mother works in a city; Mai does not know which.'),
        'safe-family-member': notKnown(),
        'movement-controlled': given('yes', 'child', 'Not allowed out of the flat without Hoa.'),
        'rarely-leaves-house': given('yes', 'child'),
        'not-in-education': given('yes', 'agency-check'),
        'not-registered-with-gp': given('yes', 'agency-check'),
        'excessive-household-work': given('suspected', 'child'),
        'missing-episodes': given('no', 'agency-check'),
        'fearful-or-withdrawn': given('yes', 'observation'),
        'threats-to-self-or-family': given('yes', 'child'),
        'still-in-situation': given('no', 'observation'),
        'exploitation-types': given(['unpaid-household-work', 'forced-to-work'], 'child'),
        'organisation-procedure-clear': given('yes', 'observation'),
        'strategy-discussion-requested': given('yes'),
        'nrm-referral-made': given('no'),
        // The worker's own judgement, as a completed assessment records it (decision 16).
        'judgement-reasonable-grounds': given('yes', 'observation', 'Debt for the journey, threats to her family, kept at home doing housework, passport held.'),
        'judgement-significant-harm': given('yes', 'observation', 'Threats to her family and control of her movements.'),
      },
      connectedAdults: {
        [adults.auntId]: {
          'why-here-adult': given('education', 'adult'),
          'adult-insists-on-staying': given('yes', 'observation'),
          'adult-holds-documents-or-money': given('suspected', 'child'),
          'adult-known-to-agencies': notKnown('Police checks asked for on 11 March.'),
          'private-fostering-notified': given('no', 'agency-check'),
        },
        [adults.driverId]: {
          'adult-holds-documents-or-money': given('yes', 'child', 'Mai says he kept her passport.'),
          'adult-known-to-agencies': given('yes', 'agency-check'),
        },
      },
    },
    professionalJudgement:
      'Mai describes a debt for the journey, threats to her family and being kept in the flat by the woman who says she is her aunt. ' +
      'Her account and Hoa’s differ about why she came. I am concerned she has been trafficked for domestic work and is at risk of ' +
      'going missing. Treated as a child while her age is not known; safe in foster care for now.',
  };
}

/** The example's plan: recommendations the worker has accepted, with owners from the case (fictional, like the rest). */
export function exampleActions(
  record: { leadWorker: string; agencies: { name: string }[] },
  inDays: (days: number) => string,
): { recommendationId: string; owner: ActionOwner; due: string; done?: string }[] {
  const police = record.agencies.find((agency) => agency.name.includes('Police'))?.name ?? 'Police';
  return [
    { recommendationId: 'police', owner: { kind: 'agency', name: police }, due: inDays(1) },
    {
      recommendationId: 'missing-plan',
      owner: { kind: 'person', name: record.leadWorker || 'The lead worker' },
      due: inDays(0),
      done: 'Missing-person plan agreed with the foster carer and Kent Police; photograph and description shared.',
    },
  ];
}

/** An action agreed at the example's strategy discussion. */
export function exampleAgreedAction(inDays: (days: number) => string): { title: string; owner: ActionOwner; due: string } {
  return {
    title: 'Visit Mai with a female Vietnamese interpreter and explain the NRM referral',
    owner: { kind: 'person', name: 'Lead social worker, Example Children’s Services' },
    due: inDays(3),
  };
}
