/**
 * Builds Crossings' own fillable templates and their mapping files:
 *   npx tsx templates/generate.ts
 * Output is deterministic (fixed dates, fixed font subset names), so regenerating gives identical bytes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFField, type PDFPage } from 'pdf-lib';
import { DocumentFonts, type TextToPrepare } from '../core/pdf/fonts';
import { setDocumentMetadata } from '../core/pdf/page-chrome';
import { A4 } from '../core/pdf/page-style';
import { templateMappingSchema, type FieldMapping, type TemplateMapping } from '../core/pdf/mapping';
import { drawTextLine, singleLine, wrapText, type TextStyle } from '../core/pdf/text';
import { nrmLists, jurisdictions } from '../domain/reference-data';

const TEMPLATE_DATE = new Date('2026-01-01T00:00:00Z');
const DATE_PATTERN = 'dd/mm/yyyy';
const TEMPLATES_FOLDER = path.resolve(process.cwd(), 'templates');

type Translation = Record<string, string | boolean>;
interface Common {
  name: string;
  label: string;
  path: string | string[];
  separator?: string;
  values?: Translation;
  /** Two half-width items sit side by side. */
  half?: boolean;
}
type Item =
  | (Common & { kind: 'text'; lines?: number; date?: boolean })
  | (Common & { kind: 'radio'; options: readonly string[] })
  | (Common & { kind: 'checkbox'; checkedWhen?: string })
  | (Common & { kind: 'dropdown'; options: readonly string[] })
  | { kind: 'note'; text: string };
interface Section {
  title: string;
  items: Item[];
}
interface TemplateSpec {
  file: string;
  title: string;
  description: string;
  sections: Section[];
}

const yesNoUnsure = ['Yes', 'No', 'Not sure'] as const;
const yesNo = ['Yes', 'No'] as const;
const triToYesNoUnsure: Translation = { yes: 'Yes', no: 'No', unknown: 'Not sure' };
const triToYesNo: Translation = { yes: 'Yes', no: 'No' };
const genderOptions = ['Female', 'Male', 'They do not identify as male or female'] as const;
const genderValues: Translation = { female: 'Female', male: 'Male', other: 'They do not identify as male or female' };

const text = (name: string, label: string, dataPath: string | string[], extra: Partial<Extract<Item, { kind: 'text' }>> = {}): Item => ({ kind: 'text', name, label, path: dataPath, ...extra });
const long = (name: string, label: string, dataPath: string | string[], lines = 6): Item => text(name, label, dataPath, { lines });
const radio = (name: string, label: string, dataPath: string, options: readonly string[], values?: Translation): Item => ({ kind: 'radio', name, label, path: dataPath, options, ...(values ? { values } : {}) });
const note = (value: string): Item => ({ kind: 'note', text: value });

const referral: TemplateSpec = {
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
        text('child-dob', 'Date of birth (dd/mm/yyyy, estimate if unknown)', 'dates.childDateOfBirth', { half: true, date: true }),
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

const exploitationTypes: Array<[string, string]> = [
  ['forced-to-work', 'Forced to work for nothing or almost nothing'],
  ['wages-taken', 'Wages taken by force or coercion'],
  ['forced-to-commit-fraud', 'Forced to commit fraud'],
  ['prostitution', 'Forced into prostitution'],
  ['child-exploitation', 'Child sexual exploitation'],
  ['taken-somewhere', 'Taken somewhere, held and sexually assaulted'],
  ['forced-to-commit-crime', 'Forced to commit crime (e.g. cannabis cultivation, county lines)'],
  ['organs-removed', 'Organs removed against their will'],
  ['unpaid-household-work', 'Unpaid or low-paid household work'],
  ['other', 'Other'],
];
const lastContactOptions = ['Within the last week', 'Within the last month', 'Within the last 3 months', 'Within the last 6 months', '6 to 12 months ago', 'Over a year ago', 'Not sure'];
const la = 'local-authority-contacted-about-child-';

const nrmPack: TemplateSpec = {
  file: 'nrm-preparation-pack.pdf',
  title: 'NRM referral preparation pack (child)',
  description: 'Follows the Home Office online NRM form: its sections in order and its field ids as field names. For a child, sections 8, 9 and 11 (decision letters) are skipped.',
  sections: [
    {
      title: '1. First responder details',
      items: [
        text('user-email', 'Work email', 'worker.email', { half: true }),
        text('reference', 'Your own reference (not sent to the Home Office)', 'case.reference', { half: true }),
        { kind: 'dropdown', name: 'user-organisation', label: 'Organisation', path: 'worker.nrmOrganisation', options: nrmLists.organisations },
        radio('fr-location', 'Where is the referral being made?', 'case.jurisdiction', jurisdictions),
      ],
    },
    {
      title: '2. Age confirmation',
      items: [
        radio('pv-under-age', 'Is the potential victim under 18?', 'age.under18', yesNoUnsure, triToYesNoUnsure),
        note('Under 18 or not sure: the referral is automatic and the person is treated as a child. Contact the local authority before you submit.'),
        { kind: 'dropdown', name: `${la}local-authority-name`, label: 'Local authority contacted about the child', path: 'case.localAuthority', options: nrmLists.ukLocalAuthorities },
        text(`${la}local-authority-phone`, 'Local authority phone', 'localAuthorityContact.phone', { half: true }),
        text(`${la}local-authority-email`, 'Local authority email', 'localAuthorityContact.email', { half: true }),
        text(`${la}first-name`, 'Contact first name (if known)', 'localAuthorityContact.firstName', { half: true }),
        text(`${la}last-name`, 'Contact last name (if known)', 'localAuthorityContact.lastName', { half: true }),
      ],
    },
    {
      title: '3. Background',
      items: [
        text('birthplace', 'Place of birth (town or village, country)', ['child.placeOfBirth.town', 'child.placeOfBirth.country'], { separator: ', ' }),
        long('family', 'Family', 'homeSituation.household', 5),
        long('education', 'Education', 'homeSituation.school', 4),
        long('employment-history', 'Employment history before the exploitation', 'homeSituation.work', 4),
      ],
    },
    {
      title: '4. Exploitation details',
      items: [
        radio('potential-victim-exploitative-situation-multiple', 'More than one exploitative situation?', 'exploitation.multiple', ['Yes', 'No', 'I don’t know'], { yes: 'Yes', no: 'No', unknown: 'I don’t know' }),
        long('when-did-the-exploitation-take-place', 'When did the exploitation take place (start and end, loose dates are fine)?', 'exploitation.when', 3),
        long('how-did-the-exploitation-start', 'How did the exploitation start? Promises, expectations, pay promised', 'exploitation.howStarted', 10),
        radio('were-they-taken-somewhere-by-their-exploiter', 'Were they taken somewhere by their exploiters?', 'exploitation.takenSomewhere', yesNo, triToYesNo),
        long('were-they-taken-somewhere-by-their-exploiter-journey-details', 'Journey: routes, places, landmarks, times, transport', 'exploitation.journeyDetails', 6),
        long('what-were-they-required-to-do', 'What were they required to do? Tasks, hours, breaks', 'exploitation.tasks', 6),
        long('living-conditions', 'Living conditions: accommodation, facilities, sleeping, food', 'exploitation.livingConditions', 5),
        long('how-they-were-treated', 'How were they treated? Detention, threats, force, coercion, documents taken', 'exploitation.treatment', 6),
        radio('still-in-exploitative-situation', 'Are they still in the exploitative situation?', 'exploitation.stillIn', yesNo, triToYesNo),
        long('what-is-keeping-them-in-situation', 'If yes: what is keeping them there?', 'exploitation.whatKeepsThem', 3),
        long('how-why-did-they-leave-the-situation', 'If no: how and why did they leave? Whose decision, who helped?', 'exploitation.howLeft', 4),
        { kind: 'dropdown', name: 'when-last-contact', label: 'Last contact with the exploiters', path: 'exploitation.lastContact', options: lastContactOptions },
        long('details-last-contact', 'Details of the last contact: how, what was said, threats, steps taken to stop contact', 'exploitation.lastContactDetails', 4),
        radio('is-this-the-first-chance-to-report', 'Is this the first chance to report?', 'exploitation.firstChanceToReport', yesNoUnsure, triToYesNoUnsure),
        long('why-report-now', 'If reported before or delayed: what stopped earlier reporting?', 'exploitation.whyReportNow', 3),
      ],
    },
    {
      title: '5. Professional insight',
      items: [
        radio('modern-slavery-indicators', 'Have you identified modern slavery indicators?', 'assessment.indicatorsIdentified', yesNo, triToYesNo),
        long('modern-slavery-indicators-details', 'Indicators, and where you noticed them, for each exploitation', 'assessment.indicatorDetails', 8),
        long('where-how-interview-carried-out', 'About the interviews: where, how you met, breaks, who was present', 'assessment.interviews', 5),
        long('professional-insight', 'Why you are referring: your insight, vulnerability, safeguarding, health and support needs', 'assessment.professionalInsight', 12),
        radio('evidence-of-dishonesty', 'Are there evidence-based credibility concerns?', 'assessment.credibilityConcerns', yesNo, triToYesNo),
        long('evidence-of-dishonesty-details', 'Details (say if withholding or changes may come from fear or trauma)', 'assessment.credibilityDetails', 4),
        radio('are-others-involved', 'Are other professionals involved?', 'assessment.othersInvolved', yesNo, triToYesNo),
        long('are-others-involved-details', 'Other professionals: referrals, actions, references, contacts', 'assessment.othersInvolvedDetails', 4),
      ],
    },
    {
      title: '6. Exploitation location',
      items: [
        radio('where-exploitation-happened', 'Where did the exploitation happen?', 'exploitation.where', ['UK', 'Overseas', 'UK and Overseas'], { uk: 'UK', overseas: 'Overseas', both: 'UK and Overseas' }),
        text('where-exploitation-happened-uk-city-1', 'UK town or city 1', 'exploitation.ukPlaces.0', { half: true }),
        text('where-exploitation-happened-uk-city-2', 'UK town or city 2', 'exploitation.ukPlaces.1', { half: true }),
        text('where-exploitation-happened-other-uk-other-location', 'UK addresses or landmarks', 'exploitation.ukOtherLocation'),
        text('where-exploitation-happened-overseas-country-1', 'Country 1', 'exploitation.countries.0', { half: true }),
        text('where-exploitation-happened-overseas-country-2', 'Country 2', 'exploitation.countries.1', { half: true }),
        text('where-exploitation-happened-other-overseas-other-location', 'Overseas addresses or landmarks', 'exploitation.overseasOtherLocation'),
        text('current-pv-location-uk-city', 'Where they are staying now: town or city', 'child.currentTown', { half: true }),
        text('current-pv-location-uk-region', 'Region', 'child.currentRegion', { half: true }),
      ],
    },
    {
      title: '7. Exploiters',
      items: [
        long('who-exploited-pv', 'Who exploited them? Languages, gang names or nicknames, identifying features', 'exploiters.description', 6),
        radio('exploiters-location', 'Are the exploiters’ whereabouts known?', 'exploiters.locationKnown', yesNo, triToYesNo),
        radio('are-exploiters-in-the-uk', 'Are the exploiters in the UK?', 'exploiters.inUk', yesNo, triToYesNo),
        long('exploiters-current-location-details', 'Where the exploiters are now', 'exploiters.locationDetails', 3),
        note('How were they exploited? Tick all that apply.'),
        ...exploitationTypes.map(([id, label]): Item => ({ kind: 'checkbox', name: `types-of-exploitation-${id}`, label, path: 'exploitation.types', checkedWhen: id, half: true })),
        text('other-exploitation-details', 'Other exploitation: details', 'exploitation.otherDetails'),
        radio('any-other-pvs', 'Are there other potential victims?', 'exploiters.otherVictims', yesNoUnsure, triToYesNoUnsure),
        long('any-other-pvs-details', 'Other potential victims: operation names, family members', 'exploiters.otherVictimsDetails', 3),
        radio('future-exploitation-concerns', 'Are you concerned about future exploitation?', 'exploitation.futureConcerns', yesNo, triToYesNo),
        long('future-exploitation-reasons', 'Why (the concern must be evidenced)', 'exploitation.futureReasons', 3),
        radio('reported-to-police', 'Has a modern slavery crime been reported to the police?', 'police.reported', yesNo, triToYesNo),
        { kind: 'dropdown', name: 'reported-to-police-police-forces', label: 'Police force', path: 'police.force', options: nrmLists.ukPoliceForces, half: true },
        text('reported-to-police-crime-reference', 'Crime reference', 'police.crimeReference', { half: true }),
        radio('authorities-cooperation', 'Willing to help investigations or proceedings?', 'police.cooperation', yesNo, triToYesNo),
        long('authorities-cooperation-details', 'Details', 'police.cooperationDetails', 2),
        note('Sections 8 (consent and support) and 9 (duty to notify) are for adults only; a child’s referral skips them.'),
      ],
    },
    {
      title: '10. Potential victim personal details',
      items: [
        text('pv-name-first-name', 'First name', 'child.names.0.given', { half: true }),
        text('pv-name-last-name', 'Last name', 'child.names.0.family', { half: true }),
        text('pv-name-nickname', 'Nickname or name used during exploitation', 'names.exploitationNames', { separator: ', ' }),
        text('pv-dob', 'Date of birth (dd/mm/yyyy)', 'dates.childDateOfBirth', { half: true, date: true }),
        radio('pv-gender', 'Gender', 'child.gender', genderOptions, genderValues),
        radio('does-pv-have-children', 'Do they have children?', 'child.hasChildren', yesNo, triToYesNo),
        text('does-pv-have-children-amount', 'How many', 'child.numberOfChildren', { half: true }),
        { kind: 'dropdown', name: 'pv-nationality', label: 'Nationality', path: 'child.nationalities.0', options: nrmLists.nationalities, half: true },
        { kind: 'dropdown', name: 'pv-nationality-second', label: 'Second nationality', path: 'child.nationalities.1', options: nrmLists.nationalities, half: true },
        radio('pv-interpreter-requirements', 'Do they need an interpreter?', 'child.interpreter.neededYesNo', yesNo, triToYesNo),
        text('pv-interpreter-requirements-language', 'Language', ['child.interpreter.language', 'child.interpreter.dialect'], { separator: ', ' }),
        radio('pv-other-help-with-communication', 'Do they need other help with communication?', 'child.communicationHelp', yesNo, triToYesNo),
        text('pv-other-help-with-communication-aid', 'What help', 'child.communicationNeeds'),
        radio('pv-ho-reference', 'Do they have any Home Office references?', 'child.hasHomeOfficeReference', yesNo, triToYesNo),
        text('pv-ho-reference-type', 'Type and number', 'child.immigration.homeOfficeReference'),
      ],
    },
    {
      title: '11. First responder contact',
      items: [
        text('fr-details-first-name', 'First name', 'worker.firstName', { half: true }),
        text('fr-details-last-name', 'Last name', 'worker.lastName', { half: true }),
        text('fr-details-role', 'Role', 'worker.role', { half: true }),
        text('fr-details-phone', 'Phone', 'worker.phone', { half: true }),
        text('fr-alternative-contact-email', 'Alternative contact email (manager, colleague or team inbox)', 'worker.alternativeEmail'),
      ],
    },
    {
      title: '12. Evidence',
      items: [long('evidence-description', 'Documents to upload: description and date of each', 'evidence.summary', 6)],
    },
  ],
};

const ictg: TemplateSpec = {
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
        text('child-dob', 'Date of birth (dd/mm/yyyy)', 'dates.childDateOfBirth', { half: true, date: true }),
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

const MARGIN = 48;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN;
/**
 * Crossings stamps the page furniture on every filled page (marking, case reference, who generated it and when,
 * page N of M, the framework version, the age-disputed banner and the indicators note; see core/pdf/page-chrome.ts
 * drawPageChrome), so the templates keep those bands clear: the header down to the banner, the footer up to the note.
 */
const TOP = A4[1] - 96;
const BOTTOM = 88;
const LABEL: TextStyle = { size: 8.5, weight: 'bold' };
const SMALL: TextStyle = { size: 8.5, weight: 'regular' };

function setTooltip(field: PDFField, label: string): void {
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(label));
}

/** The same format and keystroke actions Acrobat writes, so any viewer knows the box wants a date. */
function setDateFormat(doc: PDFDocument, field: PDFField): void {
  const action = (js: string) => doc.context.obj({ S: 'JavaScript', JS: PDFString.of(js) });
  field.acroField.dict.set(PDFName.of('AA'), doc.context.obj({ F: action(`AFDate_FormatEx("${DATE_PATTERN}");`), K: action(`AFDate_KeystrokeEx("${DATE_PATTERN}");`) }));
}

async function buildTemplate(spec: TemplateSpec): Promise<{ bytes: Uint8Array; mapping: TemplateMapping }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const texts: TextToPrepare[] = [];
  for (const section of spec.sections) {
    texts.push({ text: section.title, weight: 'bold' });
    for (const item of section.items) {
      if (item.kind === 'note') texts.push(item.text);
      else texts.push({ text: item.label, weight: 'bold' }, ...(item.kind === 'radio' ? item.options : []));
    }
  }
  const fonts = await DocumentFonts.forDocument(doc, texts);
  const form = doc.getForm();
  const mappingFields: Record<string, FieldMapping> = {};
  const pages: PDFPage[] = [];
  let page: PDFPage = doc.addPage(A4);
  pages.push(page);
  let y = TOP;
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = doc.addPage(A4);
    pages.push(page);
    y = TOP;
  };
  const label = (value: string, x: number, top: number, width: number, style = LABEL) => {
    const lines = wrapText(fonts, value, style, width);
    lines.forEach((line, index) => drawTextLine(page, line, { x, y: top - style.size - index * style.size * 1.3, size: style.size }));
    return lines.length * style.size * 1.3;
  };
  const labelHeight = (value: string, width: number, style = LABEL) => wrapText(fonts, value, style, width).length * style.size * 1.3;

  const itemHeight = (item: Item, width: number): number => {
    switch (item.kind) {
      case 'note':
        return labelHeight(item.text, width, SMALL) + 6;
      case 'text':
        return labelHeight(item.label, width) + 2 + ((item.lines ?? 1) > 1 ? (item.lines ?? 1) * 11 + 6 : 18) + 8;
      case 'dropdown':
        return labelHeight(item.label, width) + 2 + 18 + 8;
      case 'checkbox':
        return Math.max(12, labelHeight(item.label, width - 18)) + 8;
      case 'radio': {
        const rows = Math.ceil(item.options.length / (item.options.some((option) => option.length > 20) ? 1 : 3));
        return labelHeight(item.label, width) + 2 + rows * 16 + 6;
      }
    }
  };

  const drawItem = (item: Item, x: number, top: number, width: number) => {
    if (item.kind === 'note') {
      label(item.text, x, top, width, SMALL);
      return;
    }
    mappingFields[item.name] = {
      path: item.path,
      label: item.label,
      separator: item.separator ?? ' ',
      ...(item.values ? { values: item.values } : {}),
      ...(item.kind === 'checkbox' && item.checkedWhen ? { checkedWhen: item.checkedWhen } : {}),
      ...(item.kind === 'text' && item.date ? { dateFormat: DATE_PATTERN } : {}),
    };
    if (item.kind === 'checkbox') {
      const box = form.createCheckBox(item.name);
      box.addToPage(page, { x, y: top - 12, width: 11, height: 11, borderWidth: 1, borderColor: rgb(0.2, 0.2, 0.2) });
      setTooltip(box, item.label);
      label(item.label, x + 18, top, width - 18, { size: 8.5, weight: 'regular' });
      return;
    }
    const used = label(item.label, x, top, width) + 2;
    const fieldTop = top - used;
    if (item.kind === 'text') {
      const lines = item.lines ?? 1;
      const height = lines > 1 ? lines * 11 + 6 : 18;
      const field = form.createTextField(item.name);
      field.addToPage(page, { x, y: fieldTop - height, width, height, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3), backgroundColor: rgb(1, 1, 1) });
      if (lines > 1) field.enableMultiline();
      field.setFontSize(lines > 1 ? 9 : 10);
      setTooltip(field, item.label);
      if (item.date) setDateFormat(doc, field);
    } else if (item.kind === 'dropdown') {
      const field = form.createDropdown(item.name);
      field.setOptions([...item.options]);
      field.addToPage(page, { x, y: fieldTop - 18, width, height: 18, borderWidth: 0.8, borderColor: rgb(0.3, 0.3, 0.3), backgroundColor: rgb(1, 1, 1) });
      field.setFontSize(10);
      setTooltip(field, item.label);
    } else {
      const group = form.createRadioGroup(item.name);
      const perRow = item.options.some((option) => option.length > 20) ? 1 : 3;
      const columnWidth = width / perRow;
      item.options.forEach((option, index) => {
        const rowTop = fieldTop - Math.floor(index / perRow) * 16;
        const optionX = x + (index % perRow) * columnWidth;
        group.addOptionToPage(option, page, { x: optionX, y: rowTop - 12, width: 11, height: 11, borderWidth: 1, borderColor: rgb(0.2, 0.2, 0.2) });
        drawTextLine(page, singleLine(fonts, option, SMALL), { x: optionX + 16, y: rowTop - 10, size: SMALL.size });
      });
      setTooltip(group, item.label);
    }
  };

  for (const section of spec.sections) {
    ensure(24 + 40);
    page.drawRectangle({ x: MARGIN, y: y - 18, width: CONTENT_WIDTH, height: 18, color: rgb(0.88, 0.9, 0.94) });
    drawTextLine(page, singleLine(fonts, section.title, { size: 10.5, weight: 'bold' }), { x: MARGIN + 5, y: y - 13, size: 10.5 });
    y -= 26;
    for (let index = 0; index < section.items.length; index += 1) {
      const item = section.items[index];
      if (!item) continue;
      const next = section.items[index + 1];
      if ('half' in item && item.half && next && 'half' in next && next.half) {
        const halfWidth = (CONTENT_WIDTH - 12) / 2;
        const height = Math.max(itemHeight(item, halfWidth), itemHeight(next, halfWidth));
        ensure(height);
        drawItem(item, MARGIN, y, halfWidth);
        drawItem(next, MARGIN + halfWidth + 12, y, halfWidth);
        y -= height;
        index += 1;
        continue;
      }
      const height = itemHeight(item, CONTENT_WIDTH);
      ensure(height);
      drawItem(item, MARGIN, y, CONTENT_WIDTH);
      y -= height;
    }
    y -= 6;
  }

  setDocumentMetadata(doc, spec.title, TEMPLATE_DATE);
  const bytes = await doc.save({ updateFieldAppearances: true });
  const mapping = templateMappingSchema.parse({ template: spec.file, title: spec.title, description: spec.description, fields: mappingFields });
  return { bytes, mapping };
}

async function main(): Promise<void> {
  for (const spec of [referral, nrmPack, ictg]) {
    const { bytes, mapping } = await buildTemplate(spec);
    writeFileSync(path.join(TEMPLATES_FOLDER, spec.file), bytes);
    writeFileSync(path.join(TEMPLATES_FOLDER, spec.file.replace(/\.pdf$/, '.mapping.json')), `${JSON.stringify(mapping, null, 2)}\n`);
    console.log(`${spec.file}: ${Object.keys(mapping.fields).length} fields, ${bytes.length.toLocaleString('en-GB')} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
