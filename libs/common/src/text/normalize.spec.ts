import { normalizeForSearch } from './normalize';

describe('normalizeForSearch', () => {
  it('finds Persian text typed on an Arabic keyboard', () => {
    expect(normalizeForSearch('كيفيت')).toBe(normalizeForSearch('کیفیت'));
  });

  it('ignores ZWNJ, tatweel and diacritics', () => {
    expect(normalizeForSearch('می‌خواهم')).toBe('میخواهم');
    expect(normalizeForSearch('فـــرش')).toBe('فرش');
    expect(normalizeForSearch('عَسَل')).toBe('عسل');
  });

  it('turns Persian and Arabic digits into ASCII digits', () => {
    expect(normalizeForSearch('۱۲۳ ٤٥٦')).toBe('123 456');
  });

  it('folds Azerbaijani letters so a Latin keyboard finds them', () => {
    expect(normalizeForSearch('İpək Əmirov IĞDIR')).toBe('ipek emirov igdir');
    expect(normalizeForSearch('Sumqayıt')).toBe(normalizeForSearch('SUMQAYIT'));
    expect(normalizeForSearch('şüşə çəllək')).toBe('suse cellek');
  });

  it('reduces punctuation and runs of spaces to single spaces', () => {
    expect(normalizeForSearch('  wool,  yarn!! ')).toBe('wool yarn');
  });
});
