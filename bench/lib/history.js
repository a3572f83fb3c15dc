// A channel with a long history, for the history and search benchmarks: `rows` messages made of
// common words in Persian, Azerbaijani and English (each in about 1 of 16 messages) and rarer
// product codes, their search text folded by the api's own function, the indexes built after
// the load (as a restore would), then vacuumed and checkpointed so that neither runs during the
// measurements.
const path = require('node:path');
const { ROOT, DIST } = require('./hamkar');

const WORDS = [
  'پشم',
  'قالی',
  'رنگ',
  'قیمت',
  'سفارش',
  'iplik',
  'xalça',
  'qiymet',
  'sifaris',
  'wool',
  'yarn',
  'dye',
  'truck',
  'zanjan',
  'tabriz',
  'کیفیت',
];
// Common words, rarer product codes, Arabic-keyboard and capitalised variants. 'پشم قالی' and
// 'kala424' match no whole word and fall back to the substring search.
const SEARCHES = ['پشم قالی', 'قيمت', 'IPLIK', 'XALÇA', 'kala4242', 'كيفيت kala17', 'sefaresh31337', 'wool dye', 'kala424', 'sefaresh3133'];
const FIRST_SEQ = 100000;

/** Grows the channel's history from `already` to `rows` messages. */
async function loadHistory(db, { channelId, authorId, rows, already = 0, log = () => {} }) {
  const { normalizeForSearch } = require(path.join(ROOT, DIST, 'libs/common/src/text/normalize'));
  await db.query(`DROP INDEX IF EXISTS messages_search; DROP INDEX IF EXISTS messages_search_vector`);
  // In slices of a million: one statement for ten million holds too much in one transaction.
  for (let from = already + 1; from <= rows; from += 1_000_000) {
    const to = Math.min(rows, from + 999_999);
    await db.query(
      `INSERT INTO messages (channel_id, seq, author_id, body, search_text, client_message_id)
         SELECT $1, ${FIRST_SEQ} + i, $2, w1 || ' ' || w2 || rest, f1 || ' ' || f2 || rest, 'bulk-' || i FROM (
           SELECT i, ($3::text[])[1 + (i * 7) % 16] AS w1, ($3::text[])[1 + (i * 13) % 16] AS w2,
                  ($4::text[])[1 + (i * 7) % 16] AS f1, ($4::text[])[1 + (i * 13) % 16] AS f2,
                  ' kala' || ((i * 7919) % 20000) || ' sefaresh' || ((i * 104729) % 50000) AS rest
             FROM generate_series($5::bigint, $6::bigint) i) x`,
      [channelId, authorId, WORDS, WORDS.map(normalizeForSearch), from, to],
    );
    log(`loaded ${to} of ${rows} messages`);
  }
  await db.query(`UPDATE channels SET last_seq = ${FIRST_SEQ} + $2 WHERE id = $1`, [channelId, rows]);
  log('building the search indexes');
  await db.query(`CREATE INDEX messages_search ON messages USING gin (search_text gin_trgm_ops)`);
  await db.query(`CREATE INDEX messages_search_vector ON messages USING gin (search_vector)`);
  await db.query(`VACUUM (ANALYZE) messages`);
  await db.query(`CHECKPOINT`);
}

/** A `before` cursor anywhere in the loaded history. */
const randomBefore = (rows) => FIRST_SEQ + 1 + Math.floor(Math.random() * rows);

module.exports = { loadHistory, randomBefore, SEARCHES, FIRST_SEQ };
