import { isCaseNumber, normalizeCaseNumber, normalizeDocumentNumber } from '../../subgraphs/kit/inputs/documentNumber';

describe('document and case numbers', () => {
  it.each(['京市监罚〔2021〕12号', '京市监罚[2021]12号', '京市监罚（2021）12号', '京市监罚 (2021) 12号'])(
    'normalises the brackets of %s',
    (value) => {
      expect(normalizeDocumentNumber(value)).toBe('京市监罚〔2021〕12号');
    },
  );

  it('writes case numbers with full-width brackets', () => {
    expect(normalizeCaseNumber('(2021)京0105执1234号')).toBe('（2021）京0105执1234号');
    expect(isCaseNumber(normalizeCaseNumber('(2021)京0105执1234号'))).toBe(true);
    expect(isCaseNumber('2021京0105执1234号')).toBe(false);
  });
});
