import { genderOptions, genderValues, long, note, radio, text, triToYesNoUnsure, yesNoUnsure, type TemplateSpec } from './template-spec';

export const referral: TemplateSpec = {
  file: 'children-services-referral.pdf',
  title: 'Multi-agency referral to children’s services (MASH / MARF)',
  description: 'Council-neutral multi-agency referral form following the common MARF sections. Paths read the document view (domain/documents/view.ts).',
  sections: [
    {
      title: 'Before you start',
      items: [note('If a child is at immediate risk of harm, call 999. If the concern is urgent, phone the MASH or the emergency duty team first, then send this form securely.')],
    },
    {
      title: 'Referrer',
      items: [
        text('referrer-name', 'Your name', 'worker.name', { half: true }),
        text('referrer-role', 'Role or job title', 'worker.role', { half: true }),
        text('referrer-organisation', 'Agency or organisation', 'worker.organisation', { half: true }),
        text('referrer-phone', 'Phone', 'worker.phone', { half: true }),
        text('referrer-email', 'Email', 'worker.email', { half: true }),
        text('referral-date', 'Date of referral (dd/mm/yyyy)', 'dates.referral', { half: true, date: true }),
        long('referrer-address', 'Address', 'worker.address', 2),
        text('referrer-relationship-to-child', 'Your relationship or role with the child', 'worker.relationshipToChild'),
      ],
    },
    {
      title: 'Consent and awareness',
      items: [
        radio('parents-aware', 'Are the parents or carers aware of this referral?', 'referral.parentsAware', yesNoUnsure, triToYesNoUnsure),
        long('parents-not-aware-reason', 'If not, why not (for example telling them could increase the risk to the child)', 'referral.parentsNotAwareReason', 3),
        radio('consent-obtained', 'Has consent to share been obtained?', 'referral.consentObtained', ['Yes', 'No', 'Not needed (child protection)']),
        text('consent-given-by', 'Who gave consent, and whose information it covers', 'referral.consentGivenBy'),
        radio('child-consent', 'Has the child consented, where their age and understanding allow?', 'referral.childConsent', yesNoUnsure, triToYesNoUnsure),
      ],
    },
    {
      title: 'The child',
      items: [
        text('child-first-name', 'First name', 'child.names.0.given', { half: true }),
        text('child-last-name', 'Last name', 'child.names.0.family', { half: true }),
        text('child-other-names', 'Other names, spellings and aliases', 'names.otherNames', { separator: ', ' }),
        text('child-dob', 'Date of birth (dd/mm/yyyy, estimate if unknown)', 'dates.childDateOfBirth', { half: true, date: true, approximateWords: true }),
        { kind: 'checkbox', name: 'child-dob-estimated', label: 'Date of birth is an estimate', path: 'dates.childDateOfBirthApproximate', half: true },
        radio('child-gender', 'Gender', 'child.gender', genderOptions, genderValues),
        { kind: 'checkbox', name: 'child-age-disputed', label: 'Age disputed: treated as a child', path: 'child.ageStatus', checkedWhen: 'disputed-treated-as-child' },
        long('child-address', 'Current address or placement', 'child.placement.address', 2),
        text('child-postcode', 'Postcode', 'child.placement.postcode', { half: true }),
        text('child-phone', 'Phone', 'child.phone', { half: true }),
        text('child-ethnicity', 'Ethnicity', 'child.ethnicity', { half: true }),
        text('child-religion', 'Religion', 'child.religion', { half: true }),
        text('child-first-language', 'First language or preferred communication', 'child.languages', { separator: ', ' }),
        radio('child-interpreter-needed', 'Interpreter needed?', 'child.interpreter.needed', yesNoUnsure, triToYesNoUnsure),
        text('child-interpreter-language', 'Interpreter language and dialect', ['child.interpreter.language', 'child.interpreter.dialect'], { separator: ', ' }),
        long('child-disability-health', 'Disability or health needs', 'child.communicationNeeds', 3),
        text('child-immigration-status', 'Immigration status', 'labels.immigrationStatus'),
        text('child-school', 'School or nursery', 'child.school.name', { half: true }),
        text('child-upn', 'Unique pupil number (UPN)', 'child.upn', { half: true }),
        text('child-gp', 'GP', 'child.gp.name', { half: true }),
        text('child-nhs-number', 'NHS number', 'child.nhsNumber', { half: true }),
      ],
    },
    {
      title: 'Family and significant adults (including any alleged perpetrator)',
      items: [
        note('Do not share this form with any adult marked “do not inform” or “do not share with” below.'),
        long('adults-details', 'Name, date of birth or age, relationship to the child, address and phone of each adult', 'adults.summary', 8),
        long('parental-responsibility', 'Who holds parental responsibility?', 'adults.parentalResponsibility', 2),
        long('household-members', 'Household members', 'adults.household', 3),
        long('adults-do-not-inform', 'Adults who must not be told about this referral, and why', 'adults.doNotInform', 3),
      ],
    },
    {
      title: 'Professionals involved',
      items: [long('professionals-involved', 'GP, school, health visitor, police and others, with contacts', 'agencies.summary', 6)],
    },
    {
      title: 'Reason for referral',
      items: [
        long('referral-concerns', 'What are you worried about? What happened, when, how you know, and the impact on the child', 'referral.concerns', 14),
        long('child-views', 'The child’s views and lived experience', 'referral.childViews', 8),
        long('strengths', 'Strengths and protective factors', 'referral.strengths', 4),
        long('actions-taken', 'Actions already taken', 'referral.actionsTaken', 4),
        long('outcome-sought', 'What outcome are you seeking?', 'referral.outcomeSought', 3),
      ],
    },
    {
      title: 'Level of need and attachments',
      items: [
        radio('level-of-need', 'Level of need (from the local threshold document)', 'referral.levelOfNeed', ['Level 3: complex or multi-agency', 'Level 4: child protection or acute']),
        { kind: 'checkbox', name: 'early-help-assessment-attached', label: 'An Early Help Assessment (or CAF) is attached', path: 'referral.earlyHelpAttached' },
      ],
    },
  ],
};
