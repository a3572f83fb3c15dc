import { numberFromText, toAsciiDigits } from './digits';

describe('digits as people type them', () => {
  it('turns Persian and Arabic-Indic digits and the Persian decimal sign into ASCII', () => {
    expect(toAsciiDigits('۳۰۰٫۵')).toBe('300.5');
    expect(toAsciiDigits('٣٠٠٫٥')).toBe('300.5');
    expect(toAsciiDigits(' ۱۲ ')).toBe('12');
  });

  it('drops the Arabic thousands separator only where it groups digits by three', () => {
    expect(toAsciiDigits('۱٬۲۰۰٬۰۰۰٫۵')).toBe('1200000.5');
    expect(toAsciiDigits('۱٬۵')).toBe('1٬5');
    expect(toAsciiDigits('۱۲۳۴٬۵۶۷')).toBe('1234٬567');
  });

  it('makes a number only of what reads as one', () => {
    expect(numberFromText('۳۶٫۶۷')).toBe(36.67);
    expect(numberFromText('-12')).toBe(-12);
    expect(numberFromText('')).toBe('');
    expect(numberFromText('12abc')).toBe('12abc');
    expect(numberFromText(7)).toBe(7);
  });
});
