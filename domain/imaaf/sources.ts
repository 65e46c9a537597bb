/**
 * Short names for the sources the framework and the rules cite (the domain reference, section 13), so a worker can
 * see where each question and recommendation comes from.
 */
export const sourceTitles: Record<string, string> = {
  S1: 'NSPCC, Responding to child trafficking',
  S2: 'NSPCC, Protecting children from trafficking and modern slavery',
  S3: 'Hurley, John-Baptiste and Pande (NSPCC 2015), Free to Move, Invisible to Care',
  S4: 'NSPCC, We must work together to prevent child trafficking',
  S5: 'NSPCC Learning, Child Trafficking Advice Centre',
  S6: 'Children and Families Across Borders (CFAB)',
  S7: 'Home Office, National Referral Mechanism referral service and first responder toolkit',
  S8: 'Home Office, National Referral Mechanism guidance (England and Wales)',
  S9: 'Home Office, devolved child decision-making pilot guidance',
  S10: 'Independent Chief Inspector, Immigration Enforcement Competent Authority',
  S10b: 'Independent Chief Inspector, inspection of the Immigration Enforcement Competent Authority (2024)',
  S11: 'Home Office, interim guidance for Independent Child Trafficking Guardians (2024)',
  S12: "Barnardo's National Counter Trafficking Centre, Guardianship Service",
  S13: 'Home Office, ICTG evaluation (2024)',
  S14: 'Lancashire Safeguarding Partnership, ICTG service',
  S15: 'Medway Safeguarding Children Partnership, National Referral Mechanism',
  S16: 'North Yorkshire Safeguarding Children Partnership, NRM referral for a child',
  S17: 'West Midlands Anti-Slavery Network, how to do an NRM form',
  S18: 'Modern Slavery Act 2015, sections 51 and 52',
  S18b: 'Modern Slavery Bill, Public Bill Committee (2014)',
  S19: 'Home Office Circular 025/2015, Duty to Notify',
  S20: 'National Guidance for Child Protection in Scotland (2021) and Scottish trafficking guidance',
  S21: 'Human Trafficking and Exploitation Act (Northern Ireland) 2015, section 21',
  S22: 'Risk assessment matrix for children who may have been trafficked',
  S23: 'NSPCC signs of child trafficking',
  S24: 'Brighton and Hove Safeguarding Children Partnership, signs of child trafficking',
  S25: 'STOP THE TRAFFIK, signs around children',
  S26: 'Child criminal exploitation and county lines indicators',
  S27: 'Oxford City Council, signs of modern slavery',
  S28: 'Example MASH referral form',
  S29: 'Example multi-agency referral forms',
  S30: 'Strategy discussion procedures',
  S31: 'Department for Education, Information sharing advice for safeguarding practitioners (2024)',
  S32: 'Data Protection Act 2018, Schedule 1',
  S33: 'Local authority record retention schedules',
  S34: 'National Age Assessment Board guidance and age assessment practice',
  S35: 'Working with foreign authorities, the 1996 Hague Convention and children from abroad',
  S36: 'IOM Human Trafficking Case Data Standard',
  S37: 'Primero',
  S38: 'Modern Slavery statutory guidance (England and Wales)',
  S39: 'Romanian child protection bodies',
  S40: 'London Safeguarding Trafficked Children Guidance (2011)',
  S41: 'Working Together to Safeguard Children (2023)',
  S42: 'Glasgow child trafficking protocol',
};

export function describeSources(ids: readonly string[]): string {
  return ids.map((id) => (sourceTitles[id] ? `${sourceTitles[id]} (${id})` : id)).join('; ');
}
