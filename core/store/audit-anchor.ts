import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './keys';

/**
 * The audit log's anchors outside its table (docs/decisions/0014-audit-chain-threat-model.md): the audit key, derived
 * from the data key and never stored; the sealed anchor file beside the key file; and the head carried beside each
 * backup. Each holds the log's head (how many entries, and the last one's hash) with an HMAC under the audit key.
 */

export const AUDIT_ANCHOR_FILE = 'crossings-audit-anchor.json';
const BACKUP_HEAD_SUFFIX = '.audit-head.json';

/** How far the audit log had reached: the number of entries and the last one's hash. */
export interface AuditHead {
  count: number;
  hash: string;
}

export interface AuditAnchorContent {
  format: 'crossings-audit-anchor';
  version: 1;
  /** The first entry hashed with the audit key (as recorded in the database's audit_chain). */
  keyedFrom: number;
  head: AuditHead;
  anchoredAt: string;
  /** When the anchor file was found missing for a log that already had keyed entries, and made again. */
  resealedAt: string | null;
}

export type AnchorReading = { state: 'missing' } | { state: 'damaged' } | { state: 'ok'; content: AuditAnchorContent };

/** The audit key: its own HKDF label, so it is never the data key itself and never written anywhere. */
export function deriveAuditKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'crossings audit chain v1', 32));
}

export function auditAnchorPath(dataFolder: string): string {
  return path.join(dataFolder, AUDIT_ANCHOR_FILE);
}

function mac(auditKey: Buffer, label: string, body: unknown): string {
  return createHmac('sha256', auditKey).update(label).update('\n').update(JSON.stringify(body)).digest('hex');
}

function macMatches(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string' || actual.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(actual));
}

function isHead(value: unknown): value is AuditHead {
  const head = value as AuditHead | null;
  return typeof head === 'object' && head !== null && Number.isInteger(head.count) && head.count >= 0 && typeof head.hash === 'string';
}

export function readAnchor(file: string, auditKey: Buffer): AnchorReading {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { state: 'missing' } : { state: 'damaged' };
  }
  try {
    const { seal, ...content } = JSON.parse(text) as AuditAnchorContent & { seal: unknown };
    if (content.format !== 'crossings-audit-anchor' || content.version !== 1 || !isHead(content.head) || !Number.isInteger(content.keyedFrom)) {
      return { state: 'damaged' };
    }
    const body: AuditAnchorContent = {
      format: content.format,
      version: content.version,
      keyedFrom: content.keyedFrom,
      head: { count: content.head.count, hash: content.head.hash },
      anchoredAt: content.anchoredAt,
      resealedAt: content.resealedAt ?? null,
    };
    return macMatches(mac(auditKey, 'anchor', body), seal) ? { state: 'ok', content: body } : { state: 'damaged' };
  } catch {
    return { state: 'damaged' };
  }
}

/**
 * Written after each commit (the database syncs its own commit first), so the anchor is never ahead of the file. The
 * new content is flushed before the rename, so a crash leaves the old anchor or the new one, never a torn one; the
 * folder is not synced on every entry (it costs a few milliseconds), so a crash may leave the older anchor, which is
 * only behind the log and moves on at the next entry.
 */
export function writeAnchor(file: string, auditKey: Buffer, content: AuditAnchorContent): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = fs.openSync(temporary, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, `${JSON.stringify({ ...content, seal: mac(auditKey, 'anchor', content) }, null, 2)}\n`);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

/** The head carried beside a backup, named after it, so a copy put back outside Crossings can be recognised. */
export function backupHeadPath(backupFile: string): string {
  return `${backupFile}${BACKUP_HEAD_SUFFIX}`;
}

export function writeBackupHead(backupFile: string, auditKey: Buffer, head: AuditHead): void {
  const body = { count: head.count, hash: head.hash };
  writeFileAtomically(backupHeadPath(backupFile), `${JSON.stringify({ ...body, seal: mac(auditKey, 'backup', body) })}\n`);
}

/** Every sealed head beside the backups in `folder`; a head whose seal does not match is left out. */
export function readBackupHeads(folder: string, auditKey: Buffer): (AuditHead & { backup: string })[] {
  if (!fs.existsSync(folder)) return [];
  const heads: (AuditHead & { backup: string })[] = [];
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith(BACKUP_HEAD_SUFFIX)) continue;
    try {
      const { seal, count, hash } = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as AuditHead & { seal: unknown };
      if (!isHead({ count, hash }) || !macMatches(mac(auditKey, 'backup', { count, hash }), seal)) continue;
      heads.push({ count, hash, backup: name.slice(0, -BACKUP_HEAD_SUFFIX.length) });
    } catch {
      // An unreadable head says nothing either way.
    }
  }
  return heads;
}
