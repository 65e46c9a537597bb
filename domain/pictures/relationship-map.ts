import {
  relationshipEvidenceLabels,
  type AgencyInvolvement,
  type CaseRecord,
  type ConnectedAdult,
  type PersonName,
  type TriState,
} from '../case/schemas';
import {
  estimateTextWidth,
  fitText,
  round,
  type LegendItem,
  type Picture,
  type Shape,
  type StyleRole,
} from './drawing';
import { nameInOrder } from '../case/names';
import { lineBaselineInCircle, nameLinesInCircle } from './name-lines';
import { relationshipLabel, triStateLabel } from '../case/vocabulary';

export interface RelationshipMapOptions {
  width: number;
  height: number;
  /** Adults withheld from whoever will see this picture: they are left out of the drawing data completely. */
  audienceExcludesAdultIds?: readonly string[];
}

export type RelationshipMarkKind =
  'parental-responsibility' | 'lives-with-child' | 'do-not-inform' | 'do-not-share-with';

export interface RelationshipMark {
  kind: RelationshipMarkKind;
  /** 'unknown' is shown with a question mark, so "not known" is never read as "no". */
  value: 'yes' | 'unknown';
  text: string;
}

export interface RelationshipMapAdult {
  adultId: string;
  name: string;
  x: number;
  y: number;
  evidenced: boolean;
  marks: RelationshipMark[];
}

export interface RelationshipMapAgency {
  agencyId: string;
  name: string;
  x: number;
  y: number;
}

export interface RelationshipMapLayout extends Picture {
  child: { name: string; x: number; y: number };
  adults: RelationshipMapAdult[];
  agencies: RelationshipMapAgency[];
}

export type CaseForRelationshipMap = Pick<CaseRecord, 'child' | 'connectedAdults' | 'agencies'>;

export const relationshipMapLegend: readonly LegendItem[] = [
  { style: 'child-node', label: 'The child' },
  { style: 'adult-node', label: 'Adult connected to the child' },
  { style: 'agency-node', label: 'Agency involved' },
  { style: 'relationship-line', dash: 'solid', label: 'Relationship backed by a document' },
  { style: 'relationship-line', dash: 'dashed', label: 'Relationship with no evidence seen' },
  { style: 'mark', label: 'PR: has parental responsibility (PR? if not known)' },
  { style: 'mark', label: 'Lives with: lives with the child (Lives with? if not known)' },
  { style: 'mark-warning', label: 'Do not inform: do not tell them about referrals or plans' },
  { style: 'mark-warning', label: 'Do not share: share nothing about the child with them' },
];

const sizes = { childRadius: 34, adultRadius: 16, name: 12, lineLabel: 10, mark: 10, agency: 11 } as const;

/**
 * Lays out the child at the centre, the adults connected to them on a ring, and agencies on an outer ring.
 * Pure: withheld adults are filtered out first, so nothing later can leak them.
 */
export function layoutRelationshipMap(
  caseRecord: CaseForRelationshipMap,
  options: RelationshipMapOptions,
): RelationshipMapLayout {
  const { width, height } = options;
  const withheld = new Set(options.audienceExcludesAdultIds ?? []);
  const adults = caseRecord.connectedAdults.filter((adult) => !withheld.has(adult.id));
  const agencies = caseRecord.agencies;

  const cx = round(width / 2);
  const cy = round(height / 2);
  const radius = Math.min(width, height) / 2;
  // Leave the outer band for agencies only when there are some.
  const adultRing = radius * (agencies.length > 0 ? 0.52 : 0.62);
  const agencyRing = radius * 0.82;
  const childName = displayName(caseRecord.child.names) || 'The child';

  const shapes: Shape[] = [];
  const labels: Shape[] = [];
  if (agencies.length > 0) {
    shapes.push({
      kind: 'circle',
      key: 'agency-ring',
      style: 'ring',
      cx,
      cy,
      r: round(agencyRing),
      dash: 'dotted',
      title: 'Agencies involved',
    });
  }

  const adultAngles = adults.map((_, index) => -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, adults.length));
  const adultNodes: RelationshipMapAdult[] = adults.map((adult, index) => {
    const angle = adultAngles[index] ?? 0;
    const x = round(cx + Math.cos(angle) * adultRing);
    const y = round(cy + Math.sin(angle) * adultRing);
    return {
      adultId: adult.id,
      name: displayName(adult.names) || `Adult ${index + 1}`,
      x,
      y,
      evidenced: adult.relationshipEvidence.some((evidence) => evidence !== 'none-seen'),
      marks: adultMarks(adult),
    };
  });

  adults.forEach((adult, index) => {
    const node = adultNodes[index]!;
    const key = `adult-${index + 1}`;
    const dx = node.x - cx;
    const dy = node.y - cy;
    const length = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / length, dy / length];
    shapes.push({
      kind: 'line',
      key: `${key}-line`,
      style: 'relationship-line',
      title: `${node.name}: ${relationshipWords(adult).join('; ')}`,
      x1: round(cx + ux * sizes.childRadius),
      y1: round(cy + uy * sizes.childRadius),
      x2: round(node.x - ux * sizes.adultRadius),
      y2: round(node.y - uy * sizes.adultRadius),
      dash: node.evidenced ? 'solid' : 'dashed',
    });
    // Relationship words sit beside the middle of the line: to its right when it runs up and down, above it otherwise.
    const words = relationshipWords(adult);
    const [px, py] = Math.abs(uy) > 0.7 ? [Math.abs(uy), 0] : ux * 1 >= 0 ? [uy, -ux] : [-uy, ux];
    const midX = cx + dx * 0.5 + px * 6;
    const midY = cy + dy * 0.5 + py * 6;
    const lineHeight = sizes.lineLabel * 1.2;
    const besideLine = Math.abs(px) > 0.7;
    const anchor = besideLine ? (px > 0 ? 'start' : 'end') : 'middle';
    const firstBaseline = besideLine
      ? midY - ((words.length - 1) * lineHeight) / 2 + sizes.lineLabel * 0.35
      : py <= 0
        ? midY - (words.length - 1) * lineHeight
        : midY + sizes.lineLabel;
    words.forEach((line, i) => {
      labels.push(
        textAt(
          `${key}-relationship-${i}`,
          'line-label',
          line,
          midX,
          firstBaseline + i * lineHeight,
          anchor,
          sizes.lineLabel,
          false,
          width,
        ),
      );
    });
    shapes.push({
      kind: 'circle',
      key: `${key}-node`,
      style: 'adult-node',
      title: node.name,
      cx: node.x,
      cy: node.y,
      r: sizes.adultRadius,
      dash: 'solid',
    });
    labels.push(...adultLabel(key, node, ux, uy, width, height));
  });

  const agencyNodes: RelationshipMapAgency[] = agencies.map((agency, index) => {
    // Agencies go between adults where they can, because an adult's name and marks stick out towards the outer ring.
    const angle = awayFromAdults(
      -Math.PI / 2 + (2 * Math.PI * (index + 0.5)) / agencies.length,
      adultAngles,
      Math.min(Math.PI / 5, Math.PI / Math.max(1, adults.length)),
    );
    return {
      agencyId: agency.id,
      name: agency.name,
      x: round(cx + Math.cos(angle) * agencyRing),
      y: round(cy + Math.sin(angle) * agencyRing),
    };
  });
  agencies.forEach((agency, index) => {
    const node = agencyNodes[index]!;
    shapes.push(...agencyBox(`agency-${index + 1}`, agency, node, width, height));
  });

  shapes.push({
    kind: 'circle',
    key: 'child-node',
    style: 'child-node',
    title: childName,
    cx,
    cy,
    r: sizes.childRadius,
    dash: 'solid',
  });
  const childCircle = { radius: sizes.childRadius, fontSize: sizes.name };
  nameLinesInCircle(childName, childCircle).forEach((line, i, lines) => {
    labels.push({
      kind: 'text',
      key: `child-name-${i}`,
      style: 'child-label',
      x: cx,
      y: round(cy + lineBaselineInCircle(i, lines.length, childCircle)),
      text: line,
      anchor: 'middle',
      fontSize: sizes.name,
      bold: true,
    });
  });
  shapes.push(...labels);

  return {
    width,
    height,
    title: `People and agencies around ${childName}`,
    shapes,
    legend: [...relationshipMapLegend],
    textAlternative: relationshipTextAlternative(childName, adults, adultNodes, agencies),
    child: { name: childName, x: cx, y: cy },
    adults: adultNodes,
    agencies: agencyNodes,
  };
}

/** The name the person gives, else the first name recorded. */
export function displayName(names: readonly PersonName[]): string {
  const chosen =
    names.find((name) => name.type === 'main' && (name.given.trim() || name.family.trim())) ??
    names.find((name) => name.given.trim() || name.family.trim());
  return chosen ? nameInOrder(chosen) : '';
}

function relationshipWords(adult: ConnectedAdult): string[] {
  const byAdult = relationshipLabel(adult.relationshipClaimedByAdult, 'not recorded');
  const byChild = relationshipLabel(adult.relationshipClaimedByChild, 'not recorded');
  if (adult.relationshipClaimedByAdult && adult.relationshipClaimedByAdult === adult.relationshipClaimedByChild) {
    return [`Both say: ${byAdult}`];
  }
  return [`Adult says: ${byAdult}`, `Child says: ${byChild}`];
}

function adultMarks(adult: ConnectedAdult): RelationshipMark[] {
  const marks: RelationshipMark[] = [];
  const tri = (kind: RelationshipMarkKind, value: TriState, text: string) => {
    if (value === 'yes') marks.push({ kind, value, text });
    if (value === 'unknown') marks.push({ kind, value, text: `${text}?` });
  };
  tri('parental-responsibility', adult.parentalResponsibility, 'PR');
  tri('lives-with-child', adult.livesWithChild, 'Lives with');
  if (adult.doNotInform) marks.push({ kind: 'do-not-inform', value: 'yes', text: 'Do not inform' });
  if (adult.doNotShareWith) marks.push({ kind: 'do-not-share-with', value: 'yes', text: 'Do not share' });
  return marks;
}

/** Name and marks outside the node, on the side away from the child, kept inside the picture. */
function adultLabel(
  key: string,
  node: RelationshipMapAdult,
  ux: number,
  uy: number,
  width: number,
  height: number,
): Shape[] {
  const shapes: Shape[] = [];
  const anchor = ux > 0.3 ? 'start' : ux < -0.3 ? 'end' : 'middle';
  const x = node.x + ux * (sizes.adultRadius + 6);
  const markHeight = sizes.mark + 6;
  const blockHeight = sizes.name * 1.3 + node.marks.length * (markHeight + 2);
  const startY =
    uy < -0.3
      ? node.y - sizes.adultRadius - 4 - blockHeight
      : uy > 0.3
        ? node.y + sizes.adultRadius + 4
        : node.y - blockHeight / 2;
  const top = Math.min(Math.max(startY, 2), Math.max(2, height - blockHeight - 2));
  const maxWidth = 150;
  const name = fitText(node.name, sizes.name, maxWidth);
  shapes.push(textAt(`${key}-name`, 'node-label', name, x, top + sizes.name, anchor, sizes.name, true, width));
  let y = top + sizes.name * 1.3 + 2;
  node.marks.forEach((mark, i) => {
    const warning = mark.kind === 'do-not-inform' || mark.kind === 'do-not-share-with';
    const boxWidth = estimateTextWidth(mark.text, sizes.mark) + 8;
    let left = anchor === 'start' ? x : anchor === 'middle' ? x - boxWidth / 2 : x - boxWidth;
    left = Math.min(Math.max(left, 2), width - boxWidth - 2);
    shapes.push({
      kind: 'rect',
      key: `${key}-mark-${i}`,
      style: warning ? 'mark-warning' : 'mark',
      title: markTitle(mark),
      x: round(left),
      y: round(y),
      width: round(boxWidth),
      height: markHeight,
      dash: mark.value === 'unknown' ? 'dashed' : 'solid',
    });
    shapes.push({
      kind: 'text',
      key: `${key}-mark-${i}-text`,
      style: warning ? 'mark-warning-label' : 'mark-label',
      x: round(left + boxWidth / 2),
      y: round(y + markHeight / 2 + sizes.mark * 0.35),
      text: mark.text,
      anchor: 'middle',
      fontSize: sizes.mark,
      bold: warning,
    });
    y += markHeight + 2;
  });
  return shapes;
}

function markTitle(mark: RelationshipMark): string {
  const unknown = mark.value === 'unknown';
  switch (mark.kind) {
    case 'parental-responsibility':
      return unknown ? 'Not known if they have parental responsibility' : 'Has parental responsibility';
    case 'lives-with-child':
      return unknown ? 'Not known if they live with the child' : 'Lives with the child';
    case 'do-not-inform':
      return 'Do not tell them about referrals or plans';
    case 'do-not-share-with':
      return 'Do not share anything about the child with them';
  }
}

/** Turns an angle until it is at least `clearance` from every adult's angle, if that can be done nearby. */
function awayFromAdults(angle: number, adultAngles: readonly number[], clearance: number): number {
  const gap = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)));
  const clear = (a: number) => adultAngles.every((adultAngle) => gap(a, adultAngle) >= clearance - 1e-9);
  if (clear(angle)) return angle;
  for (let step = 1; step <= 12; step += 1) {
    for (const candidate of [angle + (step * clearance) / 4, angle - (step * clearance) / 4]) {
      if (clear(candidate)) return candidate;
    }
  }
  return angle;
}

function agencyBox(
  key: string,
  agency: AgencyInvolvement,
  node: RelationshipMapAgency,
  width: number,
  height: number,
): Shape[] {
  const role = agency.role.trim();
  const boxWidth = Math.min(
    150,
    Math.max(70, estimateTextWidth(agency.name, sizes.agency) + 12, estimateTextWidth(role, sizes.lineLabel) + 12),
  );
  const boxHeight = role ? 34 : 22;
  const left = Math.min(Math.max(node.x - boxWidth / 2, 2), Math.max(2, width - boxWidth - 2));
  const top = Math.min(Math.max(node.y - boxHeight / 2, 2), Math.max(2, height - boxHeight - 2));
  const middle = left + boxWidth / 2;
  const shapes: Shape[] = [
    {
      kind: 'rect',
      key,
      style: 'agency-node',
      title: role ? `${agency.name}: ${role}` : agency.name,
      x: round(left),
      y: round(top),
      width: round(boxWidth),
      height: boxHeight,
      dash: 'solid',
    },
    {
      kind: 'text',
      key: `${key}-name`,
      style: 'node-label',
      x: round(middle),
      y: round(top + 15),
      text: fitText(agency.name, sizes.agency, boxWidth - 8),
      anchor: 'middle',
      fontSize: sizes.agency,
      bold: true,
    },
  ];
  if (role) {
    shapes.push({
      kind: 'text',
      key: `${key}-role`,
      style: 'line-label',
      x: round(middle),
      y: round(top + 28),
      text: fitText(role, sizes.lineLabel, boxWidth - 8),
      anchor: 'middle',
      fontSize: sizes.lineLabel,
      bold: false,
    });
  }
  return shapes;
}

function textAt(
  key: string,
  style: StyleRole,
  text: string,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end',
  fontSize: number,
  bold: boolean,
  width: number,
): Shape {
  const textWidth = estimateTextWidth(text, fontSize);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - textWidth / 2 : x - textWidth;
  const shift = left < 2 ? 2 - left : left + textWidth > width - 2 ? width - 2 - (left + textWidth) : 0;
  return { kind: 'text', key, style, x: round(x + shift), y: round(y), text, anchor, fontSize, bold };
}

function relationshipTextAlternative(
  childName: string,
  adults: readonly ConnectedAdult[],
  nodes: readonly RelationshipMapAdult[],
  agencies: readonly AgencyInvolvement[],
): Picture['textAlternative'] {
  const adultWord = adults.length === 1 ? 'adult' : 'adults';
  const agencyWord = agencies.length === 1 ? 'agency' : 'agencies';
  return {
    summary: `${childName}, with ${adults.length} connected ${adultWord} and ${agencies.length} ${agencyWord} involved.`,
    tables: [
      {
        caption: 'Adults connected to the child',
        columns: [
          'Name',
          'Adult says they are',
          'Child says they are',
          'Evidence of the relationship',
          'Parental responsibility',
          'Lives with the child',
          'Do not inform',
          'Do not share with',
        ],
        rows: adults.map((adult, index) => {
          const evidence = adult.relationshipEvidence.filter((kind) => kind !== 'none-seen');
          return [
            nodes[index]?.name ?? '',
            relationshipLabel(adult.relationshipClaimedByAdult),
            relationshipLabel(adult.relationshipClaimedByChild),
            evidence.length > 0
              ? evidence.map((kind) => relationshipEvidenceLabels[kind]).join(', ')
              : relationshipEvidenceLabels['none-seen'],
            triStateLabel(adult.parentalResponsibility),
            triStateLabel(adult.livesWithChild),
            adult.doNotInform ? 'Yes' : 'No',
            adult.doNotShareWith ? 'Yes' : 'No',
          ];
        }),
      },
      {
        caption: 'Agencies involved',
        columns: ['Agency', 'What they are doing', 'Country'],
        rows: agencies.map((agency) => [
          agency.name,
          agency.role.trim() || 'Not recorded',
          agency.country ?? 'Not recorded',
        ]),
      },
    ],
    notes: [],
  };
}
