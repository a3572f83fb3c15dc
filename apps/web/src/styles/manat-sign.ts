import notoLatinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';

/*
 * CLDR writes manat amounts with the sign ₼ (U+20BC), which many system fonts lack (Debian's, older
 * Windows): the amount would end in an empty box. Noto Sans has it. Registered as the first family of
 * the app's font stack ('Hamkar Manat' in styles.css) with a unicode-range of that one character, the
 * browser downloads the file (55 kB) only when a ₼ is on screen; every other character keeps its fonts.
 */
if (typeof FontFace !== 'undefined') {
  document.fonts.add(new FontFace('Hamkar Manat', `url(${notoLatinExt}) format('woff2')`, { unicodeRange: 'U+20BC', display: 'swap' }));
}
