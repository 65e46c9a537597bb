import { createHash, randomUUID } from 'node:crypto';
import type { CaseRecord } from '../../domain/case/schemas';
import type { DocumentRegisterEntry } from '../../domain/documents/contract';
import { completeAssessment, defaultFramework, startAssessment, type Assessment } from '../../domain/imaaf';
import type { Referral } from '../../domain/nrm/referrals';
import type { ActionEntry } from '../../domain/plan/actions';

/** Fictional records on a case for the team store's repository tests: nothing in them is about a real person. */

export function draftAssessment(caseId: string, startedAt: string, judgement = ''): Assessment {
  const draft = startAssessment({ id: randomUUID(), caseId, framework: defaultFramework, now: startedAt });
  return { ...draft, professionalJudgement: judgement };
}

export function completedAssessment(draft: Assessment, record: CaseRecord, at: string): Assessment {
  return completeAssessment(
    { ...draft, professionalJudgement: draft.professionalJudgement || 'Concerned: the pattern of travel needs a strategy discussion.' },
    {
      caseRecord: record,
      framework: defaultFramework,
      settings: {
        organisation: { name: 'Example Borough Council', procedureName: 'Example safeguarding procedure', contact: 'Safeguarding team' },
        today: at.slice(0, 10),
      },
      completedBy: 'Grace Mensah',
      now: at,
    },
  );
}

export function documentEntry(caseId: string, generatedAt: string, options: { title?: string; leftOut?: DocumentRegisterEntry['leftOut'] } = {}): DocumentRegisterEntry {
  const id = randomUUID();
  return {
    id,
    caseId,
    type: 'nrm-preparation-pack',
    title: options.title ?? 'NRM referral preparation pack',
    audience: 'internal',
    agencyName: null,
    customForm: null,
    generatedAt,
    generatedBy: 'Grace Mensah',
    sha256: createHash('sha256').update(id).digest('hex'),
    pageCount: 3,
    byteLength: 12_345,
    assessmentId: null,
    frameworkVersion: null,
    leftOut: options.leftOut ?? [],
  };
}

export function referral(caseId: string, createdAt: string, kind: Referral['kind'] = 'nrm'): Referral {
  return {
    id: randomUUID(),
    caseId,
    kind,
    sentOn: createdAt.slice(0, 10),
    sentBy: 'Grace Mensah',
    reference: 'NRM-EXAMPLE-1',
    reasonableGrounds: null,
    conclusiveGrounds: null,
    reconsideration: null,
    withdrawnOn: null,
    createdAt,
    updatedAt: createdAt,
    revision: 1,
  };
}

/** An action agreed at the strategy discussion, given a new owner, then done: three entries of one history. */
export function actionHistory(caseId: string, at: (minute: number) => string): ActionEntry[] {
  const actionId = randomUUID();
  const entry = (minute: number, event: ActionEntry['event']): ActionEntry => ({ id: randomUUID(), actionId, caseId, at: at(minute), worker: 'Grace Mensah', event });
  return [
    entry(0, { change: 'agreed', title: 'Ask the school about attendance', owner: { kind: 'person', name: 'Grace Mensah' }, due: '2026-12-10' }),
    entry(1, { change: 'reassigned', owner: { kind: 'agency', name: 'Example Academy' }, due: '2026-12-12' }),
    entry(2, { change: 'done', note: 'Attendance record received.' }),
  ];
}
