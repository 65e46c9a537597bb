import { strategyMeetingKindLabels, type StrategyMeeting } from '../../domain/case/schemas';
import { useCase } from '../components/CaseLayout';
import { DayInput } from '../components/DayInput';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { SectionForm } from '../components/SectionForm';
import { href } from '../router';
import { caseDraftKey } from '../../domain/drafts';
import { AgreedActions } from '../components/plan/AgreedActions';

/** The strategy discussion or meeting (reference 6.2, item 1): what the preparation pack opens with. */
export function StrategyMeetingPage() {
  const { record } = useCase();
  return (
    <>
      <SectionForm<StrategyMeeting>
        title="Strategy discussion"
        draftKey={caseDraftKey(record.id, 'meeting')}
        initial={record.strategyMeeting}
        issuePrefixes={['strategyMeeting']}
        toChanges={(strategyMeeting) => ({ strategyMeeting })}
        intro={
          <p className="govuk-body">
            When the strategy discussion or meeting is held, who chairs it and who is invited. These open the{' '}
            <a className="govuk-link" href={href(`/cases/${record.id}/documents`)}>
              meeting preparation pack
            </a>
            ; anything left empty shows there as not recorded.
          </p>
        }
      >
        <Radios
          path="kind"
          label="Is it a strategy discussion or a strategy meeting?"
          options={optionsFrom(strategyMeetingKindLabels)}
          inline
        />
        <DayInput path="date" label="Date" />
        <TextInput path="time" label="Time" hint="On the 24-hour clock, for example 14:30." width="5" />
        <TextInput path="place" label="Where it is held, or how people join" />
        <TextInput path="chair" label="Who chairs it" hint="Name and role." />
        <TextArea path="invited" label="Who is invited" hint="One person a line: name, role and agency." rows={6} />
        <TextArea
          path="notes"
          label="Anything else for the meeting"
          hint="For example, an interpreter booked. Printed in the pack for the meeting (not in documents for a single agency). Record who must not be told in that adult’s own record."
          rows={4}
        />
      </SectionForm>
      <AgreedActions />
    </>
  );
}
