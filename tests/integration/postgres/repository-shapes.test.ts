import { describe, expectTypeOf, it } from 'vitest';
import type { ActionsRepository } from '../../../core/store/actions-repository';
import type { AssessmentsRepository } from '../../../core/store/assessments-repository';
import type { AuditRepository } from '../../../core/store/audit-repository';
import type { DocumentsRepository } from '../../../core/store/documents-repository';
import type { PgActionsRepository } from '../../../core/store/postgres/actions-repository';
import type { PgAssessmentsRepository } from '../../../core/store/postgres/assessments-repository';
import type { PgAuditRepository } from '../../../core/store/postgres/audit-repository';
import type { PgDocumentsRepository } from '../../../core/store/postgres/documents-repository';
import type { PgReferralsRepository } from '../../../core/store/postgres/referrals-repository';
import type { PgRetentionRepository } from '../../../core/store/postgres/retention-repository';
import type { ReferralsRepository } from '../../../core/store/referrals-repository';
import type { RetentionRepository } from '../../../core/store/retention-repository';

/** Each public method of a repository, with the same parameters, answering a Promise of what it answers. */
type AsyncOf<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K] };

// Checked by tsc (npx tsc --noEmit): the team store's repositories have every public method of the local store's, by
// the same name, with the same parameters and the same answer, asynchronous, so the services can use either.
describe('the team store’s repositories have the local store’s methods', () => {
  it('matches them exactly, as promises', () => {
    expectTypeOf<AsyncOf<Pick<PgAssessmentsRepository, keyof AssessmentsRepository>>>().toEqualTypeOf<AsyncOf<AssessmentsRepository>>();
    expectTypeOf<AsyncOf<Pick<PgDocumentsRepository, keyof DocumentsRepository>>>().toEqualTypeOf<AsyncOf<DocumentsRepository>>();
    expectTypeOf<AsyncOf<Pick<PgReferralsRepository, keyof ReferralsRepository>>>().toEqualTypeOf<AsyncOf<ReferralsRepository>>();
    expectTypeOf<AsyncOf<Pick<PgActionsRepository, keyof ActionsRepository>>>().toEqualTypeOf<AsyncOf<ActionsRepository>>();
    expectTypeOf<AsyncOf<Pick<PgRetentionRepository, keyof RetentionRepository>>>().toEqualTypeOf<AsyncOf<RetentionRepository>>();
    type AuditUsed = 'referenceOf' | 'caseOfDocument' | 'forCase';
    expectTypeOf<AsyncOf<Pick<PgAuditRepository, AuditUsed>>>().toEqualTypeOf<AsyncOf<Pick<AuditRepository, AuditUsed>>>();
  });
});
