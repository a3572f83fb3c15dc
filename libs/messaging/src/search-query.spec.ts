import { typedWords, typingQuery } from './search-query';

describe('the tsquery of a search as it is typed', () => {
  it('wants every word, the last one as the beginning of a word', () => {
    expect(typingQuery('wool dy')).toBe("'wool' & 'dy':*");
    expect(typingQuery('kala424')).toBe("'kala424':*");
  });

  it('keeps operators and quotes from the user as plain text', () => {
    expect(typingQuery("a|b !c o'neil")).toBe("'a|b' & '!c' & 'o''neil':*");
    expect(typingQuery('back\\slash')).toBe("'back\\\\slash':*");
  });

  it('reads Persian words as they are', () => {
    expect(typingQuery('پشم قال')).toBe("'پشم' & 'قال':*");
  });
});

describe('the words of a search as it is typed', () => {
  it('marks only the last word as unfinished', () => {
    expect(typedWords(' wool  dy ')).toEqual([
      { word: 'wool', prefix: false },
      { word: 'dy', prefix: true },
    ]);
  });
});
