import { describe, expect, it } from 'vitest';
import {
  OWNERSHIP_FORM_EXPLANATIONS,
  RELATIONSHIP_EXPLANATIONS,
  TRANSACTION_CODES,
  TRANSACTION_CODE_ORDER,
  describeCode,
  expectedDirection,
} from '../../../src/core/codes';

describe('transaction codes', () => {
  it('has every Form 4/5 code, in the order of Section 8 of the instructions', () => {
    expect(TRANSACTION_CODE_ORDER.join('')).toBe('PSVADFIMCEHOXGLWZJKU');
    expect(Object.keys(TRANSACTION_CODES).sort().join('')).toBe('ACDEFGHIJKLMOPSUVWXZ');
  });

  it("gives the SEC's wording and a plain label", () => {
    expect(describeCode('F')?.secWording).toBe(
      'Payment of exercise price or tax liability by delivering or withholding securities incident to the receipt, exercise or vesting of a security issued in accordance with Rule 16b-3',
    );
    expect(describeCode('F')?.label).toBe('Tax withholding (shares withheld to pay tax)');
    expect(describeCode('P')?.label).toBe('Open-market purchase');
    expect(describeCode('S')?.label).toBe('Open-market sale');
    expect(describeCode('M')?.secWording).toBe(
      'Exercise or conversion of derivative security exempted pursuant to Rule 16b-3',
    );
  });

  it('marks K and V, absent from the XML spec list, as taken from the Form 4 instructions', () => {
    const fromInstructions = TRANSACTION_CODE_ORDER.filter(
      (code) => TRANSACTION_CODES[code].source === 'form-4-instruction-8',
    );
    expect(fromInstructions).toEqual(['V', 'K']);
  });

  it('reads a code cell as printed, and knows no letter the form does not define', () => {
    expect(describeCode(' s ')?.code).toBe('S');
    expect(describeCode('Q')).toBeNull();
    expect(describeCode(null)).toBeNull();
    expect(describeCode('')).toBeNull();
  });

  it('expects a direction only where the definition fixes one', () => {
    expect(expectedDirection('P', 'nonDerivative')).toBe('A');
    expect(expectedDirection('S', 'derivative')).toBe('D');
    expect(expectedDirection('F', 'nonDerivative')).toBe('D');
    // An exercise brings shares in (Table I); in Table II the derivative usually goes out, but a
    // derivative received on exercise (Class B shares convertible into Class A) comes in.
    expect(expectedDirection('M', 'nonDerivative')).toBe('A');
    expect(expectedDirection('M', 'derivative')).toBeNull();
    expect(TRANSACTION_CODES.M.usualDirection.derivative).toBe('D');
    expect(expectedDirection('G', 'nonDerivative')).toBeNull();
    expect(expectedDirection('Q', 'nonDerivative')).toBeNull();
  });

  it('never fixes a direction for a code whose wording allows both', () => {
    const bothWays = TRANSACTION_CODE_ORDER.filter((code) =>
      /acquisition or disposition|deposit into or withdrawal from/i.test(TRANSACTION_CODES[code].secWording),
    );
    expect(bothWays.sort()).toEqual(['I', 'J', 'W', 'Z']);
    for (const code of bothWays) {
      expect(TRANSACTION_CODES[code].direction).toEqual({ nonDerivative: 'either', derivative: 'either' });
    }
  });

  it('explains ownership form and every relationship box without footnotes', () => {
    expect(OWNERSHIP_FORM_EXPLANATIONS.D.label).toBe('Direct');
    expect(OWNERSHIP_FORM_EXPLANATIONS.I.explanation).toMatch(/Nature of Indirect Beneficial Ownership/);
    expect(Object.keys(RELATIONSHIP_EXPLANATIONS).sort()).toEqual([
      'isDirector',
      'isOfficer',
      'isOther',
      'isTenPercentOwner',
    ]);
  });
});
