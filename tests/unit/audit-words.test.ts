import { describe, expect, it } from 'vitest';
import { auditRules } from '../../core/services/audit';
import { referralKinds } from '../../domain/nrm/referrals';
import { auditDetailsInWords, caseSectionLabels, lockReasonLabels } from '../../domain/audit';
import { chronologyKinds } from '../../domain/case/schemas';
import { documentAudiences, documentTypes } from '../../domain/documents';
import { defaultFramework, indexFramework } from '../../domain/imaaf';
import { settingsSectionLabels } from '../../domain/settings';

/** What the audit trail shows a worker must read as words: no ids, no kebab-case or camelCase codes. */

type Call = { input: Record<string, unknown>; output?: Record<string, unknown> };

const id = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const kebab = /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/;
const camel = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const items = [...indexFramework(defaultFramework).items.values()];
const assessment = { id, caseId: id, startedAt: '2026-11-30T14:05:00.000Z' };

/** Every code each audited operation can carry, so a new code without a label fails here. */
const calls: Record<string, Call[]> = {
  'cases.create': [{ input: {}, output: { id } }],
  'cases.update': [{ input: { id, changes: Object.fromEntries(Object.keys(caseSectionLabels).map((key) => [key, null])) }, output: { id } }],
  'cases.delete': [{ input: { id }, output: { reference: 'CR-2026-0042' } }],
  'chronology.add': chronologyKinds.map((kind) => ({ input: { caseId: id, entry: { kind }, correctsId: id }, output: { sequence: 3 } })),
  'referrals.record': referralKinds.flatMap((kind) =>
    (['sent', 'reasonable-grounds', 'conclusive-grounds', 'reconsideration', 'withdrawn'] as const).map((step) => ({
      input: { caseId: id, referralId: null, change: { step, kind } },
      output: { referral: { kind }, chronologyEntry: { sequence: 2 } },
    })),
  ),
  'assessments.get': [{ input: { id }, output: assessment }],
  'assessments.start': [{ input: { caseId: id }, output: assessment }],
  'assessments.answer': items.flatMap((item) => [
    { input: { id, itemId: item.id, connectedAdultId: null, answer: null } },
    { input: { id, itemId: item.id, connectedAdultId: id, answer: {} } },
  ]),
  'assessments.saveJudgement': [{ input: { id } }],
  'assessments.complete': [{ input: { id }, output: assessment }],
  'actions.record': [
    { input: { caseId: id, change: { change: 'accept', assessmentId: id, recommendationId: 'childrens-services', owner: { kind: 'agency', name: 'Kent Police' }, due: '2026-03-20' } } },
    { input: { caseId: id, change: { change: 'not-needed', assessmentId: id, recommendationId: 'family-tracing', reason: 'Mother found' } } },
    { input: { caseId: id, change: { change: 'agree', title: 'Visit', owner: { kind: 'person', name: 'Sam' }, due: '2026-03-20' } } },
    { input: { caseId: id, change: { change: 'reassign', actionId: id, owner: { kind: 'person', name: 'Sam' }, due: '2026-03-20' } } },
    { input: { caseId: id, change: { change: 'done', actionId: id, note: 'Done' } } },
    { input: { caseId: id, change: { change: 'reopen', actionId: id, note: 'Again' } } },
  ],
  'documents.generate': documentTypes.flatMap((type) =>
    documentAudiences.map((audience) => ({ input: { caseId: id, type, audience, ...(audience === 'named-agency' ? { agencyName: 'Barnardo’s' } : {}) } })),
  ),
  'documents.saveAs': [{ input: { fileName: 'Referral for Ana.pdf' } }],
  'documents.print': [{ input: { fileName: 'Referral for Ana.pdf' } }],
  'handover.export': [{ input: { caseId: id }, output: { fileName: 'Handover for Ana.crossings' } }],
  'settings.save': [{ input: Object.fromEntries(Object.keys(settingsSectionLabels).map((key) => [key, null])) }],
  'settings.saveWorker': [{ input: { name: 'Sam Patel', role: 'Social worker', team: 'Children in Care Team', nrmOrganisation: null } }],
  'audit.verify': [{ input: {}, output: { intact: true, checked: 12 } }, { input: {}, output: { intact: false, checked: 2, firstBroken: { sequence: 3 } } }],
  'session.lock': Object.keys(lockReasonLabels).map((reason) => ({ input: { reason } })),
  'session.setPin': [{ input: {} }],
  'session.resetPin': [{ input: {} }],
  'backups.configure': [{ input: {} }],
  'app.acceptLostSaves': [{ input: { confirm: true }, output: { lostSaves: 3, since: '30 November 2026 at 09:00' } }],
};

/** The question's own wording may hyphenate a word ("re-trafficked"); nothing else in a detail may. */
function withoutQuestionWording(detail: string): string {
  const question = items.find((item) => detail.endsWith(item.question));
  return question ? detail.slice(0, -question.question.length) : detail;
}

function expectWords(detail: string, codes: string[]) {
  expect(detail, detail).not.toMatch(uuid);
  expect(withoutQuestionWording(detail), detail).not.toMatch(kebab);
  expect(detail, detail).not.toMatch(camel);
  // A one-word code is an ordinary word ("journey"); a code of several words must not appear as it is stored.
  for (const code of codes.filter((code) => /[-A-Z]/.test(code))) expect(withoutQuestionWording(detail), detail).not.toContain(code);
}

describe('the audit trail’s description of each operation', () => {
  it('has sample calls for every operation that records details', () => {
    const withDetails = Object.entries(auditRules).filter(([, rule]) => rule.details).map(([op]) => op);
    expect(withDetails.filter((op) => !(op in calls))).toEqual([]);
  });

  it.each(Object.entries(calls))('%s names what it touched in words, never by a code', (op, samples) => {
    const rule = auditRules[op]!;
    for (const { input, output } of samples) {
      const details = rule.details!(input, output);
      // The worker's own name is words they typed, not a code: its change is written out on purpose.
      const codes = Object.entries(input).flatMap(([key, value]) => (typeof value === 'string' && !(op === 'settings.saveWorker' && key === 'name') ? [value] : []));
      if (input.entry) codes.push((input.entry as { kind: string }).kind);
      if (input.changes) codes.push(...Object.keys(input.changes));
      if (op === 'settings.save') codes.push(...Object.keys(input));
      for (const detail of details) expectWords(detail, codes.filter((code) => code !== input.fileName && code !== input.agencyName));
    }
  });

  it('names an IMAAF question by its wording', () => {
    const item = items[0]!;
    expect(auditRules['assessments.answer']!.details!({ itemId: item.id, connectedAdultId: id, answer: null }, undefined)).toEqual([
      `Question about a connected adult: ${item.question}`,
      'Answer cleared',
    ]);
  });

  it('names an assessment by when it was started, in UK time', () => {
    expect(auditRules['assessments.get']!.details!({ id }, assessment)).toEqual(['Assessment started 30 November 2026 at 14:05']);
  });
});

describe('entries written before the details were put in words', () => {
  it('are shown in words, without changing what is stored', () => {
    const item = items[0]!;
    const event = {
      operation: 'assessments.answer',
      details: [`Question ${item.id} about a connected adult`, `Assessment ${id}`, 'For: strategy-meeting (Barnardo’s)', 'Chronology entry 4 (agency-contact)', 'Reason: idle', 'Answer saved'],
    };
    const before = JSON.stringify(event);
    expect(auditDetailsInWords(event)).toEqual([
      `Question about a connected adult: ${item.question}`,
      'An assessment',
      'For: Multi-agency strategy discussion or meeting (Barnardo’s)',
      'Chronology entry 4 (contact with an agency)',
      'Reason: not used for a while',
      'Answer saved',
    ]);
    expect(JSON.stringify(event)).toBe(before);
  });

  it('shows section and setting keys by their names, only for the operations that wrote them', () => {
    expect(auditDetailsInWords({ operation: 'cases.update', details: ['homeSituation', 'leadWorker'] })).toEqual(['Home country', 'Lead worker']);
    expect(auditDetailsInWords({ operation: 'settings.save', details: ['ictgOperatesHere'] })).toEqual([settingsSectionLabels.ictgOperatesHere]);
    expect(auditDetailsInWords({ operation: 'documents.saveAs', details: ['lock'] })).toEqual(['lock']);
  });

  it('leaves details already in words as they are', () => {
    const details = ['Lead worker', 'Chronology entry 2 (meeting or discussion)', 'For: Police', 'SHA-256 ' + 'a'.repeat(64)];
    expect(auditDetailsInWords({ operation: 'cases.update', details })).toEqual(details);
  });
});
