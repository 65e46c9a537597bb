import { imaafReconstruction } from './imaaf-reconstruction';
import type { FrameworkInput } from './schema';

/**
 * IMAAF reconstruction, version 2026.2: version 2026.1 (kept as it was, so assessments started under it still open)
 * with what practitioners found missing:
 * - the kind of place or work where the child was found, which decides the types of exploitation to explore
 *   (reference 3.6);
 * - the worker's two judgement questions near the end (reasonable grounds to believe the child may be a victim;
 *   reasonable cause to suspect significant harm), which the statutory wording waits for (reference 2.3 I, 6.1);
 * - when a gap is worth listing (questions about the exploitation once there is a concern; questions about other
 *   countries only when the child's life may reach outside the UK).
 * Still plain data once built: it can be saved as JSON and loaded again with `loadFramework`.
 */

type SectionInput = FrameworkInput['sections'][number];
type ItemInput = SectionInput['items'][number];

/** The kinds of place or work the Home Office and NSPCC lists name (reference 3.6; car wash and construction are [I]). */
export const exploitationSettingOptions = [
  { value: 'nail-bar', label: 'Nail bar' },
  { value: 'car-wash', label: 'Car wash' },
  { value: 'restaurant-or-takeaway', label: 'Restaurant or takeaway' },
  { value: 'construction', label: 'Building site or construction work' },
  { value: 'agriculture', label: 'Farm work, fruit or vegetable picking' },
  { value: 'factory', label: 'Factory or warehouse' },
  { value: 'cannabis-farm', label: 'Cannabis farm' },
  { value: 'drug-supply', label: 'Selling or carrying drugs, county lines' },
  { value: 'begging', label: 'Begging' },
  { value: 'shoplifting-or-street-crime', label: 'Shoplifting, pickpocketing or other street crime' },
  { value: 'benefit-or-identity-fraud', label: 'Benefit fraud, or their identity used by others' },
  { value: 'brothel', label: 'Brothel' },
  { value: 'massage-parlour', label: 'Massage parlour' },
  { value: 'hotel', label: 'Hotel' },
  { value: 'parties', label: '“Parties” or addresses no one knows' },
  { value: 'private-home', label: 'A private home (cleaning, cooking, childcare)' },
  { value: 'forced-marriage', label: 'Forced or arranged marriage' },
  { value: 'organ-removal', label: 'Organ removal' },
  { value: 'other', label: 'Somewhere else' },
] as const;

const exploitationSetting: ItemInput = {
  id: 'exploitation-setting',
  question: 'What kind of place, or what kind of work, is the child linked to?',
  help: 'Choose every one that applies. The kind of place decides which types of exploitation to explore: a car wash or nail bar points to forced labour, a cannabis farm to criminal exploitation, a brothel to sexual exploitation. More than one type is common.',
  answerType: 'multi-choice',
  options: [...exploitationSettingOptions],
  about: 'child',
  allowedSources: ['child', 'adult', 'document', 'agency-check', 'observation'],
  sources: ['S2', 'S7', 'S20'],
  role: 'exploitation-setting',
};

const judgementHelp =
  'This is your professional judgement, made with your manager where you can. The indicators recorded in this assessment are listed with the question. Any indicator should make you consider a referral; the threshold is low and suspicion is enough, but it is your judgement, not a count.';

const reasonableGrounds: ItemInput = {
  id: 'judgement-reasonable-grounds',
  question: 'In your judgement, are there reasonable grounds to believe the child may be a victim of trafficking or modern slavery?',
  help: `${judgementHelp} When the answer is yes, an NRM referral must be made for a child in England and Wales, and should be made in Scotland and Northern Ireland.`,
  answerType: 'tri',
  about: 'setting',
  allowedSources: ['observation'],
  sources: ['S18', 'S16', 'S1', 'S7'],
  role: 'judgement-reasonable-grounds',
  gapWhen: 'concern',
  important: true,
  gapSuggestion: 'Read the indicators listed with the question, talk it through with your manager or the NSPCC Helpline (0808 800 5000), and record your judgement.',
};

const significantHarm: ItemInput = {
  id: 'judgement-significant-harm',
  question: 'In your judgement, is there reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm?',
  help: `${judgementHelp} When the answer is yes, children’s services hold a strategy discussion (in Scotland, an inter-agency referral discussion).`,
  answerType: 'tri',
  about: 'setting',
  allowedSources: ['observation'],
  sources: ['S30', 'S20'],
  role: 'judgement-significant-harm',
  gapWhen: 'concern',
  important: true,
  gapSuggestion: 'Read the indicators listed with the question and decide with your manager; if you are not sure, ask children’s services or the NSPCC Helpline for advice.',
};

/** Item changes by id: when a gap matters, and roles for items the rules now read. */
const itemChanges: Record<string, Partial<ItemInput>> = {
  'still-in-situation': { gapWhen: 'concern' },
  'interpreter-needed': { gapWhen: 'cross-border' },
  'interpreter-not-same-area': { gapWhen: 'cross-border' },
  'asylum-claim': { gapWhen: 'cross-border' },
  'home-country': { gapWhen: 'cross-border' },
  'adult-contact-restricted': { role: 'adult-contact-restricted' },
};

function changed(item: ItemInput): ItemInput {
  return { ...item, ...itemChanges[item.id] };
}

function withAdditions(section: SectionInput): SectionInput {
  const items = section.items.map(changed);
  if (section.id === 'uk-situation') {
    const at = items.findIndex((item) => item.id === 'linked-to-place-of-exploitation');
    items.splice(at + 1, 0, exploitationSetting);
  }
  if (section.id === 'analysis') {
    return {
      ...section,
      intro: 'Near the end: your judgement on the two questions the law and procedures turn on, with the indicators that bear on them, then what has been done already. Your written professional judgement is recorded separately and is required before the assessment is completed.',
      items: [reasonableGrounds, significantHarm, ...items],
    };
  }
  return { ...section, items };
}

export const imaafReconstruction2026_2 = {
  ...imaafReconstruction,
  version: '2026.2',
  sections: imaafReconstruction.sections.map(withAdditions),
} satisfies FrameworkInput;
