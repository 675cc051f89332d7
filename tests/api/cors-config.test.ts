/** CORS_ORIGINS as read at start-up: normalised to what browsers send, or refused naming the entry. */
import { describe, expect, it } from 'vitest';
import { parseCorsOrigins, readConfig } from '../../src/config.ts';

describe('CORS_ORIGINS', () => {
  it('is empty when unset or blank: no origin may call the API from a browser', () => {
    expect(readConfig({}).corsOrigins).toEqual([]);
    expect(parseCorsOrigins(' ')).toEqual([]);
  });

  it('keeps each origin as a browser sends it (lower case, no default port, no slash)', () => {
    expect(
      parseCorsOrigins('https://Dashboard.Example.org/, http://localhost:8080 ,http://a.test:80'),
    ).toEqual(['https://dashboard.example.org', 'http://localhost:8080', 'http://a.test']);
  });

  it.each([
    '*',
    'dashboard.example.org',
    'https://x.test/app',
    'ftp://x.test',
    'https://x.test?a=1',
    'https://u:p@x.test',
  ])('refuses %j, naming the variable and the entry', (entry) => {
    expect(() => parseCorsOrigins(`https://ok.test,${entry}`)).toThrow(
      `CORS_ORIGINS: "${entry}" is not an origin`,
    );
  });
});
