import { normalizedPhone } from '../../subgraphs/institutions/inputs/normalizedPhone';
import { normalizedWebsite } from '../../subgraphs/institutions/inputs/normalizedWebsite';

describe('the forms the directory searches institutions by', () => {
  it.each([
    ['0731-8482 2207', '073184822207'],
    ['(0731) 84822207', '073184822207'],
    ['+86 731 8482 2207', '073184822207'],
    ['0086-731-84822207', '073184822207'],
    ['+86 10 6850 2300', '01068502300'],
    ['+86 138 0013 8000', '13800138000'],
    ['138.0013.8000', '13800138000'],
    ['400-800-1234', '4008001234'],
    ['+86 400 800 1234', '4008001234'],
    ['123456', null],
    ['1234567890123456', null],
    ['0731-8482 2207 转 8', null],
    ['长沙100', null],
  ])('reads the phone number %s as %s', (text, expected) => {
    expect(normalizedPhone(text)).toBe(expected);
  });

  it.each([
    ['https://www.Example.com/', 'example.com'],
    ['HTTP://example.com//', 'example.com'],
    ['www.hnsx.example/path/', 'hnsx.example/path'],
    ['example.com:8080/a', 'example.com:8080/a'],
    ['信用中国.cn', '信用中国.cn'],
    ['example', null],
    ['https://www.', null],
    ['not a site.com', null],
  ])('reads the website %s as %s', (text, expected) => {
    expect(normalizedWebsite(text)).toBe(expected);
  });
});
