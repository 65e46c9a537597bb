/**
 * The shape of the Home Office NRM questions as data (domain/nrm/prompt-sheet*.ts). Each question keeps the online
 * service's own field id, so an answer recorded here lands in the pack under the name the service uses.
 */

/** The service's pick-lists (domain/reference-data/nrm). */
export type NrmListName = 'organisations' | 'ukLocalAuthorities' | 'ukCitiesAndTowns' | 'countries' | 'ukRegions' | 'ukPoliceForces' | 'nationalities';

/**
 * - `text`: one line; `long`: a text box of up to 15,000 characters;
 * - `choice`: one of `options`, in the service's own words;
 * - `pick`: one entry from a pick-list; `picks`: up to `max` entries from a pick-list;
 * - `ticks`: any of `ticks` (tick boxes; each is its own field in the service, `<id>-<value>`).
 */
export type NrmAnswerKind = 'text' | 'long' | 'choice' | 'pick' | 'picks' | 'ticks';

/**
 * When a question or section is asked. `group` is the age confirmation: a child (under 18, or not sure) or an adult.
 * An `answer` condition holds when the answer (or, for tick boxes, any ticked value) is one of `is`.
 */
export type NrmCondition =
  | { group: 'child' | 'adult' }
  | { answer: string; is: readonly string[] }
  | { all: readonly NrmCondition[] }
  | { any: readonly NrmCondition[] }
  | { not: NrmCondition };

export interface NrmTick {
  value: string;
  label: string;
  /** The heading the tick sits under on the prompt sheet, e.g. "Sexual exploitation". */
  group: string;
}

export interface NrmQuestion {
  /** The online service's field id. */
  id: string;
  /** The question as the prompt sheet words it. */
  question: string;
  hint?: string;
  kind: NrmAnswerKind;
  options?: readonly string[];
  ticks?: readonly NrmTick[];
  list?: NrmListName;
  /** For `picks`: how many entries the service takes. */
  max?: number;
  /** Asked only when this holds (the prompt sheet's grey, conditional questions). */
  when?: NrmCondition;
  /** The condition in the sheet's words, printed beside the question in the pack. */
  ifText?: string;
  /** The service marks it optional: an empty answer is not a gap. */
  optional?: boolean;
  /** The prompt sheet page it is on. */
  page: number;
}

export interface NrmSection {
  id: string;
  /** 1 to 13, the prompt sheet's order. */
  number: number;
  title: string;
  /** The prompt sheet page the section starts on (its contents list). */
  page: number;
  /** Asked only when this holds (for a child: no consent and support, no Duty to Notify). */
  when?: NrmCondition;
  /** Guidance for the worker on this section (the toolkit's words, paraphrased, with its page). */
  guidance?: readonly string[];
  questions: readonly NrmQuestion[];
}

export type NrmAnswerValue = string | string[];
