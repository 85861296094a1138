import { checkUscc, usccCheckCharacter } from '../../subgraphs/kit/scalars/uscc';

describe('USCC (GB 32100-2015)', () => {
  it.each([
    // Published codes of real organisations, check character included.
    ['91110000100006485K'],
    ['91440300708461136T'],
    ['11100000000013127D'],
  ])('accepts %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it('computes the check character with weights 3^(i-1) mod 31', () => {
    expect(usccCheckCharacter('91110000100006485')).toBe('K');
  });

  it.each([
    ['91110000100006485J', 'check character does not match'],
    ['9111000010000648', 'must be 18 characters'],
    ['91110000I00006485K', 'character "I" is not allowed'],
    ['91110000O00006485K', 'character "O" is not allowed'],
  ])('refuses %s (%s)', (code, reason) => {
    const result = checkUscc(code);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });

  it('accepts lower case and normalises it', () => {
    expect(checkUscc('91110000100006485k')).toEqual({ ok: true, value: '91110000100006485K' });
  });
});
