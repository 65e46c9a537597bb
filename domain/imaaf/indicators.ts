import { z } from 'zod';

/**
 * The trafficking indicator catalogue (domain reference, section 3). Labels are our own paraphrase; each entry names
 * the sources it comes from (ids as in reference section 13). An indicator suggests a need for further enquiry:
 * none is proof, and not all will be present [C: S7].
 */

/** The Home Office NRM form's exploitation checkboxes (reference 3.6), used as-is so answers map straight to the form. */
export const exploitationTypes = [
  'forced-to-work',
  'wages-taken',
  'forced-to-commit-fraud',
  'prostitution',
  'child-exploitation',
  'taken-somewhere',
  'forced-to-commit-crime',
  'organs-removed',
  'unpaid-household-work',
  'other',
] as const;
export type ExploitationType = (typeof exploitationTypes)[number];
export const exploitationTypeSchema = z.enum(exploitationTypes);

export const exploitationTypeLabels: Record<ExploitationType, string> = {
  'forced-to-work': 'Forced to work for nothing or almost nothing',
  'wages-taken': 'Wages taken by force or control',
  'forced-to-commit-fraud': 'Forced to commit fraud',
  prostitution: 'Forced into prostitution',
  'child-exploitation': 'Child sexual exploitation',
  'taken-somewhere': 'Taken somewhere, held and sexually assaulted',
  'forced-to-commit-crime': 'Forced to commit crime (for example cannabis growing, begging, county lines)',
  'organs-removed': 'Organs removed against their will',
  'unpaid-household-work': 'Unpaid or low-paid household work (domestic servitude)',
  other: 'Other exploitation',
};

/** Groups follow the questionnaire's UK-situation grouping (reference 2.3 G), plus the journey, adult and setting lists. */
export const indicatorCategories = [
  'living-situation',
  'education-and-health',
  'work-money-possessions',
  'movement-and-control',
  'presentation',
  'exploitation',
  'fears-and-barriers',
  'journey-and-documents',
  'adult-involvement',
  'setting',
] as const;
export type IndicatorCategory = (typeof indicatorCategories)[number];
export const indicatorCategorySchema = z.enum(indicatorCategories);

export const indicatorCategoryLabels: Record<IndicatorCategory, string> = {
  'living-situation': 'Where they live and who with',
  'education-and-health': 'Education and health',
  'work-money-possessions': 'Work, money and possessions',
  'movement-and-control': 'Movement and control',
  presentation: 'How the child presents',
  exploitation: 'Exploitation',
  'fears-and-barriers': 'Fears and barriers to telling',
  'journey-and-documents': 'Journey and documents',
  'adult-involvement': 'Signs an adult is involved',
  setting: 'Signs in a place or setting',
};

export const indicatorAppliesTo = ['child', 'adult', 'setting'] as const;
export type IndicatorAppliesTo = (typeof indicatorAppliesTo)[number];

/** Source ids look like S7 or S18b (reference section 13). */
export const sourceIdSchema = z.string().regex(/^S\d{1,2}[a-z]?$/, { error: 'A source must be a reference id such as S7' });

export const indicatorCodeSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'An indicator code must be lower-case words joined by hyphens' });

export const indicatorSchema = z.object({
  code: indicatorCodeSchema,
  category: indicatorCategorySchema,
  /** Empty means the indicator can point to any type of exploitation. */
  exploitationTypes: z.array(exploitationTypeSchema),
  appliesTo: z.enum(indicatorAppliesTo),
  sources: z.array(sourceIdSchema).min(1),
  label: z.string().min(1).max(300),
  /**
   * A sign of exploitation or control itself (the child says they were exploited, has to work for little or no pay,
   * someone else holds their documents), as against a vulnerability or a barrier to telling (fear of people in
   * authority, no documents). Both should prompt consideration of a referral; the outcome names which are which so the
   * worker can weigh them [I: reference 2.3 I and 3 say indicators prompt enquiry and none is proof].
   */
  direct: z.boolean().default(false),
});
export type Indicator = z.infer<typeof indicatorSchema>;

type Row = [code: string, category: IndicatorCategory, types: ExploitationType[], appliesTo: IndicatorAppliesTo, sources: string[], label: string];

// One row per indicator keeps the catalogue easy to check against the reference by eye.
const rows: Row[] = [
  // 3.1 Home Office general indicators [C: S7]
  ['works-against-will', 'work-money-possessions', ['forced-to-work', 'unpaid-household-work'], 'child', ['S7'], 'Believes they have to work against their will'],
  ['cannot-leave', 'movement-and-control', [], 'child', ['S7'], 'Cannot leave where they work or live, or feels they cannot'],
  ['movement-controlled', 'movement-and-control', [], 'child', ['S7', 'S24'], 'Their movements are controlled by someone else'],
  ['fearful-or-withdrawn', 'presentation', [], 'child', ['S7', 'S22', 'S24', 'S25'], 'Fearful, anxious or withdrawn'],
  ['threats-to-self-or-family', 'fears-and-barriers', [], 'child', ['S7', 'S1'], 'Violence or threats against them or their family'],
  ['injuries-from-assault', 'presentation', [], 'child', ['S7', 'S22'], 'Injuries that look like assault or physical abuse'],
  ['injuries-from-work-or-control', 'presentation', ['forced-to-work'], 'child', ['S7', 'S23'], 'Injuries typical of certain work, workplace accidents or control measures'],
  ['distrusts-authorities', 'fears-and-barriers', [], 'child', ['S7', 'S1', 'S22', 'S25'], 'Distrusts or is afraid of people in authority'],
  ['threatened-with-authorities', 'fears-and-barriers', [], 'child', ['S7'], 'Has been threatened with being handed over to the authorities'],
  ['fears-immigration-status-known', 'fears-and-barriers', [], 'child', ['S7'], 'Afraid of their immigration status becoming known'],
  ['documents-held-by-someone-else', 'journey-and-documents', [], 'child', ['S7', 'S25'], 'Someone else holds their passport or identity documents'],
  ['from-known-source-area', 'journey-and-documents', [], 'child', ['S7'], 'Comes from a place known as a source of trafficking'],
  ['travel-debt-repaid-by-work', 'journey-and-documents', ['forced-to-work', 'wages-taken'], 'child', ['S7'], 'Travel was paid by others and has to be paid back through work'],
  ['false-or-no-documents', 'journey-and-documents', [], 'child', ['S7', 'S23', 'S25'], 'False documents, someone else’s documents or none'],
  ['false-promises', 'journey-and-documents', [], 'child', ['S7'], 'Came because of promises that turned out to be false'],
  ['linked-to-place-of-exploitation', 'exploitation', [], 'child', ['S7', 'S23'], 'Found at, or linked to, a place likely used for exploitation'],
  ['does-not-know-local-language', 'living-situation', [], 'child', ['S7'], 'Does not know the local language'],
  ['does-not-know-address', 'living-situation', [], 'child', ['S7', 'S23', 'S24'], 'Does not know, or will not say, where they live or which town or country they are in'],
  ['lets-others-speak', 'movement-and-control', [], 'child', ['S7'], 'Lets other people speak for them'],
  ['acts-as-if-instructed', 'movement-and-control', [], 'child', ['S7'], 'Acts as if told what to say or do by someone else'],
  ['deceived-into-poor-conditions', 'work-money-possessions', ['forced-to-work'], 'child', ['S7'], 'Forced, threatened or tricked into poor working conditions'],
  ['punished-as-discipline', 'movement-and-control', [], 'child', ['S7'], 'Punished to keep them in line'],
  ['cannot-negotiate-conditions', 'work-money-possessions', ['forced-to-work'], 'child', ['S7'], 'Has no say over how or when they work'],
  ['little-or-no-pay', 'work-money-possessions', ['forced-to-work', 'wages-taken', 'unpaid-household-work'], 'child', ['S7', 'S23'], 'Gets little or no pay'],
  ['no-access-to-earnings', 'work-money-possessions', ['wages-taken'], 'child', ['S7', 'S23'], 'Cannot get at their earnings, or most are taken'],
  ['excessive-hours', 'work-money-possessions', ['forced-to-work', 'unpaid-household-work'], 'child', ['S7'], 'Works very long hours over long periods, with no days off'],
  ['poor-accommodation', 'living-situation', [], 'child', ['S7', 'S24'], 'Poor, overcrowded or unsuitable accommodation (for example a shed, tent or caravan)'],
  ['no-medical-care', 'education-and-health', [], 'child', ['S7'], 'Cannot get medical care'],
  ['socially-isolated', 'living-situation', [], 'child', ['S7', 'S22'], 'Little contact with other people, family or anyone outside'],
  ['communication-controlled', 'movement-and-control', [], 'child', ['S7', 'S24'], 'Cannot talk freely; their phone or contact with others is controlled'],
  ['bound-by-debt', 'work-money-possessions', ['forced-to-work', 'wages-taken'], 'child', ['S7', 'S23'], 'Believes they, or their family, owe a debt they must work off'],
  ['dependent-on-others', 'movement-and-control', [], 'child', ['S7'], 'Depends on the people around them for everything'],

  // 3.2 Home Office child-specific indicators [C: S7]
  ['no-access-to-parents', 'living-situation', [], 'child', ['S7', 'S23'], 'Cannot reach their parents or the people who should care for them'],
  ['looks-intimidated', 'presentation', [], 'child', ['S7'], 'Looks intimidated'],
  ['behaves-unlike-peers', 'presentation', [], 'child', ['S7', 'S22'], 'Behaves unlike other children of their age, or seems older than their years'],
  ['no-friends-or-play', 'living-situation', [], 'child', ['S7', 'S23'], 'Has no friends of their own age and no time to play'],
  ['not-in-education', 'education-and-health', [], 'child', ['S7', 'S22', 'S23', 'S24', 'S26', 'S27'], 'Not in school, or has stopped going'],
  ['lives-or-eats-apart', 'living-situation', ['unpaid-household-work'], 'child', ['S7'], 'Lives or eats apart from the rest of the household, or gets only leftovers'],
  ['work-unsuitable-for-age', 'work-money-possessions', ['forced-to-work', 'unpaid-household-work'], 'child', ['S7'], 'Does work that is not suitable for a child'],
  ['travels-without-adults-or-with-non-relatives', 'journey-and-documents', [], 'child', ['S7'], 'Travelled without an adult, or in a group with people who are not relatives'],
  ['setting-work-or-sexualised-clothing', 'setting', ['forced-to-work', 'prostitution', 'child-exploitation'], 'setting', ['S7'], 'Child-sized work clothes, or clothes for prostitution, found'],
  ['setting-childrens-items-in-exploitative-place', 'setting', ['prostitution', 'child-exploitation', 'forced-to-work'], 'setting', ['S7'], 'Toys, beds or children’s clothes found in a brothel or factory'],
  ['setting-taxi-numbers', 'setting', [], 'setting', ['S7'], 'Unaccompanied children found carrying taxi phone numbers'],
  ['setting-illegal-adoption', 'setting', ['other'], 'setting', ['S7'], 'Signs of an illegal adoption'],

  // 3.3 Risk assessment matrix (London-toolkit style) [C: S22]
  ['says-exploited', 'exploitation', [], 'child', ['S22'], 'Says they have been exploited'],
  ['underage-marriage', 'exploitation', ['unpaid-household-work', 'other'], 'child', ['S22'], 'Married, or promised in marriage, while under age'],
  ['physical-signs-of-work', 'presentation', ['forced-to-work'], 'child', ['S22', 'S25'], 'Physical signs of work (very tired, worn hands, back pain)'],
  ['sti-or-pregnancy', 'education-and-health', ['prostitution', 'child-exploitation', 'taken-somewhere'], 'child', ['S22'], 'A sexually transmitted infection or unwanted pregnancy'],
  ['story-like-others', 'fears-and-barriers', [], 'child', ['S1', 'S22', 'S23'], 'Tells a story that sounds learned, or very like other children’s'],
  ['daily-minimum-to-earn', 'work-money-possessions', ['forced-to-work', 'forced-to-commit-crime', 'prostitution'], 'child', ['S22', 'S23'], 'Has to earn a set amount each day'],
  ['crime-suggesting-adult-involvement', 'exploitation', ['forced-to-commit-crime'], 'child', ['S22', 'S26'], 'Involved in crime that points to adults behind it (cannabis farm, theft, pickpocketing, begging)'],
  ['excessive-household-work', 'living-situation', ['unpaid-household-work'], 'child', ['S22', 'S23'], 'Does a great deal of housework'],
  ['rarely-leaves-house', 'movement-and-control', ['unpaid-household-work'], 'child', ['S22', 'S23', 'S24'], 'Rarely leaves the house; no freedom to come and go'],
  ['older-or-controlling-partner', 'movement-and-control', ['child-exploitation'], 'child', ['S22', 'S25', 'S26'], 'A much older boyfriend or girlfriend, or a relationship with a controlling older person'],
  ['excessive-fears', 'fears-and-barriers', [], 'child', ['S22'], 'Strong fears of a particular person, of being deported or of telling'],
  ['physical-neglect', 'education-and-health', [], 'child', ['S22', 'S25'], 'Physical neglect: basic care missing, poorly fed, health needs not met'],
  ['emotional-neglect', 'presentation', [], 'child', ['S22'], 'Emotional neglect'],
  ['poor-concentration-or-aggression', 'presentation', [], 'child', ['S22', 'S26'], 'Poor concentration or memory, irritable or aggressive'],
  ['trauma-or-numbing', 'presentation', [], 'child', ['S22'], 'Signs of trauma or emotional numbing'],
  ['substance-misuse', 'presentation', ['forced-to-commit-crime'], 'child', ['S22', 'S25', 'S26'], 'Misuses drugs or alcohol'],
  ['self-harm-or-low-self-esteem', 'presentation', [], 'child', ['S22', 'S26'], 'Self-harm, an eating disorder or very low self-esteem'],
  ['not-registered-with-gp', 'education-and-health', [], 'child', ['S22', 'S23', 'S24', 'S27'], 'Not registered with a GP'],
  ['unexplained-money-or-goods', 'work-money-possessions', ['forced-to-commit-crime'], 'child', ['S22', 'S23', 'S24', 'S25', 'S26'], 'Money, clothes, phones or other things they cannot explain'],

  // 3.4 NSPCC signs [C: S23]: child signs not already above, then the adult factors
  ['living-apart-from-family', 'living-situation', [], 'child', ['S23', 'S24'], 'Orphaned or living apart from family, often in an unregistered private fostering arrangement'],
  ['adult-visas-for-several-children', 'adult-involvement', [], 'adult', ['S23'], 'Has made visa applications for, or stood as guarantor for, several different children'],
  ['adult-travels-with-unrelated-children', 'adult-involvement', [], 'adult', ['S23'], 'Has travelled with different children who are not related to them'],
  ['adult-insists-on-staying-and-speaking', 'adult-involvement', [], 'adult', ['S23', 'S25'], 'Insists on staying with the child and speaking for them'],
  ['adult-lives-with-unrelated-children', 'adult-involvement', [], 'adult', ['S23', 'S27'], 'Lives with children who are not related to them or who have just arrived'],
  ['adult-abandoned-or-denies-knowing', 'adult-involvement', [], 'adult', ['S23'], 'Left the child, or says they do not know a child they were with'],
  ['adult-claims-found-child', 'adult-involvement', [], 'adult', ['S7'], 'Says they "found" a child who was on their own'],

  // 3.5 Other UK lists [C: S24, S25, S26, S27, S1]
  ['adult-no-photo-id-not-family', 'adult-involvement', [], 'adult', ['S25'], 'Is not close family and cannot show photo identification for the child'],
  ['adult-holds-documents-or-money', 'adult-involvement', [], 'adult', ['S7', 'S25'], 'Holds the child’s passport, identity documents or money'],
  ['adult-loitering-or-older-partner', 'adult-involvement', ['child-exploitation'], 'adult', ['S22', 'S25'], 'Hangs around outside where the child lives, or is a much older boyfriend or girlfriend'],
  ['poor-relationship-with-carer', 'adult-involvement', [], 'adult', ['S27'], 'A poor relationship between the child and the person caring for them, who is not a parent'],
  ['seen-in-inappropriate-places', 'exploitation', [], 'child', ['S24'], 'Seen in places a child should not be'],
  ['few-personal-items', 'living-situation', [], 'child', ['S24'], 'Has few belongings and always the same clothes'],
  ['moved-at-unusual-hours', 'movement-and-control', [], 'child', ['S24'], 'Moved between places by others at unusual times'],
  ['gang-involvement', 'exploitation', ['forced-to-commit-crime'], 'child', ['S24', 'S26'], 'Involved with a gang'],
  ['found-with-drugs-or-weapons', 'exploitation', ['forced-to-commit-crime'], 'child', ['S24', 'S26'], 'Found with drugs (including hidden inside the body) or weapons'],
  ['tattoos-or-marks-of-ownership', 'presentation', [], 'child', ['S24'], 'Tattoos or other marks that suggest someone claims to own them'],
  ['several-unrelated-children-at-address', 'setting', [], 'setting', ['S27'], 'Several unrelated children living at one address'],
  ['frequent-moves', 'movement-and-control', [], 'child', ['S27'], 'Moves home often'],
  ['frequent-missing-episodes', 'movement-and-control', ['forced-to-commit-crime'], 'child', ['S26', 'S27'], 'Goes missing often, or is found far from home'],
  ['bond-with-exploiters', 'fears-and-barriers', [], 'child', ['S27'], 'Seems loyal to, or attached to, the people exploiting them'],
  ['arrested-away-from-home', 'exploitation', ['forced-to-commit-crime'], 'child', ['S26'], 'Arrested away from home, for example for drug offences'],
  ['returns-injured-or-dishevelled', 'presentation', [], 'child', ['S26'], 'Comes back from being missing hurt or dishevelled'],
  ['taken-to-unknown-addresses', 'movement-and-control', ['child-exploitation', 'prostitution', 'forced-to-commit-crime'], 'child', ['S26'], 'Taken by adults to parties, hotels or addresses no one knows; gets in and out of cars with unknown adults'],
  ['rewarded-for-recruiting-peers', 'exploitation', ['forced-to-commit-crime'], 'child', ['S26'], 'Rewarded for bringing other children in'],
  ['disclosure-then-retraction', 'fears-and-barriers', [], 'child', ['S26'], 'Told someone about an assault, then took it back'],
  ['multiple-phones-or-sims', 'work-money-possessions', ['forced-to-commit-crime'], 'child', ['S26'], 'Has several phones or SIM cards'],
  ['does-not-see-self-as-victim', 'fears-and-barriers', [], 'child', ['S1'], 'Does not see themselves as a victim, or thinks they did something wrong'],
  ['juju-or-witchcraft-fears', 'fears-and-barriers', [], 'child', ['S1'], 'Afraid of the effects of juju or witchcraft rituals'],
  ['fears-being-returned', 'fears-and-barriers', [], 'child', ['S1'], 'Afraid of being sent back to a home country where things may be worse'],
  ['fears-prosecution', 'fears-and-barriers', [], 'child', ['S1'], 'Afraid of being prosecuted for a crime'],
];

/**
 * The signs of exploitation or control itself [I]. The kind of place a child is linked to is asked separately: the
 * place, not this indicator, decides which types of exploitation to explore (reference 3.6).
 */
const directCodes = new Set([
  'works-against-will',
  'cannot-leave',
  'movement-controlled',
  'injuries-from-work-or-control',
  'documents-held-by-someone-else',
  'travel-debt-repaid-by-work',
  'linked-to-place-of-exploitation',
  'deceived-into-poor-conditions',
  'punished-as-discipline',
  'little-or-no-pay',
  'no-access-to-earnings',
  'excessive-hours',
  'communication-controlled',
  'bound-by-debt',
  'work-unsuitable-for-age',
  'says-exploited',
  'underage-marriage',
  'daily-minimum-to-earn',
  'crime-suggesting-adult-involvement',
  'found-with-drugs-or-weapons',
  'taken-to-unknown-addresses',
  'rewarded-for-recruiting-peers',
  'tattoos-or-marks-of-ownership',
  'setting-work-or-sexualised-clothing',
  'setting-childrens-items-in-exploitative-place',
  'setting-illegal-adoption',
  'adult-holds-documents-or-money',
]);

export const indicatorCatalogue: readonly Indicator[] = Object.freeze(
  rows.map(([code, category, types, appliesTo, sources, label]) =>
    indicatorSchema.parse({ code, category, exploitationTypes: types, appliesTo, sources, label, direct: directCodes.has(code) }),
  ),
);

const byCode = new Map(indicatorCatalogue.map((indicator) => [indicator.code, indicator]));

export function findIndicator(code: string): Indicator | undefined {
  return byCode.get(code);
}
