// FormatJS's NumberFormat first (it replaces the browser's), then its CLDR data for this language:
// module order guarantees the data finds the polyfill in place.
import '@formatjs/intl-numberformat/polyfill-force.js';
import '@formatjs/intl-numberformat/locale-data/en.js';
