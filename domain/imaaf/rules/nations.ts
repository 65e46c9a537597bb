import type { Jurisdiction } from '../../reference-data';

/**
 * Each nation's own bodies and procedures, as data (reference 4.6, 6.1, 5.3, 2.4). Every rule that names a body or a
 * procedure reads it from here, so a nation never sees another nation's words.
 */
export interface NationWording {
  /** Who does the children's services role, as a worker would name it. */
  childrensServices: string;
  /** How to refer to them, as an action. */
  referToChildrensServices: string;
  /** The multi-agency discussion when there is reasonable cause to suspect significant harm. */
  /** `aName` is the name with its article ("a strategy discussion", "an inter-agency referral discussion (IRD)"). */
  discussion: { id: 'strategy-discussion' | 'inter-agency-referral-discussion'; name: string; aName: string; who: string; sources: string[] };
  /** The child protection enquiries the discussion decides on. */
  enquiries: string;
  /** The statutory guidance or procedures behind it (Working Together 2023 is England's only). */
  procedures: string;
  procedureSources: string[];
  /** Who may submit an NRM referral here. */
  firstResponders: string;
  /** Guidance on whether the NRM referral for a child must or should be made [C: S1]. */
  nrmDuty: { verb: 'must' | 'should'; text: string; sources: string[] };
  /** The virtual school for looked-after children exists in England [I]. */
  virtualSchool: boolean;
}

const englandWalesFirstResponders =
  'Only staff of first responder organisations (police, local authorities, parts of the Home Office and some charities, including NSPCC CTAC and Barnardo’s) can submit the NRM.';

export const nationWording: Record<Jurisdiction, NationWording> = {
  England: {
    childrensServices: 'children’s services',
    referToChildrensServices: 'Refer to children’s services (MASH)',
    discussion: { id: 'strategy-discussion', name: 'strategy discussion', aName: 'a strategy discussion', who: 'at least children’s services, police and health', sources: ['S30', 'S15', 'S41'] },
    enquiries: 'enquiries under section 47 of the Children Act 1989',
    procedures: 'Working Together to Safeguard Children 2023 and your local safeguarding partnership’s procedures',
    procedureSources: ['S41', 'S30'],
    firstResponders: englandWalesFirstResponders,
    nrmDuty: { verb: 'must', text: 'Guidance for England and Wales says that when the child is, or may be, under 18 an NRM referral must be made.', sources: ['S1', 'S7', 'S18', 'S16'] },
    virtualSchool: true,
  },
  Wales: {
    childrensServices: 'children’s services',
    referToChildrensServices: 'Refer to children’s services',
    discussion: { id: 'strategy-discussion', name: 'strategy discussion', aName: 'a strategy discussion', who: 'at least children’s services, police and health', sources: ['S30', 'S15'] },
    enquiries: 'enquiries under section 47 of the Children Act 1989',
    procedures: 'the Wales Safeguarding Procedures',
    procedureSources: ['S30'],
    firstResponders: englandWalesFirstResponders,
    nrmDuty: { verb: 'must', text: 'Guidance for England and Wales says that when the child is, or may be, under 18 an NRM referral must be made.', sources: ['S1', 'S7', 'S18', 'S16'] },
    virtualSchool: false,
  },
  Scotland: {
    childrensServices: 'local authority social work',
    referToChildrensServices: 'Refer to local authority social work',
    discussion: { id: 'inter-agency-referral-discussion', name: 'inter-agency referral discussion (IRD)', aName: 'an inter-agency referral discussion (IRD)', who: 'social work, police and health', sources: ['S20'] },
    enquiries: 'a child protection investigation',
    procedures: 'the National Guidance for Child Protection in Scotland 2021 and the Scottish inter-agency guidance on child trafficking',
    procedureSources: ['S20'],
    firstResponders: 'Scotland has its own list of first responders; in Scotland social work takes responsibility for the NRM paperwork.',
    nrmDuty: { verb: 'should', text: 'Guidance in Scotland says that for a child an NRM referral should be made, following the inter-agency referral discussion.', sources: ['S1', 'S7', 'S20'] },
    virtualSchool: false,
  },
  'Northern Ireland': {
    childrensServices: 'the Health and Social Care Trust’s children’s services',
    referToChildrensServices: 'Refer to the Health and Social Care Trust’s children’s services',
    discussion: { id: 'strategy-discussion', name: 'strategy discussion', aName: 'a strategy discussion', who: 'at least the Health and Social Care Trust, police and health', sources: ['S30', 'S34'] },
    enquiries: 'child protection enquiries',
    procedures: 'the Health and Social Care Trust’s child protection procedures',
    procedureSources: ['S34', 'S30'],
    firstResponders:
      'Northern Ireland has its own list of first responders, and councils there have no children’s services role: check with the Health and Social Care Trust or the police who will submit it.',
    nrmDuty: { verb: 'should', text: 'Guidance in Northern Ireland says that for a child an NRM referral should be made.', sources: ['S1', 'S7', 'S21'] },
    virtualSchool: false,
  },
};
