import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../domain/documents';
import { redactForAudience, WITHHELD_NAME, WITHHELD_PLACE } from '../../../domain/documents/redaction';
import { documentInput, fullAssessment, fullCase, names, withheld } from '../../integration/documents/case-fixture';

/** The strategy meeting's free text, as a worker might write it: a flagged adult's name and the child's address. */
function caseWithMeetingNotes() {
  const record = fullCase();
  record.strategyMeeting = {
    ...record.strategyMeeting,
    place: `Home visit first, at ${withheld.placementAddress.split(',')[0]}; then the civic centre`,
    notes: `${names.withheldCyrillic} must not learn of it. The carers live at ${withheld.placementAddress.toUpperCase()}.`,
  };
  return record;
}

const meetingText = (model: unknown) => JSON.stringify(model);
/** The audience marked as reaching the adult flagged "do not share with" (decision 15). */
const reachingOleg = (record: ReturnType<typeof fullCase>) => ({ reachesAdultIds: record.connectedAdults.filter((adult) => adult.names[0]?.given === 'Олег').map((adult) => adult.id) });

describe('the strategy meeting in documents for other agencies', () => {
  it('has flagged adults’ names and the child’s placement address taken out of its free text', () => {
    const record = caseWithMeetingNotes();
    const { strategyMeeting } = redactForAudience(record, null, 'strategy-meeting', reachingOleg(record)).caseRecord;
    expect(strategyMeeting.notes).toBe(`${WITHHELD_NAME} must not learn of it. The carers live at ${WITHHELD_PLACE}.`);
    // Decision 15: the meeting itself must know who the suspected adult is; the address is still taken out.
    expect(redactForAudience(record, null, 'strategy-meeting').caseRecord.strategyMeeting.notes).toBe(`${names.withheldCyrillic} must not learn of it. The carers live at ${WITHHELD_PLACE}.`);
    expect(strategyMeeting.place).toBe(`Home visit first, at ${WITHHELD_PLACE}; then the civic centre`);
    expect(strategyMeeting.place).not.toContain('Example Close');
    // The internal record keeps what the worker wrote.
    expect(redactForAudience(record, null, 'internal').caseRecord.strategyMeeting).toEqual(record.strategyMeeting);
  });

  it('prints the notes for the meeting itself and the internal record, not in the pack sent to one agency', () => {
    const record = caseWithMeetingNotes();
    const assessment = fullAssessment(record);
    const forMeeting = buildDocument('meeting-pack', documentInput(record, 'strategy-meeting', assessment));
    const forPolice = buildDocument('meeting-pack', documentInput(record, 'police', assessment));
    expect(meetingText(forMeeting)).toContain('Notes for the meeting');
    expect(meetingText(forMeeting)).toContain('must not learn of it');
    expect(meetingText(forPolice)).not.toContain('Notes for the meeting');
    expect(meetingText(forPolice)).not.toContain('must not learn of it');
    for (const built of [forMeeting, forPolice]) expect(meetingText(built)).not.toContain('Example Close');
    // Decision 15 (this asserted the name was absent before): both agencies must check the suspected adult, unless
    // the worker marks the audience as reaching him.
    for (const audience of ['strategy-meeting', 'police'] as const) {
      expect(meetingText(buildDocument('meeting-pack', documentInput(record, audience, assessment)))).toContain(names.withheldCyrillic);
      expect(meetingText(buildDocument('meeting-pack', { ...documentInput(record, audience, assessment), sharing: reachingOleg(record) }))).not.toContain(names.withheldCyrillic);
    }
  });
});
