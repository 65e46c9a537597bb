import { documentTypeLabels, type DocumentInput } from '../catalogue';
import { joinNonEmpty, mainName } from '../content';
import type { DocumentBlockInput } from '../model';
import { redactForAudience, type Redaction } from '../redaction';
import { baseModel, h2, para, type BuiltModel } from './blocks';

/** A short sheet for the child, in plain words, read with them (with an interpreter where needed). */
export function buildChildInformationSheet(input: DocumentInput, redaction: Redaction = redactForAudience(input.caseRecord, input.assessment, input.audience, input.sharing)): BuiltModel {
  const record = redaction.caseRecord;
  const gaps: string[] = [];
  const child = record.child;
  const given = (child.names.find((name) => name.type === 'main')?.given ?? '').trim() || mainName(child.names);
  const council = record.localAuthority ?? '';
  if (!council) gaps.push('Information sheet: the local authority');
  if (child.interpreter.needed === 'yes' && !child.interpreter.language) gaps.push('Information sheet: the interpreter’s language');
  const interpreter =
    child.interpreter.needed === 'yes'
      ? `${record.leadWorker} will go through this sheet with you with an interpreter${child.interpreter.language ? ` who speaks ${child.interpreter.language}` : ''}. You can ask questions at any time.`
      : `${record.leadWorker} will go through this sheet with you. You can ask questions at any time.`;
  const blocks: DocumentBlockInput[] = [
    para(`For ${given}`),
    para(interpreter),
    h2('Why you are getting this sheet'),
    para(
      `We are worried that someone may have moved you, or made you work or do things, so that they could get something out of it. That is not your fault, and you have done nothing wrong. We want to keep you safe and get you the right help. To do that, we are telling ${council ? `${council} children’s services` : 'children’s services'} and other people whose job is to help children.`,
    ),
    h2('What is the NRM?'),
    para(
      'The NRM (National Referral Mechanism) is the way the UK finds out if a young person has been trafficked or exploited, and makes sure they get support. Because you are under 18, or may be, we do not need to ask you to agree before we make the referral. We will tell you when it has been made.',
    ),
    h2('What happens next'),
    para(
      [
        'Some people who help children will meet to plan how to keep you safe.',
        'People at the Home Office will read the referral and decide about it. This can take some time. We will tell you what they decide.',
        'You may be given an Independent Child Trafficking Guardian: a person whose job is to be on your side and help you understand what is happening.',
        'You will keep getting help while the decision is made.',
      ].join('\n'),
    ),
    h2('How we will use your information'),
    para(
      'We write down what you tell us and keep it safely. We only share it with people who need it to keep you safe or to help you, such as social workers, the police, doctors and the Home Office. We will not tell the people you are afraid of where you live. If you want to know what we have written about you, you can ask.',
    ),
    h2('If you are scared or in danger'),
    para('Call 999 if you are in danger now. You can also talk to Childline for free on 0800 1111, any time of day or night.'),
    { kind: 'fields', fields: [{ label: 'Your worker', value: joinNonEmpty([record.leadWorker, council], ', ') }] },
  ];
  return { model: baseModel(input, redaction, documentTypeLabels['child-information-sheet'], blocks, false), gaps };
}
