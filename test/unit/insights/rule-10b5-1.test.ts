import { describe, expect, it } from 'vitest';
import { findRule10b5One, isNegated10b5One, mentions10b5One } from '../../../src/core/insights';
import { LIVEPERSON, xmlFiling } from './fixtures';

describe('findRule10b5One', () => {
  it('LivePerson (2009, no box): footnote 1 on the code cell of the three sales', () => {
    const found = findRule10b5One(xmlFiling(LIVEPERSON));
    expect(found.box).toBeNull();
    expect(found.scope).toBe('rows');
    expect(found.footnotes).toEqual([{ id: 'F1', negated: false, referenced: true }]);
    expect(found.rows.map((entry) => [entry.row.label, entry.footnoteIds])).toEqual([
      ['Table I row 2', ['F1']],
      ['Table I row 4', ['F1']],
      ['Table I row 6', ['F1']],
    ]);
  });

  it('Affirm (2024): the box ticked, and footnote 1 on the amount of both sales', () => {
    const found = findRule10b5One(xmlFiling('affirm-2024-10b5-1-box.xml'));
    expect(found.box).toBe(true);
    expect(found.rows.map((entry) => entry.row.path)).toEqual([
      'nonDerivativeTransactions[0]',
      'nonDerivativeTransactions[1]',
    ]);
    expect(found.scope).toBe('rows');
  });

  it('Workday (2025): the box printed and empty, no plan mentioned', () => {
    expect(findRule10b5One(xmlFiling('workday-2025-f.xml'))).toEqual({
      box: false,
      footnotes: [],
      rows: [],
      scope: 'none',
    });
  });
});

describe('10b5-1 wording', () => {
  it('recognises the ways filers write the rule', () => {
    expect(mentions10b5One('pursuant to a Rule 10b5-1 trading plan')).toBe(true);
    expect(mentions10b5One('PURSUANT TO A RULE 10B5-1 TRADING PLAN')).toBe(true);
    expect(mentions10b5One('under Rule 10b5–1(c)')).toBe(true);
    expect(mentions10b5One('Rule 10b-5 under the Exchange Act')).toBe(false);
  });

  it('tells a denial from an affirmation', () => {
    expect(isNegated10b5One('This sale was not made pursuant to a Rule 10b5-1 trading plan.')).toBe(true);
    expect(
      isNegated10b5One(
        'The sales reported in this Form 4 were effected pursuant to a Rule 10b5-1 trading plan adopted by the reporting person on June 10, 2009.',
      ),
    ).toBe(false);
  });
});
