import { describe, expect, it } from '@jest/globals';
import { epochMs, epochMsArray, numberArray, textArray } from './sql.js';

describe('textArray', () => {
  it('quotes every element and escapes only quotes and backslashes', () => {
    const values = ['a', '', 'NULL', 'say "hi"', 'back\\slash', 'comma,{brace}', null];
    expect(textArray(values, (v) => v)).toBe(
      '{"a","","NULL","say \\"hi\\"","back\\\\slash","comma,{brace}",NULL}',
    );
  });

  it('writes an empty array for no rows', () => {
    expect(textArray([], (v: string) => v)).toBe('{}');
  });
});

describe('numberArray', () => {
  it('writes numbers in their shortest round-trip form and null as NULL', () => {
    expect(numberArray([1.5, 0.1 + 0.2, 1e21, null], (v) => v)).toBe('{1.5,0.30000000000000004,1e+21,NULL}');
  });
});

describe('epochMsArray', () => {
  it('writes instants as epoch milliseconds for the exact interval arithmetic of epochMs', () => {
    const dates = [new Date('1900-01-01T00:00:00.001Z'), new Date('2099-12-31T23:59:59.999Z')];
    expect(epochMsArray(dates, (d) => d)).toBe(`{${dates[0].getTime()},${dates[1].getTime()}}`);
    expect(epochMs('r.start_at')).toBe("(timestamptz 'epoch' + r.start_at * interval '1 millisecond')");
  });
});
