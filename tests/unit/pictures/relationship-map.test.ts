import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../domain/pictures/drawing';
import { layoutRelationshipMap } from '../../../domain/pictures/relationship-map';
import { adult, agency, caseWith } from './fixtures';

const size = { width: 800, height: 600 };

describe('relationship map', () => {
  const mother = adult('Thi', 'Tran', {
    relationshipClaimedByAdult: 'parent',
    relationshipClaimedByChild: 'parent',
    relationshipEvidence: ['birth-certificate'],
    parentalResponsibility: 'yes',
    livesWithChild: 'no',
  });
  const uncle = adult('Van', 'Nguyen', {
    relationshipClaimedByAdult: 'aunt-or-uncle',
    relationshipClaimedByChild: 'agent',
    relationshipEvidence: ['none-seen'],
    livesWithChild: 'yes',
    doNotInform: true,
    doNotShareWith: true,
  });
  const stranger = adult('Unknown man', 'at Calais', { relationshipClaimedByChild: 'agent' });
  const withheld = adult('Zebediah', 'Quennell', {
    relationshipClaimedByAdult: 'employer',
    relationshipClaimedByChild: 'employer',
    doNotShareWith: true,
    notes: 'Runs the nail bar',
  });
  const record = caseWith(
    [mother, uncle, stranger, withheld],
    [agency('Kent Police', 'Investigating'), agency('Home Office', 'Asylum claim')],
  );

  it('leaves an adult withheld from the audience out of the drawing data entirely', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const json = JSON.stringify(map);
    for (const secret of [withheld.id, 'Zebediah', 'Quennell', 'Runs the nail bar', 'Employer'])
      expect(json).not.toContain(secret);
    expect(map.adults.map((a) => a.name)).toEqual(['Thi Tran', 'Van Nguyen', 'Unknown man at Calais']);
    expect(map.shapes.filter((s) => s.style === 'relationship-line')).toHaveLength(3);
    expect(map.textAlternative.summary).toBe('Linh Tran, with 3 connected adults and 2 agencies involved.');
  });

  it('shows the same adult when the audience may see them', () => {
    const map = layoutRelationshipMap(record, size);
    expect(JSON.stringify(map)).toContain('Zebediah Quennell');
    expect(map.adults).toHaveLength(4);
  });

  it('draws evidenced relationships solid and the rest dashed', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const lines = map.shapes
      .filter((s) => s.style === 'relationship-line')
      .map((s) => (s.kind === 'line' ? s.dash : null));
    expect(lines).toEqual(['solid', 'dashed', 'dashed']);
    expect(map.adults.map((a) => a.evidenced)).toEqual([true, false, false]);
  });

  it('labels each line with the relationship as the adult and as the child claim it', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const texts = map.shapes.filter((s) => s.style === 'line-label').map((s) => (s.kind === 'text' ? s.text : ''));
    expect(texts).toContain('Both say: Parent');
    expect(texts).toContain('Adult says: Aunt or uncle');
    expect(texts).toContain('Child says: Agent or person who arranged travel');
    expect(texts).toContain('Adult says: not recorded');
  });

  it('marks parental responsibility, living with the child, do not inform and do not share with', () => {
    const map = layoutRelationshipMap(record, { ...size, audienceExcludesAdultIds: [withheld.id] });
    const marks = Object.fromEntries(map.adults.map((a) => [a.name, a.marks.map((m) => m.text)]));
    expect(marks).toEqual({
      'Thi Tran': ['PR'],
      'Van Nguyen': ['PR?', 'Lives with', 'Do not inform', 'Do not share'],
      'Unknown man at Calais': ['PR?', 'Lives with?'],
    });
    const warnings = map.shapes.filter((s) => s.style === 'mark-warning');
    expect(warnings).toHaveLength(2);
    const row = map.textAlternative.tables[0]!.rows[1]!;
    expect(row).toEqual([
      'Van Nguyen',
      'Aunt or uncle',
      'Agent or person who arranged travel',
      'No evidence seen',
      'Not known',
      'Yes',
      'Yes',
      'Yes',
    ]);
  });

  it('puts the child at the centre and agencies on a ring outside the adults', () => {
    const map = layoutRelationshipMap(record, size);
    expect(map.child).toMatchObject({ name: 'Linh Tran', x: 400, y: 300 });
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - map.child.x, p.y - map.child.y);
    const furthestAdult = Math.max(...map.adults.map(distance));
    for (const a of map.agencies) expect(distance(a)).toBeGreaterThan(furthestAdult);
    expect(map.textAlternative.tables[1]!.rows).toEqual([
      ['Kent Police', 'Investigating', 'Not recorded'],
      ['Home Office', 'Asylum claim', 'Not recorded'],
    ]);
  });

  it('keeps every shape inside the viewport', () => {
    const many = caseWith(
      Array.from({ length: 12 }, (_, i) =>
        adult(`Adult${i}`, 'Family-name-that-is-long', { doNotInform: i % 2 === 0 }),
      ),
      Array.from({ length: 6 }, (_, i) => agency(`Agency ${i}`, 'Support')),
    );
    const map = layoutRelationshipMap(many, size);
    for (const s of map.shapes) {
      if (s.kind === 'rect') {
        expect(s.x).toBeGreaterThanOrEqual(0);
        expect(s.x + s.width).toBeLessThanOrEqual(size.width);
      }
      if (s.kind === 'text' || s.kind === 'circle') {
        const [x, y] = s.kind === 'text' ? [s.x, s.y] : [s.cx, s.cy];
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(size.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(size.height);
      }
    }
  });

  describe('a 60-character name', () => {
    const long = { given: 'Maria-Fernanda Guadalupe Esperanza', family: 'Rodríguez de la Santísima' };
    const longName = `${long.given} ${long.family}`;
    const longAgency = 'Exampletown and District Refugee and Migrant Children’s Team';
    const withLongNames = (): ReturnType<typeof caseWith> => {
      const base = caseWith([adult(long.given, long.family, { relationshipClaimedByChild: 'agent' }), mother], [agency(longAgency, 'Support')]);
      return { ...base, child: { ...base.child, names: [{ given: long.given, family: long.family, type: 'main' }] } };
    };
    const map = layoutRelationshipMap(withLongNames(), size);
    const texts = map.shapes.filter((s) => s.kind === 'text');
    /** The box a line of text covers, from the same width estimate the layout uses. */
    const box = (s: (typeof texts)[number]) => {
      const width = estimateTextWidth(s.text, s.fontSize);
      const left = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - width / 2 : s.x - width;
      return { left, right: left + width, top: s.y - s.fontSize * 0.8, bottom: s.y + s.fontSize * 0.2 };
    };

    it('is exactly 60 characters long', () => {
      expect([...longName]).toHaveLength(60);
      expect([...longAgency]).toHaveLength(60);
    });

    it('wraps inside the child’s circle, every corner of every line inside it', () => {
      const child = map.shapes.find((s) => s.kind === 'circle' && s.key === 'child-node');
      if (child?.kind !== 'circle') throw new Error('no child circle');
      const lines = texts.filter((s) => s.key.startsWith('child-name-'));
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.length).toBeLessThanOrEqual(3);
      for (const line of lines) {
        const { left, right, top, bottom } = box(line);
        for (const [x, y] of [[left, top], [right, top], [left, bottom], [right, bottom]] as const) {
          expect(Math.hypot(x - child.cx, y - child.cy), `“${line.text}” stays inside the circle`).toBeLessThanOrEqual(child.r);
        }
      }
      // Shortened, never cut without saying so; and the whole name is where a reader can find it.
      expect(lines.map((line) => line.text).join(' ')).toMatch(/…$/);
      expect(child.title).toBe(longName);
      expect(map.title).toContain(longName);
      expect(map.textAlternative.summary).toContain(longName);
    });

    it('keeps the adult’s name inside the picture and the agency’s inside its box, with both in full in the table', () => {
      const adultName = texts.find((s) => s.key === 'adult-1-name')!;
      const { left, right, top, bottom } = box(adultName);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(size.width);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(bottom).toBeLessThanOrEqual(size.height);
      expect(adultName.text).toMatch(/…$/);

      const agencyBox = map.shapes.find((s) => s.kind === 'rect' && s.key === 'agency-1');
      if (agencyBox?.kind !== 'rect') throw new Error('no agency box');
      const agencyName = box(texts.find((s) => s.key === 'agency-1-name')!);
      expect(agencyName.left).toBeGreaterThanOrEqual(agencyBox.x);
      expect(agencyName.right).toBeLessThanOrEqual(agencyBox.x + agencyBox.width);
      expect(agencyName.top).toBeGreaterThanOrEqual(agencyBox.y);
      expect(agencyName.bottom).toBeLessThanOrEqual(agencyBox.y + agencyBox.height);

      const [adults, agencies] = map.textAlternative.tables;
      expect(adults?.rows[0]?.[0]).toBe(longName);
      expect(agencies?.rows[0]?.[0]).toBe(longAgency);
    });

    it('shows a family-name-first name in its order, on the picture and in the table', () => {
      const base = caseWith([adult('Văn An', 'Nguyễn', { names: [{ given: 'Văn An', family: 'Nguyễn', type: 'main', order: 'family-first' }] })]);
      const ordered = layoutRelationshipMap(base, size);
      expect(ordered.adults[0]?.name).toBe('Nguyễn Văn An');
      expect(ordered.textAlternative.tables[0]?.rows[0]?.[0]).toBe('Nguyễn Văn An');
    });
  });
});
