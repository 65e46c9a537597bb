import type { CaseRecord } from '../case/schemas';
import { nrmFieldValues, nrmGaps, nrmPrefill, resolveNrmAnswers, type ResolvedNrmAnswer } from '../nrm';
import type { FormView } from './view';

/**
 * The NRM answers for a document: the worker's answers on the case, and otherwise what the (already redacted) view
 * pre-fills. Read from the redacted record and view, so nothing withheld from the audience reaches the pack; the
 * whole view is scrubbed again afterwards like every other.
 */
export function nrmResolution(record: CaseRecord, view: Omit<FormView, 'nrm'>): ResolvedNrmAnswer[] {
  return resolveNrmAnswers(record.nrm, nrmPrefill(view as FormView));
}

/** The pack's `nrm.<field id>` values, and the exploitation parts of the view filled from the same answers. */
export function withNrmAnswers(record: CaseRecord, base: Omit<FormView, 'nrm'>): FormView {
  const resolved = nrmResolution(record, base);
  const nrm = nrmFieldValues(resolved);
  const text = (id: string) => (typeof nrm[id] === 'string' ? (nrm[id] as string) : '');
  const yesNo = (id: string) => (text(id) === 'Yes' ? 'yes' : text(id) === 'No' ? 'no' : '');
  const list = (id: string) => (Array.isArray(nrm[id]) ? (nrm[id] as string[]) : []);
  const picks = (id: string) => Object.keys(nrm).filter((key) => key.startsWith(`${id}-`) && /-\d+$/.test(key)).map((key) => text(key));
  const or = (value: string, fallback: string) => value || fallback;
  return {
    ...base,
    exploitation: {
      ...base.exploitation,
      when: or(text('when-did-the-exploitation-take-place') || text('when-did-the-exploitation-take-place-multiple'), base.exploitation.when),
      multiple: or(text('potential-victim-exploitative-situation-multiple'), base.exploitation.multiple),
      howStarted: or(text('how-did-the-exploitation-start'), base.exploitation.howStarted),
      takenSomewhere: or(yesNo('were-they-taken-somewhere-by-their-exploiter'), base.exploitation.takenSomewhere),
      tasks: or(text('what-were-they-required-to-do'), base.exploitation.tasks),
      livingConditions: or(text('living-conditions'), base.exploitation.livingConditions),
      treatment: or(text('how-they-were-treated'), base.exploitation.treatment),
      whatKeepsThem: or(text('what-is-keeping-them-in-situation'), base.exploitation.whatKeepsThem),
      howLeft: or(text('how-why-did-they-leave-the-situation'), base.exploitation.howLeft),
      lastContact: or(text('when-last-contact'), base.exploitation.lastContact),
      lastContactDetails: or(text('details-last-contact'), base.exploitation.lastContactDetails),
      whyReportNow: or(text('why-report-now'), base.exploitation.whyReportNow),
      where: or(text('where-exploitation-happened'), base.exploitation.where),
      ukPlaces: picks('where-exploitation-happened-uk-city'),
      ukOtherLocation: text('where-exploitation-happened-other-uk-other-location'),
      countries: picks('where-exploitation-happened-overseas-country'),
      overseasOtherLocation: text('where-exploitation-happened-other-overseas-other-location'),
      types: list('types-of-exploitation').length > 0 ? list('types-of-exploitation') : base.exploitation.types,
      otherDetails: text('other-exploitation-details'),
      futureReasons: text('future-exploitation-reasons'),
    },
    exploiters: {
      description: text('who-exploited-pv'),
      locationKnown: yesNo('exploiters-location'),
      inUk: yesNo('are-exploiters-in-the-uk'),
      locationDetails: text('exploiters-current-location-details'),
      otherVictims: text('any-other-pvs'),
      otherVictimsDetails: text('any-other-pvs-details'),
    },
    nrm,
  };
}

/** The NRM questions still to answer, as the documents page lists them: "4. Exploitation Details: Their treatment". */
export function nrmGapLabels(resolved: readonly ResolvedNrmAnswer[]): string[] {
  return nrmGaps(resolved).map(({ section, question }) => `${section.number}. ${section.title}: ${question.question}`);
}
