import type pg from 'pg';
import { referralSchema, type Referral } from '../../../domain/nrm/referrals';
import type { PgConnection } from './migrate';
import { requireTransaction } from './require-transaction';

/** The referrals made for each case in the team store (migration 006), as the local store's ReferralsRepository. */
export class PgReferralsRepository {
  constructor(private readonly db: PgConnection | pg.Pool) {}

  async insert(referral: Referral): Promise<void> {
    requireTransaction(this.db, 'insert');
    await this.db.query(
      'INSERT INTO crossings.referrals (id, case_id, kind, record, created_at, updated_at, revision) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [referral.id, referral.caseId, referral.kind, JSON.stringify(referral), referral.createdAt, referral.updatedAt, referral.revision],
    );
  }

  /** Writes the next revision; false when someone else saved this referral first (or it is not the worker's to see). */
  async update(referral: Referral): Promise<boolean> {
    requireTransaction(this.db, 'update');
    const { rowCount } = await this.db.query(
      'UPDATE crossings.referrals SET record = $2, updated_at = $3, revision = $4 WHERE id = $1 AND revision = $4::integer - 1',
      [referral.id, JSON.stringify(referral), referral.updatedAt, referral.revision],
    );
    return rowCount === 1;
  }

  async get(id: string): Promise<Referral | undefined> {
    const { rows } = await this.db.query<{ record: unknown }>('SELECT record FROM crossings.referrals WHERE id = $1', [id]);
    return rows[0] ? referralSchema.parse(rows[0].record) : undefined;
  }

  async forCase(caseId: string): Promise<Referral[]> {
    const { rows } = await this.db.query<{ record: unknown }>(
      'SELECT record FROM crossings.referrals WHERE case_id = $1 ORDER BY created_at, id COLLATE "C"',
      [caseId],
    );
    return rows.map((row) => referralSchema.parse(row.record));
  }
}
