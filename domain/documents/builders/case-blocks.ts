import { formatApproxDate } from '../../case/approx-date';
import {
  chronologyKindLabels,
  immigrationStatusLabels,
  nameTypeLabels,
  relationshipEvidenceLabels,
  transportLabels,
  travelDocumentLabels,
  type CaseRecord,
} from '../../case/schemas';
import {
  NOT_RECORDED,
  ageStatusText,
  childDateOfBirthText,
  fullName,
  genderText,
  joinNonEmpty,
  mainName,
  orderedChronology,
  otherNames,
} from '../content';
import { relationshipLabel, triStateLabel } from '../../case/vocabulary';
import type { DocumentBlockInput } from '../model';
import { sharingFlagsText, type Redaction } from '../redaction';
import { withheldAdultsSentence, withheldEntriesSentence } from '../view';
import { Fields, h3, note, para } from './blocks';

export function childFields(record: CaseRecord, redaction: Redaction, section: string): Fields {
  const child = record.child;
  const fields = new Fields(section);
  fields.add('Name', mainName(child.names));
  fields.add('Other names and aliases', otherNames(child.names).map((name) => `${fullName(name)} (${nameTypeLabels[name.type].toLowerCase()})`).join('; '), { gap: false });
  fields.add('Date of birth', childDateOfBirthText(record));
  fields.add('Age status', ageStatusText(record));
  if (child.ageStatus === 'disputed-treated-as-child') {
    fields.add('Presumption of age', 'While the age is disputed the child is treated as a child (Modern Slavery Act 2015 s.51) until a local authority age assessment decides it.', { gap: false });
  }
  fields.add('Gender', genderText(record));
  fields.add('Nationality', child.nationalities.join(', '));
  fields.add('Place of birth', joinNonEmpty([child.placeOfBirth.town, child.placeOfBirth.country], ', '));
  fields.add('Languages', child.languages.join(', '));
  fields.add('Speaks English', triStateLabel(child.englishSpoken));
  fields.add(
    'Interpreter',
    child.interpreter.needed === 'yes'
      ? joinNonEmpty([`Needed: ${child.interpreter.language ?? 'language not recorded'}`, child.interpreter.dialect && `dialect ${child.interpreter.dialect}`, child.interpreter.preferredGender && child.interpreter.preferredGender !== 'no-preference' ? `${child.interpreter.preferredGender} interpreter preferred` : ''], ', ')
      : triStateLabel(child.interpreter.needed),
  );
  fields.add('Communication needs', child.communicationNeeds, { gap: false });
  const placement = redaction.internal
    ? joinNonEmpty([child.placement.description, child.placement.address, child.placement.carer && `carer: ${child.placement.carer}`], '; ')
    : joinNonEmpty([child.placement.description, 'address and carer withheld from this version'], '; ');
  fields.add('Where the child lives now', placement);
  fields.add('Immigration status', immigrationStatusLabels[child.immigration.status]);
  fields.add('Asylum claim', triStateLabel(child.immigration.asylumClaim));
  fields.add('Home Office reference', child.immigration.homeOfficeReference, { gap: false });
  fields.add('School', joinNonEmpty([child.school.name, redaction.internal ? child.school.phone : ''], ', '));
  fields.add('GP', joinNonEmpty([child.gp.name, redaction.internal ? child.gp.phone : ''], ', '));
  return fields;
}

export function adultsTable(record: CaseRecord, redaction: Redaction): DocumentBlockInput[] {
  const adults = record.connectedAdults;
  const blocks: DocumentBlockInput[] = [];
  if (adults.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Adults connected to the child',
      columns: [
        { header: 'Name', weight: 2 },
        { header: 'The adult says they are', weight: 2 },
        { header: 'The child says they are', weight: 2 },
        { header: 'Evidence seen', weight: 2 },
        { header: 'Parental responsibility', weight: 1.2 },
        { header: 'Lives with the child', weight: 1.2 },
      ],
      rows: adults.map((adult) => [
        joinNonEmpty([mainName(adult.names), redaction.internal ? (adult.doNotShareWith ? 'DO NOT SHARE WITH' : '') : sharingFlagsText(adult), redaction.internal ? joinNonEmpty([adult.contact.phone, adult.contact.address], ', ') : ''], '\n'),
        relationshipLabel(adult.relationshipClaimedByAdult, NOT_RECORDED),
        relationshipLabel(adult.relationshipClaimedByChild, NOT_RECORDED),
        adult.relationshipEvidence.map((kind) => relationshipEvidenceLabels[kind]).join(', ') || NOT_RECORDED,
        triStateLabel(adult.parentalResponsibility),
        triStateLabel(adult.livesWithChild),
      ]),
    });
  } else {
    blocks.push(para('No connected adults are recorded in this version.'));
  }
  const withheld = withheldAdultsSentence(redaction.withheldAdultCount);
  if (withheld) blocks.push(para(withheld));
  const notes = adults.filter((adult) => adult.relationshipNotes.trim() !== '').map((adult) => ({ label: mainName(adult.names), value: adult.relationshipNotes }));
  if (notes.length > 0) blocks.push(h3('Notes on the relationships'), { kind: 'fields', fields: notes });
  return blocks;
}

export function routeBlocks(record: CaseRecord): DocumentBlockInput[] {
  const adultsById = new Map(record.connectedAdults.map((adult) => [adult.id, mainName(adult.names)]));
  const blocks: DocumentBlockInput[] = [];
  if (record.journey.legs.length === 0) blocks.push(para('No part of the journey is recorded yet.'));
  else
    blocks.push({
      kind: 'table',
      caption: 'The route, leg by leg',
      columns: [
        { header: '#', weight: 0.4 },
        { header: 'From', weight: 2 },
        { header: 'To', weight: 2 },
        { header: 'Left', weight: 1.5 },
        { header: 'Arrived', weight: 1.5 },
        { header: 'How', weight: 1.3 },
        { header: 'With', weight: 2 },
        { header: 'Documents', weight: 2 },
      ],
      rows: record.journey.legs.map((leg, index) => [
        String(index + 1),
        joinNonEmpty([leg.from.place, leg.from.country], ', ') || 'Not known',
        joinNonEmpty([leg.to.place, leg.to.country], ', ') || 'Not known',
        leg.departed ? formatApproxDate(leg.departed) : 'Not known',
        leg.arrived ? formatApproxDate(leg.arrived) : 'Not known',
        transportLabels[leg.transport],
        joinNonEmpty([...leg.travelledWithAdultIds.map((id) => adultsById.get(id) ?? ''), leg.travelledWithOthers], '; ') || 'Not recorded',
        joinNonEmpty([travelDocumentLabels[leg.documents], leg.documentsHeldBy && `held by ${leg.documentsHeldBy}`], '; '),
      ]),
    });
  const entry = record.journey.entry;
  blocks.push({
    kind: 'fields',
    fields: [
      { label: 'Arrival in the UK', value: joinNonEmpty([entry.port, entry.date ? formatApproxDate(entry.date) : ''], ', ') },
      { label: 'Who met the child', value: entry.metBy },
    ],
  });
  return blocks;
}

export function chronologyBlocks(redaction: Redaction): DocumentBlockInput[] {
  const entries = orderedChronology(redaction.caseRecord.chronology);
  const blocks: DocumentBlockInput[] = [];
  if (entries.length === 0) blocks.push(para('No chronology entries are recorded in this version.'));
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Date', weight: 1.6 },
        { header: 'What happened', weight: 5 },
        { header: 'Kind', weight: 1.3 },
        { header: 'Source', weight: 2 },
      ],
      rows: entries.map((entry) => [
        formatApproxDate(entry.eventDate),
        entry.correctsId ? `${entry.summary}\n(Corrects an earlier entry.)` : entry.summary,
        chronologyKindLabels[entry.kind],
        entry.source || NOT_RECORDED,
      ]),
    });
  if (redaction.withheldChronologyCount > 0) blocks.push(note(withheldEntriesSentence(redaction.withheldChronologyCount)));
  return blocks;
}
