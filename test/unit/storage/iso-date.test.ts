/** isIsoDate: every stored date is checked by it, so it must refuse exactly what is not a calendar day. */
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/core/library/untrusted';

describe('a stored date', () => {
  it('is a real calendar day written YYYY-MM-DD', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01', '0400-02-29'])
      expect(isIsoDate(day), day).toBe(true);
  });

  it('is refused when the day does not exist', () => {
    for (const day of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00'])
      expect(isIsoDate(day), day).toBe(false);
  });

  it('is refused when written any other way', () => {
    const others = ['2023-1-01', '2023/01/01', '20230101', ' 2023-01-01', '2023-01-01\n', '2023-01-01T00:00'];
    const notDigits = ['+023-01-01', '2023-0a-01', '2023-01-1.', '２０２３-01-01', '2023--1-01', ''];
    for (const text of [...others, ...notDigits]) expect(isIsoDate(text), JSON.stringify(text)).toBe(false);
  });
});
