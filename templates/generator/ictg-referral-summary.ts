import { nrmLists } from '../../domain/reference-data';
import { genderOptions, genderValues, long, note, radio, text, triToYesNoUnsure, yesNoUnsure, type TemplateSpec } from './template-spec';

export const ictg: TemplateSpec = {
  file: 'ictg-referral-summary.pdf',
  title: 'Independent Child Trafficking Guardian (ICTG) referral summary',
  description: 'Summary to copy into the ICTG online referral, made in addition to the NRM and safeguarding referrals.',
  sections: [
    {
      title: 'The child',
      items: [
        text('child-first-name', 'First name', 'child.names.0.given', { half: true }),
        text('child-last-name', 'Last name', 'child.names.0.family', { half: true }),
        text('child-other-names', 'Other names and spellings', 'names.otherNames', { separator: ', ' }),
        text('child-dob', 'Date of birth (dd/mm/yyyy)', 'dates.childDateOfBirth', { half: true, date: true, approximateWords: true }),
        radio('child-gender', 'Gender', 'child.gender', genderOptions, genderValues),
        { kind: 'checkbox', name: 'child-age-disputed', label: 'Age disputed: treated as a child', path: 'child.ageStatus', checkedWhen: 'disputed-treated-as-child' },
        { kind: 'dropdown', name: 'child-nationality', label: 'Nationality', path: 'child.nationalities.0', options: nrmLists.nationalities, half: true },
        text('child-languages', 'Languages', 'child.languages', { separator: ', ', half: true }),
        radio('child-interpreter-needed', 'Interpreter needed?', 'child.interpreter.needed', yesNoUnsure, triToYesNoUnsure),
        long('child-placement', 'Where the child lives now (do not share with adults flagged “do not share with”)', 'child.placement.address', 2),
        text('child-immigration-status', 'Immigration status', 'labels.immigrationStatus'),
      ],
    },
    {
      title: 'Parental responsibility and type of support',
      items: [
        radio('pr-holder-in-uk', 'Does anyone in the UK hold parental responsibility?', 'adults.prHolderInUk', yesNoUnsure, triToYesNoUnsure),
        radio('ictg-support-type', 'Support asked for', 'referral.ictgSupportType', ['ICTG Direct Worker', 'Regional Practice Coordinator'], { direct: 'ICTG Direct Worker', rpc: 'Regional Practice Coordinator' }),
        note('Direct Workers support children with no one holding parental responsibility in the UK; Regional Practice Coordinators advise the professionals around children who have one.'),
      ],
    },
    {
      title: 'Referrals made',
      items: [
        radio('nrm-referral-made', 'Has an NRM referral been made?', 'referral.nrmMade', yesNoUnsure, triToYesNoUnsure),
        text('nrm-referral-date', 'NRM referral date (dd/mm/yyyy)', 'dates.nrmReferral', { half: true, date: true }),
        text('nrm-reference', 'NRM reference', 'referral.nrmReference', { half: true }),
        text('local-authority', 'Local authority', 'case.localAuthority', { half: true }),
        text('case-reference', 'Case reference', 'case.reference', { half: true }),
        text('police-crime-reference', 'Police crime reference', 'police.crimeReference'),
      ],
    },
    {
      title: 'Concerns',
      items: [
        long('exploitation-summary', 'Exploitation: types, places, and who the exploiters are', 'exploitation.summary', 8),
        long('current-risks', 'Current risks, including going missing and re-trafficking', 'referral.currentRisks', 8),
        long('child-views', 'What the child wants and fears', 'referral.childViews', 6),
      ],
    },
    {
      title: 'Referrer',
      items: [
        text('referrer-name', 'Name', 'worker.name', { half: true }),
        text('referrer-role', 'Role', 'worker.role', { half: true }),
        text('referrer-phone', 'Phone', 'worker.phone', { half: true }),
        text('referrer-email', 'Email', 'worker.email', { half: true }),
        text('referral-date', 'Date (dd/mm/yyyy)', 'dates.referral', { half: true, date: true }),
      ],
    },
  ],
};
