import { NRM_SOURCE, listFor, nrmSections, type NrmQuestion, type NrmSection } from '../../domain/nrm';
import { long, note, radio, text, type Item, type Section, type TemplateSpec } from './template-spec';

/**
 * The NRM preparation pack is built from the 2026 prompt sheet's table (domain/nrm): every section in its order,
 * every question with the online service's field id as the field name and its options in the service's words. Each
 * field reads `nrm.<field id>` from the document view (domain/documents/nrm-view.ts), where a question not asked for
 * this person is left empty.
 */

const sectionNotes: Partial<Record<string, string>> = {
  consent: 'Adults only: a child’s referral does not ask for consent (under 18 or not sure).',
  'duty-to-notify': 'Adults only, when they do not consent to the NRM.',
  'personal-details': 'For a child; for an adult who consents; or for an adult who does not consent but agrees to co-operate with public authorities.',
};

const dropdownLists = new Set(['organisations', 'ukLocalAuthorities', 'ukPoliceForces', 'nationalities']);
const label = (question: NrmQuestion) => (question.ifText ? `${question.ifText}: ${question.question}` : question.question);

function items(question: NrmQuestion): Item[] {
  const path = `nrm.${question.id}`;
  switch (question.kind) {
    case 'choice':
      return [radio(question.id, label(question), path, question.options ?? [])];
    case 'long':
      return [long(question.id, label(question), path, 5)];
    case 'text':
      // The date of birth is a date box, so a date in any form the case holds prints as the service's dd/mm/yyyy.
      return [text(question.id, label(question), path, question.id === 'pv-dob' ? { date: true, approximateWords: true } : {})];
    case 'pick':
      // Short lists are the service's own drop-downs; towns, countries and regions are typed as the case holds them.
      return dropdownLists.has(question.list ?? '') ? [{ kind: 'dropdown', name: question.id, label: label(question), path, options: listFor(question) }] : [text(question.id, label(question), path)];
    case 'picks':
      return [
        note(label(question)),
        ...Array.from({ length: question.max ?? 1 }, (_, index) => text(`${question.id}-${index + 1}`, `${question.question} ${index + 1}`, `${path}-${index + 1}`, { half: true })),
      ];
    case 'ticks':
      return [
        note(`${label(question)} Tick all that apply.`),
        ...(question.ticks ?? []).map((tick): Item => ({ kind: 'checkbox', name: `${question.id}-${tick.value}`, label: tick.group === tick.label || tick.group === 'Contact' ? tick.label : `${tick.group}: ${tick.label}`, path, checkedWhen: tick.value, half: true })),
      ];
  }
}

/** A field asked in two sections (gender and nationality: Duty to Notify and personal details) is one field, in the later one. */
const lastSectionOf = new Map<string, number>();
for (const nrmSection of nrmSections) for (const question of nrmSection.questions) lastSectionOf.set(question.id, nrmSection.number);

function section(nrmSection: NrmSection): Section {
  const notes = [sectionNotes[nrmSection.id], ...(nrmSection.guidance ?? [])].filter((line): line is string => Boolean(line));
  return {
    title: `${nrmSection.number}. ${nrmSection.title}`,
    items: [
      ...notes.map(note),
      ...nrmSection.questions.flatMap((question) => {
        const later = lastSectionOf.get(question.id) ?? nrmSection.number;
        return later === nrmSection.number ? items(question) : [note(`${question.question}: the same question is in section ${later}, where its answer is printed.`)];
      }),
    ],
  };
}

export const nrmPack: TemplateSpec = {
  file: 'nrm-preparation-pack.pdf',
  title: 'NRM referral preparation pack',
  description: `Every question of the Home Office online NRM form, in its order, with its field ids as field names (${NRM_SOURCE}). Copy each answer into the online service; a question not asked for this person is left empty.`,
  sections: nrmSections.map(section),
};
