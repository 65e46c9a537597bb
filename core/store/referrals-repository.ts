import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { referralSchema, type Referral } from '../../domain/nrm/referrals';
import type { Db } from './db';

/** The referrals made for each case (migration 009), one row each; callers wrap writes in a transaction. */
export class ReferralsRepository {
  private readonly statements: {
    insert: Statement;
    update: Statement;
    get: Statement<[string], { record: string }>;
    forCase: Statement<[string], { record: string }>;
  };

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO referrals (id, case_id, kind, record, created_at, updated_at, revision) VALUES (@id, @case_id, @kind, @record, @created_at, @updated_at, @revision)',
      ),
      update: db.prepare('UPDATE referrals SET record = @record, updated_at = @updated_at, revision = @revision WHERE id = @id AND revision = @revision - 1'),
      get: db.prepare('SELECT record FROM referrals WHERE id = ?'),
      forCase: db.prepare('SELECT record FROM referrals WHERE case_id = ? ORDER BY created_at, id'),
    };
  }

  private static row(referral: Referral) {
    return {
      id: referral.id,
      case_id: referral.caseId,
      kind: referral.kind,
      record: JSON.stringify(referral),
      created_at: referral.createdAt,
      updated_at: referral.updatedAt,
      revision: referral.revision,
    };
  }

  insert(referral: Referral): void {
    this.statements.insert.run(ReferralsRepository.row(referral));
  }

  /** Writes the next revision; false when someone else saved this referral first. */
  update(referral: Referral): boolean {
    return this.statements.update.run(ReferralsRepository.row(referral)).changes === 1;
  }

  get(id: string): Referral | undefined {
    const row = this.statements.get.get(id);
    return row ? referralSchema.parse(JSON.parse(row.record)) : undefined;
  }

  forCase(caseId: string): Referral[] {
    return this.statements.forCase.all(caseId).map((row) => referralSchema.parse(JSON.parse(row.record)));
  }
}
