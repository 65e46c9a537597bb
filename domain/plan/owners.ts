import type { CaseRecord } from '../case/schemas';
import type { ActionOwner } from './actions';

export interface OwnerChoice {
  owner: ActionOwner;
  label: string;
}

/**
 * Who an action can be given to, from the case: the lead worker, each agency involved, and the people chairing or
 * invited to the strategy discussion (reference 6.1: children's social care, police and health at least). Anyone else
 * can be typed.
 */
export function ownerChoices(record: Pick<CaseRecord, 'leadWorker' | 'agencies' | 'strategyMeeting'>): OwnerChoice[] {
  const choices: OwnerChoice[] = [];
  const seen = new Set<string>();
  const add = (owner: ActionOwner, label: string) => {
    const name = owner.name.trim();
    if (name === '' || seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    choices.push({ owner: { ...owner, name }, label });
  };
  if (record.leadWorker) add({ kind: 'person', name: record.leadWorker }, `${record.leadWorker.trim()} (lead worker)`);
  for (const agency of record.agencies) add({ kind: 'agency', name: agency.name }, `${agency.name.trim()} (agency on the case)`);
  const meeting = record.strategyMeeting;
  if (meeting.chair) add({ kind: 'person', name: meeting.chair }, `${meeting.chair.trim()} (chairs the strategy discussion)`);
  for (const line of meeting.invited.split('\n'))
    add({ kind: 'person', name: line }, `${line.trim()} (invited to the strategy discussion)`);
  return choices;
}
