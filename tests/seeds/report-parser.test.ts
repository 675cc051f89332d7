import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blankMarkup,
  findUrls,
  parseReport,
  ReportParseError,
  subItemLetters,
  type ParsedAction,
  type ParsedReport,
} from '../../src/seeds/report-parser.ts';

const SOURCE = readFileSync(
  join(import.meta.dirname, '../../seeds/source/techniekpact-bijlage-1-2014.txt'),
  'utf8',
);
const report: ParsedReport = parseReport(SOURCE);
const lines = SOURCE.split('\n');

function action(number: number): ParsedAction {
  const found = report.actions.find((a) => a.number === number);
  if (!found) throw new Error(`no action ${number}`);
  return found;
}

/** The source with line `lineNumber` (1-based) replaced by `replacement` lines. */
function withLine(lineNumber: number, ...replacement: string[]): string {
  return [...lines.slice(0, lineNumber - 1), ...replacement, ...lines.slice(lineNumber)].join('\n');
}

describe('parseReport on the source report', () => {
  it('finds the three pillar headings in order, with their lines', () => {
    expect(report.pillars).toEqual([
      { number: 1, name: 'Kiezen voor Techniek', line: 12 },
      { number: 2, name: 'Leren in de techniek', line: 130 },
      { number: 3, name: 'Werken in de techniek', line: 170 },
    ]);
  });

  it('finds the 22 actions numbered 1 to 22 in order', () => {
    expect(report.actions.map((a) => a.number)).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
  });

  it('puts actions 1-11 under Kiezen, 12-20 under Leren and 21-22 under Werken', () => {
    const byPillar = (pillar: number): number[] =>
      report.actions.filter((a) => a.pillar === pillar).map((a) => a.number);
    expect(byPillar(1)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(byPillar(2)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(byPillar(3)).toEqual([21, 22]);
  });

  it('gives each row its lines, from its number to its last non-blank line', () => {
    expect(action(1)).toMatchObject({ startLine: 13, endLine: 13 });
    expect(action(3)).toMatchObject({ startLine: 16, endLine: 32 });
    expect(action(4)).toMatchObject({ startLine: 34, endLine: 53 });
    expect(action(22)).toMatchObject({ startLine: 172, endLine: 172 });
    expect(action(3).text).toBe(lines.slice(15, 32).join('\n'));
  });

  it('gives the sub-item letters the commitment and status use', () => {
    expect(action(1).letters).toEqual(['a', 'b', 'c']);
    expect(action(5).letters).toEqual(['a', 'b', 'c', 'd']);
    expect(action(10).letters).toEqual(['a', 'b', 'c', 'd']);
    expect(action(17).letters).toEqual(['a', 'b', 'c', 'd']);
    expect(action(2).letters).toEqual([]);
  });

  it('gives the URLs of each row as written', () => {
    expect(action(1).urls).toEqual(['www.slo.nl/primair/themes/wt', 'www.rijksoverheid.nl']);
    expect(action(9).urls).toEqual([]);
  });

  it('keeps the URL with Cyrillic look-alike letters of action 11 as written', () => {
    expect(action(11).urls).toEqual(['www.m\u0431\u043e\u0440\u0430ad.nl']);
    expect(action(11).urls[0]).not.toBe('www.mboraad.nl');
  });

  it('finds the five landsdelen in order, Oost without its header', () => {
    expect(report.landsdelen.map((l) => [l.key, l.name, l.headerPresent])).toEqual([
      ['zuidwest', 'Landsdeel Zuidwest', true],
      ['oost', 'Landsdeel Oost', false],
      ['zuidoost', 'Landsdeel Zuidoost', true],
      ['noordvleugel', 'Landsdeel Noordvleugel', true],
      ['noord', 'Landsdeel Noord', true],
    ]);
  });

  it('starts Oost at the second "Inhoudelijke prioriteiten" line, after the Zuidwest steering', () => {
    const [zuidwest, oost, zuidoost] = report.landsdelen;
    expect(zuidwest).toMatchObject({ startLine: 176, endLine: 197 });
    expect(oost).toMatchObject({ startLine: 199, endLine: 222 });
    expect(oost!.text.split('\n')[0]).toBe('Inhoudelijke prioriteiten en voortgang');
    expect(oost!.text).toContain('In regio Oost zijn er inmiddels');
    expect(zuidwest!.text).not.toContain('In regio Oost');
    expect(zuidoost!.text.startsWith('LANDSDEEL ZUIDOOST')).toBe(true);
  });

  it('ends the last landsdeel at the last line of a file without final newline', () => {
    expect(report.landsdelen[4]).toMatchObject({ endLine: lines.length });
    expect(report.landsdelen[4]!.text.endsWith('Platform Bèta Techniek.')).toBe(true);
  });
});

describe('parseReport quirks', () => {
  it('reads a row whose number is wrapped in <p> tags ("<p>1.</p> <p>a. …")', () => {
    expect(lines[action(1).startLine - 1]!.startsWith('<p>1.</p> <p>a. Alle basisscholen')).toBe(
      true,
    );
    expect(action(2).text.startsWith('<p>2.</p> <p>De PO-raad')).toBe(true);
  });

  it('reads a row whose number stands alone, its columns on the lines below ("3.")', () => {
    expect(action(3).text.split('\n')[0]).toBe('3.');
    expect(action(3).text).toContain('Sectorakkoord Voortgezet Onderwijs 2014-2017');
    expect(action(8).text).toContain('www.onderwijstraineeship.nl/');
  });

  it('reads a row whose number is followed by a tab and a <p> cell ("5.\\t<p>a. …")', () => {
    expect(action(5).text.startsWith('5.\t<p>a. Een toename')).toBe(true);
    expect(action(5).letters).toContain('a');
  });

  it('reads a row whose number is followed by a tab and plain text ("14.\\tMbo-instellingen …")', () => {
    expect(action(14).text.startsWith('14.\tMbo-instellingen blijven')).toBe(true);
    expect(action(14)).toMatchObject({ startLine: 134, endLine: 134 });
  });

  it('does not take a pillar heading or the blank lines before it into the row above', () => {
    expect(action(11)).toMatchObject({ endLine: 128 });
    expect(action(11).text).not.toContain('Leren in de techniek');
    expect(action(20).text).not.toContain('Werken in de techniek');
  });

  it('reads combined sub-item markers "a,b." and "b, c." as each letter', () => {
    expect(subItemLetters('<p>a,b. In september</p> <p>c. Vanaf</p>')).toEqual(['a', 'b', 'c']);
    expect(subItemLetters('a. Er wordt\n\nb, c. Via de programma')).toEqual(['a', 'b', 'c']);
    expect(action(8).letters).toEqual(['a', 'b', 'c']);
  });

  it('does not read a letter inside prose as a sub-item marker', () => {
    expect(subItemLetters('zie p.5, paragraaf 2 en o.a. de regeling; TU/e, Avans')).toEqual([]);
  });

  it('leaves sentence punctuation after a URL out of it, and lists a URL once', () => {
    expect(action(7).urls).toEqual(['www.techniekonderwijs.nl']);
    expect(findUrls('zie http://example.org/a, en www.x.nl. Klaar')).toEqual([
      'http://example.org/a',
      'www.x.nl',
    ]);
  });

  it('takes URLs out of HTML cells and does not read a markdown "(#)" link as one', () => {
    expect(action(12).urls).toEqual([
      'www.duo.nl',
      'www.investeringsfondsmbo.nl/',
      'www.toptechniekinbedrijf.nl/centra-voor-innovatief-vakmanschap.html',
      'www.centresofexpertise.nl/',
    ]);
    expect(action(10).urls).toEqual([]);
    expect(action(10).text).toContain('[lerarenagenda](#)');
  });

  it('ignores a number out of sequence inside a row', () => {
    const parsed = parseReport(withLine(21, '', '7.', ''));
    expect(parsed.actions.map((a) => a.number)).toEqual(report.actions.map((a) => a.number));
    expect(parsed.actions[2]!.text).toContain('\n7.\n');
    expect(parsed.actions[3]!.text.startsWith('4.')).toBe(true);
  });

  it('refuses a report in which an action row is missing', () => {
    expect(() => parseReport(withLine(90, 'negen'))).toThrow(ReportParseError);
    expect(() => parseReport(withLine(90, 'negen'))).toThrow(/found 1\.\.8/);
  });

  it('marks Oost as having a header when the header is there', () => {
    const parsed = parseReport(
      withLine(199, 'LANDSDEEL OOST', '', 'Inhoudelijke prioriteiten en voortgang'),
    );
    const oost = parsed.landsdelen.find((l) => l.key === 'oost')!;
    expect(oost).toMatchObject({ headerPresent: true, startLine: 199 });
    expect(parsed.landsdelen.map((l) => l.key)).toEqual([
      'zuidwest',
      'oost',
      'zuidoost',
      'noordvleugel',
      'noord',
    ]);
  });

  it('reads the same structure from CRLF line endings', () => {
    const parsed = parseReport(SOURCE.replace(/\n/g, '\r\n'));
    expect(
      parsed.actions.map((a) => [a.number, a.startLine, a.endLine, a.letters, a.urls, a.text]),
    ).toEqual(
      report.actions.map((a) => [a.number, a.startLine, a.endLine, a.letters, a.urls, a.text]),
    );
    expect(parsed.landsdelen.map((l) => [l.key, l.startLine, l.endLine])).toEqual(
      report.landsdelen.map((l) => [l.key, l.startLine, l.endLine]),
    );
  });
});

describe('blankMarkup', () => {
  it('blanks tags, URLs and "(#)" link targets, keeping every index in place', () => {
    const text = '<p>Zie www.slo.nl en de [lerarenagenda](#) van SLO.</p>';
    const blanked = blankMarkup(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked.indexOf('SLO')).toBe(text.indexOf('SLO'));
    expect(blanked).not.toMatch(/<p>|slo\.nl|\(#\)/);
    expect(blanked).toContain('[lerarenagenda]');
  });
});
