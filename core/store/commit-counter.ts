import fs from 'node:fs';
import type { Db } from './db';

/**
 * The commit counter's mirror outside the case file: a few bytes beside it, rewritten and flushed to disk after every
 * save. If the write-ahead log is deleted or cut short after a crash, the case file's own counter falls behind this
 * one, and the next start says so instead of opening as if nothing was lost.
 */
export function commitMirrorPath(databaseFile: string): string {
  return `${databaseFile}.commits`;
}

/** What the case file itself says about its saves: how many, and when the newest was made. */
export interface CommitCount {
  commits: number;
  savedAt: string | null;
}

/** What the mirror recorded after the newest acknowledged save. */
export interface MirroredCount {
  commits: number;
  savedAt: string | null;
}

/** Fixed width, so each rewrite replaces the same bytes in place and never needs the file cut short. */
const WIDTH = 64;

export class CommitMirror {
  private fd: number | undefined;

  constructor(readonly file: string) {}

  /** The mirrored count, or null when there is no readable mirror (first start, or the mirror itself was lost). */
  read(): MirroredCount | null {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'latin1');
    } catch {
      return null;
    }
    const match = /^(\d+) (\S+)\s*$/.exec(text.replace(/\0/g, ''));
    if (!match) return null;
    return { commits: Number(match[1]), savedAt: match[2] === '-' ? null : match[2]! };
  }

  /** Records the count after a save; flushed before returning, so an acknowledged save is always counted here. */
  write(count: MirroredCount): void {
    const line = `${count.commits} ${count.savedAt ?? '-'}`.padEnd(WIDTH - 1, ' ') + '\n';
    this.fd ??= fs.openSync(this.file, fs.existsSync(this.file) ? 'r+' : 'w', 0o600);
    fs.writeSync(this.fd, Buffer.from(line, 'latin1'), 0, WIDTH, 0);
    fs.fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  /** Removes the mirror: the case file in place is a different one (a restored backup) and is counted afresh. */
  remove(): void {
    this.close();
    fs.rmSync(this.file, { force: true });
  }
}

/** Reads the case file's own counter; null for a file from before migration 7, which no mirror can be about. */
export function readCommitCount(db: Db): CommitCount | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'commit_counter'").get();
  if (!table) return null;
  const row = db.prepare('SELECT commits, saved_at AS savedAt FROM commit_counter WHERE id = 1').get() as CommitCount | undefined;
  return row ?? { commits: 0, savedAt: null };
}

/** Saves acknowledged (counted in the mirror) but not in the case file, or null when none are missing. */
export interface LostSaves {
  lost: number;
  /** When the newest save still in the case file was made: the lost ones came after it. */
  since: string | null;
  /** When the newest lost save was made. */
  lastLostAt: string | null;
}

export function lostSaves(inFile: CommitCount | null, mirrored: MirroredCount | null): LostSaves | null {
  if (!inFile || !mirrored || mirrored.commits <= inFile.commits) return null;
  return { lost: mirrored.commits - inFile.commits, since: inFile.savedAt, lastLostAt: mirrored.savedAt };
}
