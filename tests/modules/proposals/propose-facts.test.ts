/**
 * The fact proposer (src/modules/proposals) on small Dutch texts, on the invented second
 * edition (tests/fixtures/editions) and, for its selectors only, on the 2014 report. No
 * database: the proposer is pure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/modules/proposals/amounts.ts';
import { findDutchDates } from '../../../src/modules/proposals/dutch-dates.ts';
import {
  buildEntityMatcher,
  findEntityMentions,
} from '../../../src/modules/proposals/entity-matcher.ts';
import {
  DEFAULT_MIN_CONFIDENCE,
  proposeFacts,
  type KnownNode,
  type ProposedEdit,
  type ProposedFact,
} from '../../../src/modules/proposals/propose-facts.ts';
import { SELECTOR_CONTEXT } from '../../../src/modules/proposals/selectors.ts';
import { SOURCE_TEXT } from '../../support/source-text.ts';

const EDITION = readFileSync(
  join(import.meta.dirname, '../../fixtures/editions/voortgang-2015-invented.md'),
  'utf8',
);

const action = (number: number): KnownNode => ({
  id: `action-${String(number).padStart(2, '0')}`,
  label: 'Action',
  names: [`Actie ${number}`],
  number,
});

/** What the invented edition names, as a curated graph would know it. */
const KNOWN: readonly KnownNode[] = [
  ...[1, 4, 5, 12, 16, 19].map(action),
  { id: 'action-12a', label: 'ActionPart', names: ['Actie 12a'], code: '12a' },
  { id: 'pillar-kiezen', label: 'Pillar', names: ['Kiezen voor Techniek'] },
  { id: 'org-slo', label: 'Organisation', names: ['Stichting Leerplanontwikkeling', 'SLO'] },
  { id: 'org-po-raad', label: 'Organisation', names: ['PO-raad'] },
  { id: 'org-pbt', label: 'Organisation', names: ['Platform Bèta Techniek', 'PBT'] },
  {
    id: 'org-sbb',
    label: 'Organisation',
    names: ['Stichting Beroepsonderwijs Bedrijfsleven', 'SBB'],
  },
  { id: 'org-ocw', label: 'Organisation', names: ['ministerie van OCW', 'OCW'] },
  { id: 'org-mbo-raad', label: 'Organisation', names: ['mbo-raad'] },
  { id: 'org-rijk', label: 'Organisation', names: ['Rijk'] },
  { id: 'org-universiteit-twente', label: 'Organisation', names: ['Universiteit Twente', 'UT'] },
  { id: 'prog-jet-net', label: 'Programme', names: ['Jet-Net'] },
  { id: 'prog-toptechniek-in-bedrijf', label: 'Programme', names: ['Toptechniek in Bedrijf'] },
  { id: 'prog-leerlijn-went', label: 'Programme', names: ['leerlijn Wetenschap en Technologie'] },
  { id: 'sector-vo', label: 'Organisation', names: ['voortgezet onderwijs'] },
  { id: 'region-twente', label: 'Region', names: ['Twente'] },
];

const relationships = (facts: readonly ProposedFact[]) =>
  facts.flatMap((f) =>
    f.edits.filter(
      (e): e is Extract<ProposedEdit, { op: 'addRelationship' }> => e.op === 'addRelationship',
    ),
  );
const involvement = (facts: readonly ProposedFact[], type: string, from: string, to: string) =>
  facts.find(
    (f) =>
      f.kind === 'INVOLVEMENT' &&
      relationships([f]).some((e) => e.type === type && e.from === from && e.to === to),
  );

describe('involvements', () => {
  it('reads the subject of a role verb and the action the sentence names', () => {
    const text = 'Actie 1: SLO ontwikkelt de leerlijn Wetenschap en Technologie.';
    const facts = proposeFacts(text, KNOWN);
    const leads = involvement(facts, 'LEADS', 'org-slo', 'action-01');
    expect(leads?.summary).toBe('SLO LEADS actie 1 (ontwikkelt)');
    expect(leads?.edits).toEqual([
      {
        op: 'addRelationship',
        type: 'LEADS',
        from: 'org-slo',
        to: 'action-01',
        role: 'ontwikkelt',
      },
    ]);
    expect(leads?.confidence).toBe(0.9);
    expect(leads?.subject).toBe('action-01');
    // The programme SLO develops carries the action out: read from its place as the verb's
    // object, so less surely than the subject's role.
    const implementsIt = involvement(facts, 'IMPLEMENTS', 'prog-leerlijn-went', 'action-01');
    expect(implementsIt?.confidence).toBeLessThan(leads!.confidence);
    expect(facts.find((f) => f.key === 'MENTION:prog-leerlijn-went->action-01')).toBeUndefined();
  });

  it('reads a programme that is put to use or comes into force as implementing the action', () => {
    const text =
      '4.\tDe leerlijn Wetenschap en Technologie wordt in 2015 ingevoerd.\n' +
      '5.\tEr komt een Jet-Net voor het voortgezet onderwijs.\n' +
      '12.\tOp 1 mei is Toptechniek in Bedrijf in werking getreden.\n' +
      '16.\tDe leerlijn Wetenschap en Technologie wordt gepresenteerd; OCW wordt ingelicht.\n';
    const facts = proposeFacts(text, KNOWN);
    expect(involvement(facts, 'IMPLEMENTS', 'prog-leerlijn-went', 'action-04')).toBeDefined();
    expect(involvement(facts, 'IMPLEMENTS', 'prog-jet-net', 'action-05')).toBeDefined();
    expect(
      involvement(facts, 'IMPLEMENTS', 'prog-toptechniek-in-bedrijf', 'action-12'),
    ).toBeDefined();
    // Only programmes, and only verbs of making or putting to use.
    expect(
      relationships(facts)
        .filter((e) => e.to === 'action-16')
        .map((e) => e.type),
    ).toEqual(['MENTIONED_IN', 'MENTIONED_IN']);
    expect(
      relationships(facts).some((e) => e.from === 'sector-vo' && e.type === 'IMPLEMENTS'),
    ).toBe(false);
  });

  it('reads a verb split by a comma, an inverted "een aantal X", and partners of a venture', () => {
    const known: readonly KnownNode[] = [
      ...KNOWN,
      { id: 'inst-hogescholen', label: 'Organisation', names: ['hogescholen'] },
      { id: 'inst-mbo-instellingen', label: 'Organisation', names: ['mbo-instellingen'] },
    ];
    const text =
      '4.\tDe hogescholen hebben, conform afspraken, verzoeken ingediend.\n' +
      '5.\tBegin 2014 is een aantal hogescholen gestart met de minor.\n' +
      '12.\tHet zijn samenwerkingsverbanden van SBB, SLO en Jet-Net.\n' +
      '16.\tEr is gestart met een pilot van 7 mbo-instellingen.\n';
    const facts = proposeFacts(text, known);
    expect(involvement(facts, 'LEADS', 'inst-hogescholen', 'action-04')).toBeDefined();
    expect(involvement(facts, 'LEADS', 'inst-hogescholen', 'action-05')).toBeDefined();
    for (const id of ['org-sbb', 'org-slo', 'prog-jet-net']) {
      expect(involvement(facts, 'CONTRIBUTES_TO', id, 'action-12')).toBeDefined();
    }
    expect(
      involvement(facts, 'CONTRIBUTES_TO', 'inst-mbo-instellingen', 'action-16'),
    ).toBeDefined();
  });

  it('reads "via" before a quoted name or a web address', () => {
    const known: readonly KnownNode[] = [
      ...KNOWN,
      { id: 'prog-mbb', label: 'Programme', names: ["Meer en betere bèta's"] },
      { id: 'prog-tonl', label: 'Programme', names: ['techniekonderwijs.nl'] },
    ];
    const text =
      '4.\tVia het lopende programma "Meer en betere bèta\'s" krijgen scholen aandacht.\n' +
      '5.\tHet loket is gereed via www.techniekonderwijs.nl.\n';
    const facts = proposeFacts(text, known);
    expect(involvement(facts, 'IMPLEMENTS', 'prog-mbb', 'action-04')).toBeDefined();
    expect(involvement(facts, 'IMPLEMENTS', 'prog-tonl', 'action-05')).toBeDefined();
  });

  it('gives "in opdracht van" to the commissioner and the inverted subject the lead', () => {
    const text =
      'Maatregel 16: In opdracht van het ministerie van OCW neemt de mbo-raad het initiatief voor een nieuwe studiebijsluiter.';
    const facts = proposeFacts(text, KNOWN);
    expect(involvement(facts, 'COMMISSIONS', 'org-ocw', 'action-16')?.edits[0]).toMatchObject({
      role: 'In opdracht van',
    });
    expect(involvement(facts, 'LEADS', 'org-mbo-raad', 'action-16')?.edits[0]).toMatchObject({
      role: 'neemt … het initiatief',
    });
    expect(involvement(facts, 'LEADS', 'org-ocw', 'action-16')).toBeUndefined();
    expect(involvement(facts, 'COMMISSIONS', 'org-mbo-raad', 'action-16')).toBeUndefined();
  });

  it('reads the invented edition: leads, contributors and funders with their amounts', () => {
    const facts = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    expect(involvement(facts, 'LEADS', 'org-slo', 'action-01')).toBeDefined();
    expect(involvement(facts, 'LEADS', 'org-pbt', 'action-04')).toBeDefined();
    expect(
      involvement(facts, 'CONTRIBUTES_TO', 'prog-jet-net', 'action-04')?.edits[0],
    ).toMatchObject({
      role: 'samen met',
    });
    expect(involvement(facts, 'LEADS', 'org-sbb', 'action-12')?.edits[0]).toMatchObject({
      role: 'is verantwoordelijk voor',
    });
    expect(involvement(facts, 'FUNDS', 'org-ocw', 'action-16')?.edits).toEqual([
      {
        op: 'addRelationship',
        type: 'FUNDS',
        from: 'org-ocw',
        to: 'action-16',
        role: 'stelt … beschikbaar',
        amount: 2_500_000,
        unit: 'euro',
        period: '2015-2016',
      },
    ]);
    // The PO-raad receives the leerlijn: named, not its lead.
    expect(involvement(facts, 'LEADS', 'org-po-raad', 'action-01')).toBeUndefined();
    expect(facts.some((f) => f.key === 'MENTION:org-po-raad->action-01')).toBe(true);
  });

  it('gives a role to coordinated subjects, not to an object that merely follows', () => {
    const listed = proposeFacts('Actie 4: SLO, PBT en Jet-Net ontwikkelen een aanpak.', KNOWN);
    for (const id of ['org-slo', 'org-pbt', 'prog-jet-net']) {
      expect(involvement(listed, 'LEADS', id, 'action-04')).toBeDefined();
    }
    const advised = proposeFacts(
      'Actie 16: Op 25 maart heeft de SBB de minister van OCW geadviseerd.',
      [...KNOWN, { id: 'org-ocw', label: 'Organisation', names: ['minister van OCW'] }],
    );
    expect(involvement(advised, 'LEADS', 'org-sbb', 'action-16')).toBeDefined();
    expect(involvement(advised, 'LEADS', 'org-ocw', 'action-16')).toBeUndefined();
  });

  it('turns a role the labels forbid into CONTRIBUTES_TO, at a lower confidence', () => {
    // LEADS cannot start at a Region (src/graph/contract.ts).
    const facts = proposeFacts('Actie 4: Twente ontwikkelt een regionale aanpak.', KNOWN);
    expect(involvement(facts, 'LEADS', 'region-twente', 'action-04')).toBeUndefined();
    const contributes = involvement(facts, 'CONTRIBUTES_TO', 'region-twente', 'action-04');
    expect(contributes?.confidence).toBeLessThan(0.9);
  });

  it('finds the action of a table row and of its part letter, and skips cross-references', () => {
    const text =
      '12.\t<p>a. Er komt een fonds.</p>\t<p>a. SBB ontwikkelt een meldpunt (zie actie 16).</p>\n' +
      '16.\tOCW financiert de acties 4 en 5.\n';
    const facts = proposeFacts(text, KNOWN);
    expect(involvement(facts, 'LEADS', 'org-sbb', 'action-12a')).toBeDefined();
    expect(involvement(facts, 'LEADS', 'org-sbb', 'action-16')).toBeUndefined();
    expect(involvement(facts, 'FUNDS', 'org-ocw', 'action-04')).toBeDefined();
    expect(involvement(facts, 'FUNDS', 'org-ocw', 'action-05')).toBeDefined();
    expect(involvement(facts, 'FUNDS', 'org-ocw', 'action-16')).toBeUndefined();
  });
});

describe('unlettered text of a row with parts', () => {
  const part = (code: string): KnownNode => ({
    id: `action-${code}`,
    label: 'ActionPart',
    names: [`Actie ${code}`],
    code,
  });
  const known: readonly KnownNode[] = [
    ...KNOWN,
    action(21),
    part('21a'),
    part('21b'),
    { id: 'org-uwv', label: 'Organisation', names: ['UWV'] },
    { id: 'region-drenthe', label: 'Region', names: ['Drenthe'] },
  ];
  const targetsOf = (facts: readonly ProposedFact[], from: string) =>
    relationships(facts)
      .filter((e) => e.from === from)
      .map((e) => e.to)
      .sort();
  const row =
    '21.\t<p>a. Opstellen regeling voor cofinanciering.</p> <p>b. Sociale partners richten ' +
    'regionale servicepunten op.</p>\t';

  it('gives a sentence to the part its words name, and the rest of its block with it', () => {
    const text =
      row +
      '› De regionale servicepunten zijn samenwerkingsverbanden waarin UWV meedoet. ' +
      'Recentelijk gestart is Drenthe. › Het ministerie van OCW is tevreden.\n';
    const facts = proposeFacts(text, known);
    expect(targetsOf(facts, 'org-uwv')).toEqual(['action-21b']);
    // Names nothing itself, continues the sentence before it in the same bullet.
    expect(targetsOf(facts, 'region-drenthe')).toEqual(['action-21b']);
    // Another bullet that names no part: the action's.
    expect(targetsOf(facts, 'org-ocw')).toEqual(['action-21']);
  });

  it('takes the part from the next sentence of the block when the first names none', () => {
    const text =
      row + '<p>Drenthe heeft een plan. Daar zijn regionale servicepunten opgericht.</p>\n';
    expect(targetsOf(proposeFacts(text, known), 'region-drenthe')).toEqual(['action-21b']);
  });

  it('proposes a role on an inferred part as surely as on the action, less than on a letter', () => {
    const text = row + '› UWV ontwikkelt de regionale servicepunten.\n';
    const facts = proposeFacts(text, known);
    expect(involvement(facts, 'LEADS', 'org-uwv', 'action-21b')?.confidence).toBe(0.8);
    const lettered = row + '<p>b. UWV ontwikkelt de regionale servicepunten.</p>\n';
    const letteredFacts = proposeFacts(lettered, known);
    expect(involvement(letteredFacts, 'LEADS', 'org-uwv', 'action-21b')?.confidence).toBe(0.85);
  });

  it('keeps a subheaded section ("Nieuw: ...") with the action where the progress is lettered', () => {
    const text =
      row +
      '<p>a. De regeling voor cofinanciering is gepubliceerd.</p> ' +
      '<p>b. Er zijn regionale servicepunten.</p> ' +
      '<p>Nieuw: UWV opent regionale servicepunten in Drenthe.</p>\n';
    const facts = proposeFacts(text, known);
    expect(targetsOf(facts, 'org-uwv')).toEqual(['action-21']);
    expect(targetsOf(facts, 'region-drenthe')).toEqual(['action-21']);
  });

  it('reads a slipped letter: progress "a." that shares nothing with a. but names b.', () => {
    const text =
      row +
      '<p>a. UWV heeft de eerste regionale servicepunten geopend.</p> ' +
      '<p>b. Drenthe werkt aan servicepunten en een regeling voor cofinanciering.</p>\n';
    const facts = proposeFacts(text, known);
    expect(targetsOf(facts, 'org-uwv')).toEqual(['action-21b']);
    // Shares "servicepunten" with its own letter's commitment: kept as lettered.
    expect(targetsOf(facts, 'region-drenthe')).toEqual(['action-21b']);
    const kept = row + '<p>a. UWV opent regionale servicepunten met een regeling.</p>\n';
    expect(targetsOf(proposeFacts(kept, known), 'org-uwv')).toEqual(['action-21a']);
  });

  it('reads a row laid out in lines as a row in cells', () => {
    const text = [
      '21.',
      '',
      'a. Opstellen regeling voor cofinanciering.',
      '',
      'b. Sociale partners richten regionale servicepunten op.',
      '',
      'Aanvullend:',
      '',
      'Er zijn nu drie regionale servicepunten, met UWV als partner.',
      '',
      'Drenthe doet mee.',
      '',
    ].join('\n');
    const facts = proposeFacts(text, known);
    // The subheading ends b.'s passage; the words of the line after it name b. again.
    expect(targetsOf(facts, 'org-uwv')).toEqual(['action-21b']);
    // A line of its own that names no part: the action's.
    expect(targetsOf(facts, 'region-drenthe')).toEqual(['action-21']);
  });

  it('stays with the action when the words name no part, or every part alike', () => {
    const text =
      row + '› UWV werkt aan regionale servicepunten en de regeling voor cofinanciering.\n';
    expect(targetsOf(proposeFacts(text, known), 'org-uwv')).toEqual(['action-21']);
  });
});

describe('dates and milestones', () => {
  it.each([
    ['in januari 2015', { date: '2015-01' }],
    ['1 september 2015', { date: '2015-09-01' }],
    ['in de zomer van 2013', { date: '2013' }],
    ['schooljaar 2015/16', { date: '2015', endDate: '2016' }],
    ['eind 2014', { date: '2014' }],
    ['2015-2016', { date: '2015', endDate: '2016' }],
    ['per 1 augustus 2014', { date: '2014-08-01' }],
    ['van 12 mei 2014 tot en met 8 juni 2014', { date: '2014-05-12', endDate: '2014-06-08' }],
  ])('reads "%s"', (written, expected) => {
    const [found, ...more] = findDutchDates(`Dit gebeurt ${written} zo.`);
    expect(more).toEqual([]);
    expect(found).toMatchObject({ text: written, ...expected });
    if (!('endDate' in expected)) expect(found?.endDate).toBeUndefined();
  });

  it('completes a day without a year from the edition date, and only then', () => {
    expect(findDutchDates('Op 25 maart heeft de SBB geadviseerd.', '2014-05')[0]?.date).toBe(
      '2014-03-25',
    );
    expect(findDutchDates('Op 4 oktober jl. is gepresenteerd.', '2014-05')[0]?.date).toBe(
      '2013-10-04',
    );
    expect(findDutchDates('Op 25 maart heeft de SBB geadviseerd.')).toEqual([]);
  });

  it('proposes a milestone node and HAS_MILESTONE from the action, in the seeds id style', () => {
    const facts = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    const milestone = facts.find(
      (f) => f.kind === 'MILESTONE' && f.selector.exact.includes('in januari 2015'),
    );
    const [node, rel] = milestone!.edits;
    expect(node).toMatchObject({
      op: 'addNode',
      label: 'Milestone',
      properties: { date: '2015-01', dateText: 'in januari 2015' },
    });
    expect(node?.op === 'addNode' && node.id).toMatch(/^ms-01-2015-01-[0-9a-f]{6}$/);
    expect(rel).toEqual({
      op: 'addRelationship',
      type: 'HAS_MILESTONE',
      from: 'action-01',
      to: node?.op === 'addNode' ? node.id : '',
    });
  });

  it('takes no year inside a name for a milestone', () => {
    const known = [
      ...KNOWN,
      { id: 'prog-agenda', label: 'Programme', names: ['Agenda 2014-2018'] } as const,
    ];
    const facts = proposeFacts('Actie 4: De Agenda 2014-2018 is vastgesteld.', known);
    expect(facts.filter((f) => f.kind === 'MILESTONE')).toEqual([]);
  });
});

describe('amounts', () => {
  it('reads Dutch numbers: "." groups thousands, "," is the decimal sign', () => {
    const amounts = findAmounts(
      'Er is € 2,5 miljoen, 25 mln. per jaar, 1.250 stageplaatsen, 27% en 30 procent.',
    );
    expect(amounts.map(({ value, unit }) => [value, unit])).toEqual([
      [2_500_000, 'euro per jaar'],
      [25_000_000, 'euro per jaar'],
      [1250, 'stageplaatsen'],
      [27, '%'],
      [30, '%'],
    ]);
  });

  it('proposes a Measurement with HAS_MEASUREMENT for each amount of the invented edition', () => {
    const facts = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    const measurement = (value: number) =>
      facts.find(
        (f) =>
          f.kind === 'AMOUNT' &&
          f.edits.some((e) => e.op === 'addNode' && e.properties.value === value),
      );
    expect(measurement(2_500_000)?.edits[0]).toMatchObject({
      label: 'Measurement',
      properties: { value: 2_500_000, unit: 'euro', period: '2015-2016' },
    });
    expect(measurement(1250)?.edits[0]).toMatchObject({
      properties: { value: 1250, unit: 'stageplaatsen', period: '2015' },
    });
    expect(measurement(1250)?.edits[1]).toMatchObject({
      type: 'HAS_MEASUREMENT',
      from: 'action-12',
    });
    expect(measurement(27)?.edits[0]).toMatchObject({ properties: { value: 27, unit: '%' } });
    expect(measurement(27)?.edits[1]).toMatchObject({ from: 'action-19' });
    const id = measurement(1250)?.edits[0];
    expect(id?.op === 'addNode' && id.id).toMatch(/^measure-12-stageplaatsen-[0-9a-f]{6}$/);
  });

  it('counts a known name as what a number counts, but not a number inside a name', () => {
    const known = [
      ...KNOWN,
      { id: 'prog-routes', label: 'Programme', names: ['technologieroutes'] } as const,
      { id: 'prog-agenda-2020', label: 'Programme', names: ['Agenda 2020'] } as const,
    ];
    const facts = proposeFacts(
      'Actie 4: DUO ontving 19 technologieroutes voor de Agenda 2020 beurzen.',
      known,
    );
    const values = facts.flatMap((f) =>
      f.kind === 'AMOUNT'
        ? f.edits.flatMap((e) => (e.op === 'addNode' ? [e.properties.value] : []))
        : [],
    );
    expect(values).toEqual([19]);
  });

  it('does not count years, list numbers or action numbers', () => {
    const amounts = findAmounts(
      'In 2014 worden 3 doelen gesteld, zie actie 12 en artikel 16. 1) alles',
    );
    expect(amounts.map((a) => a.value)).toEqual([3]);
  });
});

describe('statuses', () => {
  const statusOf = (facts: readonly ProposedFact[], actionId: string) =>
    facts
      .filter((f) => f.kind === 'STATUS' && f.subject === actionId)
      .map((f) => f.edits[0]?.op === 'addNode' && f.edits[0].properties.status);

  it('reads done, on schedule and delayed, dated by the edition', () => {
    const facts = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    expect(statusOf(facts, 'action-01')).toEqual(['done']);
    expect(statusOf(facts, 'action-04')).toEqual(['on-schedule']);
    expect(statusOf(facts, 'action-12')).toEqual(['delayed']);
    expect(statusOf(facts, 'action-19')).toEqual(['on-schedule']);
    const delayed = facts.find((f) => f.kind === 'STATUS' && f.subject === 'action-12');
    expect(delayed?.edits).toEqual([
      {
        op: 'addNode',
        id: 'status-12-2015-06-delayed',
        label: 'Status',
        name: 'Status actie 12 2015-06',
        properties: { status: 'delayed', date: '2015-06', basis: 'stated' },
      },
      {
        op: 'addRelationship',
        type: 'HAS_STATUS',
        from: 'action-12',
        to: 'status-12-2015-06-delayed',
      },
    ]);
  });

  it('does not read a negated status, nor one of something else in the row as the action’s', () => {
    expect(
      statusOf(proposeFacts('Actie 4: De actie is nog niet afgerond.', KNOWN), 'action-04'),
    ).toEqual([]);
    const other = proposeFacts('4.\tHet raamwerk is eind 2013 afgerond.\n', KNOWN);
    expect(statusOf(other, 'action-04')).toEqual([]);
    expect(
      statusOf(
        proposeFacts('4.\tHet raamwerk is eind 2013 afgerond.\n', KNOWN, { minConfidence: 0 }),
        'action-04',
      ),
    ).toEqual(['done']);
  });
});

describe('new entities', () => {
  it('proposes "Stichting Techniektalent Nederland (STN)" as a foundation with its alias and role', () => {
    const facts = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    const stn = facts.find((f) => f.kind === 'NEW_ENTITY' && f.selector.exact.includes('STN'));
    expect(stn?.key).toBe('NEW_ENTITY:org-stichting-techniektalent-nederland');
    expect(stn?.edits).toEqual([
      {
        op: 'addNode',
        id: 'org-stichting-techniektalent-nederland',
        label: 'Organisation',
        name: 'Stichting Techniektalent Nederland',
        aliases: ['STN'],
        properties: { kind: 'foundation' },
      },
      {
        op: 'addRelationship',
        type: 'CONTRIBUTES_TO',
        from: 'org-stichting-techniektalent-nederland',
        to: 'prog-toptechniek-in-bedrijf',
        role: 'werkt … mee',
      },
    ]);
    expect(stn!.confidence).toBeLessThan(0.9);
    // Known names with their abbreviation, and capitals for emphasis, are not new.
    const news = facts.filter((f) => f.kind === 'NEW_ENTITY').map((f) => f.key);
    expect(news).toEqual(['NEW_ENTITY:org-stichting-techniektalent-nederland']);
    // A candidate whose id a known node already has is no new node.
    const knownId = [
      ...KNOWN,
      {
        id: 'org-stichting-techniektalent-nederland',
        label: 'Organisation',
        names: ['STN-stichting'],
      } as const,
    ];
    const again = proposeFacts(EDITION, knownId, { sourceDate: '2015-06' });
    expect(again.filter((f) => f.kind === 'NEW_ENTITY')).toEqual([]);
  });
});

describe('mentions', () => {
  const matcher = buildEntityMatcher(KNOWN);

  it('folds accents and case both ways, and reports the original offsets', () => {
    const text = 'Het platform beta techniek en het Platform Be\u0301ta Techniek.';
    const mentions = findEntityMentions(matcher, text);
    expect(mentions.map((m) => [m.nodeId, m.text])).toEqual([
      ['org-pbt', 'platform beta techniek'],
      ['org-pbt', 'Platform Be\u0301ta Techniek'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const known = [
      { id: 'org-x', label: 'Organisation', names: ['Platform Beta Techniek'] } as const,
    ];
    expect(
      findEntityMentions(buildEntityMatcher(known), 'het Platform Bèta Techniek')[0]?.text,
    ).toBe('Platform Bèta Techniek');
  });

  it('matches on word boundaries, short capitalised names only as written', () => {
    const text = 'De uitvoering door UT-studenten, ut, SLOT en rijk: het Rijk en SLO.';
    const mentions = findEntityMentions(matcher, text);
    expect(mentions.map((m) => [m.nodeId, m.text])).toEqual([
      ['org-universiteit-twente', 'UT'],
      ['org-rijk', 'Rijk'],
      ['org-slo', 'SLO'],
    ]);
  });

  it('finds names beside and among characters outside ASCII, with terms in and outside ASCII', () => {
    const text = 'Zie mбораad en SLO, maar niet SLOб; het Łódź Instituut.';
    expect(findEntityMentions(matcher, text).map((m) => m.text)).toEqual(['SLO']);
    const known = [
      ...KNOWN,
      { id: 'org-lodz', label: 'Organisation', names: ['Łódź Instituut'] } as const,
    ];
    expect(findEntityMentions(buildEntityMatcher(known), text).map((m) => m.text)).toEqual([
      'SLO',
      'Łódź Instituut',
    ]);
  });

  it('lets the longest match win, keeping names inside it only as nested', () => {
    const known = [
      ...KNOWN,
      { id: 'prog-pbt-agenda', label: 'Programme', names: ['agenda van het PBT'] } as const,
    ];
    const mentions = findEntityMentions(buildEntityMatcher(known), 'De agenda van het PBT is er.');
    expect(mentions.map((m) => [m.nodeId, m.nested])).toEqual([
      ['prog-pbt-agenda', false],
      ['org-pbt', true],
    ]);
  });

  it('completes a name whose last words a coordination elides ("primair en voortgezet onderwijs")', () => {
    const known = [
      ...KNOWN,
      { id: 'sector-po', label: 'Organisation', names: ['primair onderwijs'] } as const,
    ];
    const text = 'Er is steun voor het primair en voortgezet onderwijs, en voor het onderwijs.';
    const mentions = findEntityMentions(buildEntityMatcher(known), text);
    expect(mentions.map((m) => [m.nodeId, m.text])).toEqual([
      ['sector-po', 'primair'],
      ['sector-vo', 'voortgezet onderwijs'],
    ]);
    // Only a known term: "hoger en voortgezet onderwijs" names no "hoger onderwijs" here.
    const other = findEntityMentions(
      buildEntityMatcher(known),
      'Het hoger en voortgezet onderwijs.',
    );
    expect(other.map((m) => m.nodeId)).toEqual(['sector-vo']);
  });

  it('reads the members of a plural by what tells them apart ("Servicepunten Techniek: Drenthe")', () => {
    const known = [
      ...KNOWN,
      { id: 'prog-sp', label: 'Programme', names: ['Servicepunten Techniek'] } as const,
      { id: 'prog-sp-twente', label: 'Programme', names: ['Servicepunt Techniek Twente'] } as const,
      { id: 'region-drenthe', label: 'Region', names: ['Drenthe'] } as const,
      { id: 'region-utrecht', label: 'Region', names: ['Utrecht'] } as const,
      { id: 'region-flevoland', label: 'Region', names: ['Flevoland'] } as const,
      {
        id: 'prog-sp-uf',
        label: 'Programme',
        names: ['Servicepunt Techniek Utrecht-Flevoland'],
      } as const,
    ];
    const matcher = buildEntityMatcher(known);
    const ids = (text: string) => findEntityMentions(matcher, text).map((m) => m.nodeId);
    expect(
      ids('Er zijn twee Servicepunten Techniek actief: Twente. Ook Utrecht-Flevoland.'),
    ).toEqual([
      'prog-sp',
      'prog-sp-twente',
      'region-twente',
      'prog-sp-uf',
      'region-utrecht',
      'region-flevoland',
    ]);
    // Not without the plural head earlier in the same block.
    expect(ids('Het Servicepunt Techniek is actief.\nTwente doet mee.')).toEqual(['region-twente']);
  });

  it('proposes a name inside a longer one as surely as its own when the longer one is for it', () => {
    const known = [
      ...KNOWN,
      action(7),
      {
        id: 'prog-gids',
        label: 'Programme',
        names: ['gids voor het voortgezet onderwijs'],
      } as const,
      { id: 'prog-pbt-agenda', label: 'Programme', names: ['agenda van het PBT'] } as const,
      { id: 'prog-brief', label: 'Programme', names: ['brief aan de SBB'] } as const,
    ];
    const text =
      '7.\tDe gids voor het voortgezet onderwijs, de agenda van het PBT en de brief aan de SBB.\n';
    const facts = proposeFacts(text, known, { minConfidence: 0 });
    const confidenceOf = (key: string) => facts.find((f) => f.key === key)?.confidence;
    expect(confidenceOf('MENTION:sector-vo->action-07')).toBe(0.6);
    expect(confidenceOf('MENTION:org-sbb->action-07')).toBe(0.6);
    expect(confidenceOf('MENTION:org-pbt->action-07')).toBe(0.5);
  });
});

describe('proposals as a whole', () => {
  it('has stable keys: the same on every run and whatever the threshold', () => {
    const first = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    const second = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06' });
    expect(second).toEqual(first);
    const keys = first.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const strict = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06', minConfidence: 0.8 });
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.length).toBeLessThan(first.length);
    const keySet = new Set(keys);
    for (const f of strict) expect(keySet.has(f.key)).toBe(true);
    expect(first.every((f) => f.confidence >= DEFAULT_MIN_CONFIDENCE)).toBe(true);
    const all = proposeFacts(EDITION, KNOWN, { sourceDate: '2015-06', minConfidence: 0 });
    for (const f of all) expect(f.key).not.toMatch(/0\.\d/);
  });

  it.each([
    ['the invented edition', EDITION],
    ['the 2014 report', SOURCE_TEXT],
  ])(
    'quotes %s exactly: exact, prefix and suffix are the text around start..end',
    (_name, text) => {
      const facts = proposeFacts(text, KNOWN, { minConfidence: 0, sourceDate: '2014-05' });
      expect(facts.length).toBeGreaterThan(5);
      for (const { selector } of facts) {
        expect(selector.exact).toBe(text.slice(selector.start, selector.end));
        expect(selector.prefix).toBe(
          text.slice(Math.max(0, selector.start - SELECTOR_CONTEXT), selector.start),
        );
        expect(selector.suffix).toBe(text.slice(selector.end, selector.end + SELECTOR_CONTEXT));
        expect(selector.exact).toBe(selector.exact.trim());
        expect(selector.exact).not.toMatch(/^[›•<]/);
      }
    },
  );

  it('sorts by the quote’s place, then by kind', () => {
    const facts = proposeFacts(EDITION, KNOWN, { minConfidence: 0, sourceDate: '2015-06' });
    const order = ['INVOLVEMENT', 'MENTION', 'MILESTONE', 'AMOUNT', 'STATUS', 'NEW_ENTITY'];
    for (let i = 1; i < facts.length; i++) {
      const [a, b] = [facts[i - 1]!, facts[i]!];
      expect(
        a.selector.start < b.selector.start ||
          (a.selector.start === b.selector.start && order.indexOf(a.kind) <= order.indexOf(b.kind)),
      ).toBe(true);
    }
  });

  it('refuses astral characters, whose offsets would not be code points', () => {
    expect(() => proposeFacts('Actie 1: SLO 😀 ontwikkelt.', KNOWN)).toThrow(RangeError);
  });
});
