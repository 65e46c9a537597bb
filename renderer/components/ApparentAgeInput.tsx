import { useState } from 'react';
import type { ApparentAge } from '../../domain/case/schemas';
import { useField } from './FormProvider';
import { InputField } from './InputField';

const toText = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : String(value));

/**
 * How old the person looks, as a range ("looks 16 to 20"). Both boxes empty records nothing; one box gives a single
 * age. Appearance alone never decides age (reference 7), so this is a fact to record beside the dates of birth.
 */
export function ApparentAgeInput({ path }: { path: string }) {
  const range = useField<ApparentAge | null | undefined>(path, { exact: true });
  const youngestField = useField<number | undefined>(`${path}.youngest`);
  const oldestField = useField<number | undefined>(`${path}.oldest`);
  const [youngest, setYoungest] = useState(toText(range.value?.youngest));
  const [oldest, setOldest] = useState(toText(range.value?.oldest));

  const update = (nextYoungest: string, nextOldest: string) => {
    setYoungest(nextYoungest);
    setOldest(nextOldest);
    const from = nextYoungest.trim();
    const to = nextOldest.trim();
    if (from === '' && to === '') {
      range.set(null);
      return;
    }
    // A box that is not a whole number is sent as it is not a number, so the form says what to correct.
    const asNumber = (text: string) => (/^\d{1,2}$/.test(text) ? Number(text) : Number.NaN);
    range.set({ youngest: asNumber(from === '' ? to : from), oldest: asNumber(to === '' ? from : to) });
  };

  return (
    <>
      <InputField
        id={youngestField.id}
        name={`${path}.youngest`}
        label="Youngest age they look (optional)"
        hint="For example, a young person who looks 16 to 20: enter 16 here and 20 below. Appearance alone never decides age."
        error={youngestField.error ?? range.error}
        value={youngest}
        onChange={(value) => update(value, oldest)}
        width="2"
        inputMode="numeric"
      />
      <InputField
        id={oldestField.id}
        name={`${path}.oldest`}
        label="Oldest age they look (optional)"
        error={oldestField.error}
        value={oldest}
        onChange={(value) => update(youngest, value)}
        width="2"
        inputMode="numeric"
      />
    </>
  );
}
