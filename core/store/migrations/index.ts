import { migration001 } from './001-case-records';
import { migration002 } from './002-assessments';
import { migration003 } from './003-documents';
import { migration004 } from './004-audit-and-retention';
import { migration005 } from './005-strategy-meeting';
import { migration006 } from './006-audit-seal';
import { migration007 } from './007-commit-counter';
import { migration008 } from './008-document-left-out';
import { migration009 } from './009-nrm-referrals';
import { migration010 } from './010-plan-actions';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order; each runs in one transaction with `PRAGMA user_version` set to its number. Only ever append. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
