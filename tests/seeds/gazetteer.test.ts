import { describe, expect, it } from 'vitest';
import { buildGazetteer, findMentions, type GazetteerNode } from '../../src/seeds/gazetteer.ts';

function node(id: string, label: string, name: string, aliases: string[] = []): GazetteerNode {
  return { id, label, properties: { id, name, aliases, quote: name } };
}

const gazetteer = buildGazetteer([
  node('org-slo', 'Organisation', 'Stichting Leerplanontwikkeling', ['SLO']),
  node('org-ut', 'Organisation', 'Universiteit Twente', ['UT']),
  node('org-pbt', 'Organisation', 'Platform Bèta Techniek', ['PBT', 'Platform bèta techniek']),
  node('prog-techniek', 'Programme', 'Techniek'),
  node('topsector-htsm', 'Topsector', 'High Tech Systems & Materials', ['HTSM']),
  node('region-oost', 'Region', 'Landsdeel Oost', ['Oost', 'Oost-Nederland']),
  node('org-x', 'Organisation', 'Xylofoon', ['X']),
  node('action-01', 'Action', 'Actie 1 SLO'),
]);

const ids = (text: string): string[] => findMentions(gazetteer, text).map((m) => m.nodeId);

describe('findMentions', () => {
  it('matches on word boundaries: "UT" is found as a word, not inside "uitvoering"', () => {
    expect(ids('De uitvoering ligt bij het instituut in Utrecht')).toEqual([]);
    expect(ids('sloten, Oostenrijk en slotbijeenkomst')).toEqual([]);
    expect(ids('Saxion- en UT-studenten')).toEqual(['org-ut']);
  });

  it('finds an abbreviation in parentheses and reports where it stands', () => {
    const text = 'neergelegd bij Stichting Leerplanontwikkeling (SLO).';
    expect(findMentions(gazetteer, text)).toEqual([
      {
        nodeId: 'org-slo',
        term: 'Stichting Leerplanontwikkeling',
        index: 15,
        text: 'Stichting Leerplanontwikkeling',
      },
      { nodeId: 'org-slo', term: 'SLO', index: text.indexOf('SLO'), text: 'SLO' },
    ]);
  });

  it('ignores accents in the text and in the term', () => {
    expect(ids('het Platform Beta Techniek organiseert')).toEqual(['org-pbt']);
    const accented = buildGazetteer([node('org-a', 'Organisation', 'Oriëntatie Centrum')]);
    expect(findMentions(accented, 'het Orientatie Centrum').map((m) => m.nodeId)).toEqual([
      'org-a',
    ]);
  });

  it('ignores case', () => {
    expect(ids('PLATFORM BÈTA TECHNIEK en slo en Slo')).toEqual(['org-pbt', 'org-slo', 'org-slo']);
  });

  it('lets the longest term win where terms overlap, and still finds the short term alone', () => {
    const mentions = findMentions(
      gazetteer,
      'het Platform Bèta Techniek en Techniek in Oost-Nederland',
    );
    expect(mentions.map((m) => [m.nodeId, m.text])).toEqual([
      ['org-pbt', 'Platform Bèta Techniek'],
      ['prog-techniek', 'Techniek'],
      ['region-oost', 'Oost-Nederland'],
    ]);
  });

  it('treats punctuation inside a term as a word break ("High Tech Systems & Materials")', () => {
    expect(ids('de topsector High Tech Systems & Materials (HTSM)')).toEqual([
      'topsector-htsm',
      'topsector-htsm',
    ]);
    expect(ids('de topsector High Tech Systems Materials')).toEqual(['topsector-htsm']);
  });

  it('reports indexes into the original text after accents, symbols and astral characters', () => {
    const text = 'Bèta’s 🚀 € 100 mln. – via de SLO';
    const [mention] = findMentions(gazetteer, text);
    expect(mention).toMatchObject({ nodeId: 'org-slo', index: text.indexOf('SLO'), text: 'SLO' });
  });

  it('finds every occurrence', () => {
    expect(findMentions(gazetteer, 'SLO, SLO en SLO').map((m) => m.index)).toEqual([0, 5, 12]);
  });

  it('only knows organisations, programmes, topsectors and regions', () => {
    expect(ids('Actie 1 SLO')).toEqual(['org-slo']);
  });

  it('skips terms shorter than two characters', () => {
    expect(gazetteer.terms.some((t) => t.term === 'X')).toBe(false);
    expect(ids('punt X van de lijst')).toEqual([]);
  });

  it('keeps one term for a name and an alias that differ only in case or accents', () => {
    expect(gazetteer.terms.filter((t) => t.nodeId === 'org-pbt').map((t) => t.term)).toEqual([
      'Platform Bèta Techniek',
      'PBT',
    ]);
  });

  it('reports a term two nodes share as a mention of each', () => {
    const shared = buildGazetteer([
      node('org-a', 'Organisation', 'Werkgroep Noord', ['werkgroep']),
      node('org-b', 'Organisation', 'Werkgroep Zuid', ['werkgroep']),
    ]);
    expect(findMentions(shared, 'de werkgroep').map((m) => m.nodeId)).toEqual(['org-a', 'org-b']);
  });
});
