import { useState } from 'react';
import { emptyJourneyLeg } from '../../domain/case/defaults';
import { transportLabels, travelDocumentLabels, type Journey, type JourneyLeg } from '../../domain/case/schemas';
import { displayName } from '../../domain/case/search';
import { nrmLists } from '../../domain/reference-data';
import { ApproxDateInput } from '../components/ApproxDateInput';
import { AutocompleteField } from '../components/AutocompleteField';
import { useCase } from '../components/CaseLayout';
import { Checkboxes } from '../components/Checkboxes';
import { optionsFrom } from '../components/optionsFrom';
import { Radios } from '../components/Radios';
import { Select } from '../components/Select';
import { TextArea } from '../components/TextArea';
import { TextInput } from '../components/TextInput';
import { TriState } from '../components/TriState';
import { SectionForm } from '../components/SectionForm';
import { href, navigate } from '../router';
import { newId } from './newId';
import { saveCase } from '../components/saveCase';
import { caseDraftKey, NEW_ITEM } from '../../domain/drafts';

export function LegPage({ legId }: { legId: string }) {
  const { record, setRecord } = useCase();
  const existing = record.journey.legs.find((leg) => leg.id === legId);
  const [fresh] = useState(() => {
    const leg = emptyJourneyLeg(newId());
    // A new leg usually starts where the last one ended.
    const last = record.journey.legs[record.journey.legs.length - 1];
    return last ? { ...leg, from: { ...last.to } } : leg;
  });
  const [confirmRemove, setConfirmRemove] = useState(false);
  if (legId !== 'new' && !existing) {
    return <p className="govuk-body">This leg is no longer on the case. <a className="govuk-link" href={href(`/cases/${record.id}/journey`)}>Back to the journey</a></p>;
  }
  const index = existing ? record.journey.legs.indexOf(existing) : record.journey.legs.length;
  const adultOptions = record.connectedAdults.map((adult) => ({ value: adult.id, label: displayName(adult.names) }));

  const remove = async () => {
    if (!existing) return;
    const result = await saveCase(record, { journey: { ...record.journey, legs: record.journey.legs.filter((leg) => leg.id !== existing.id) } });
    if (result.ok) {
      setRecord(result.value);
      navigate(`/cases/${record.id}/journey`);
    }
  };

  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/journey`)}>
        Back to the journey
      </a>
      <SectionForm<JourneyLeg>
        title={existing ? `Change leg ${index + 1} of the journey` : `Add leg ${index + 1} of the journey`}
        draftKey={caseDraftKey(record.id, 'leg', existing ? existing.id : NEW_ITEM)}
        initial={existing ?? fresh}
        issuePrefixes={['journey', `legs.${index}`]}
        toChanges={(leg, current) => {
          const position = current.journey.legs.findIndex((item) => item.id === leg.id);
          const legs = position >= 0 ? current.journey.legs.map((item) => (item.id === leg.id ? leg : item)) : [...current.journey.legs, leg];
          return { journey: { ...current.journey, legs } };
        }}
        afterSave={(saved) => navigate(`/cases/${saved.id}/journey`)}
        submitLabel="Save this leg"
        secondaryActions={
          existing ? (
            confirmRemove ? (
              <>
                <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()}>
                  Yes, remove leg {index + 1}
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirmRemove(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirmRemove(true)}>
                Remove this leg
              </button>
            )
          ) : null
        }
      >
        <h2 className="govuk-heading-m">From</h2>
        <AutocompleteField path="from.country" label="Country travelled from" options={nrmLists.countries} />
        <TextInput path="from.place" label="Town or place travelled from" />
        <h2 className="govuk-heading-m">To</h2>
        <AutocompleteField path="to.country" label="Country travelled to" options={nrmLists.countries} />
        <TextInput path="to.place" label="Town or place travelled to" />
        <ApproxDateInput path="departed" label="When they left" />
        <ApproxDateInput path="arrived" label="When they arrived" />
        <Radios path="transport" label="How they travelled" options={optionsFrom(transportLabels)} />
        {adultOptions.length > 0 ? <Checkboxes path="travelledWithAdultIds" label="Connected adults they travelled with" options={adultOptions} /> : null}
        <TextInput path="travelledWithOthers" label="Anyone else they travelled with" hint="For example: alone, or a group of unrelated young people." />
        <Select path="documents" label="Documents used" options={optionsFrom(travelDocumentLabels)} />
        <TextInput path="documentsHeldBy" label="Who held the documents" />
        <TextArea path="notes" label="Notes" rows={3} />
      </SectionForm>
    </>
  );
}

export function ArrivalPage() {
  const { record } = useCase();
  return (
    <>
      <a className="govuk-back-link" href={href(`/cases/${record.id}/journey`)}>
        Back to the journey
      </a>
      <SectionForm<Journey['entry']>
        title="Arrival in the UK"
        draftKey={caseDraftKey(record.id, 'arrival')}
        initial={record.journey.entry}
        issuePrefixes={['journey', 'entry']}
        toChanges={(entry, current) => ({ journey: { ...current.journey, entry } })}
        afterSave={(saved) => navigate(`/cases/${saved.id}/journey`)}
      >
        <TextInput path="port" label="Port of entry" hint="For example, Dover, Heathrow Airport." />
        <ApproxDateInput path="date" label="Date of entry" />
        <TextArea path="metBy" label="Who met the child" rows={2} />
        <TriState path="canNameMeeter" label="Can the child name that person or give their address?" />
      </SectionForm>
    </>
  );
}
