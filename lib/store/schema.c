/*
 * schema.c - the database schema, shared by every backend.
 *
 * Articles and their sentences are filled by ingest; events, quotes and
 * places by the later stages; rejects keep every input item that could not
 * be read, with its reason and bytes, so nothing is lost.  Offsets are code
 * points into articles.body, as in the record contract.
 */
#include "store/store.h"

const char *const sr_schema_statements[] = {
    "CREATE TABLE IF NOT EXISTS articles ("
    " id TEXT PRIMARY KEY,"          /* 16 hex digits from url + body */
    " path TEXT NOT NULL,"           /* where it was read: file, :LINE, #RECORD */
    " format TEXT NOT NULL,"
    " url TEXT, title TEXT, outlet TEXT,"
    " date TEXT,"                    /* YYYY-MM-DD */
    " language TEXT,"
    " body TEXT NOT NULL,"
    " chars INTEGER NOT NULL,"
    " n_sentences INTEGER NOT NULL,"
    /* [[start, end, paragraph], ...] in code points: one value per article
     * rather than a row per sentence, which cost ingest a quarter of its
     * time (bench_ingest_reuters); the backends offer a `sentences` view */
    " sentence_spans TEXT NOT NULL,"
    " ingested_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_by_date ON articles(date)",
    "CREATE INDEX IF NOT EXISTS articles_by_outlet ON articles(outlet)",
    "CREATE TABLE IF NOT EXISTS events ("
    " id INTEGER PRIMARY KEY,"
    " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence INTEGER, start_char INTEGER, end_char INTEGER,"
    " type TEXT, mode TEXT, context TEXT, cameo TEXT, goldstein REAL, quad_class INTEGER,"
    " modality TEXT, date TEXT,"
    " source_text TEXT, source_name TEXT, source_code TEXT, source_country TEXT,"
    " target_text TEXT, target_name TEXT, target_code TEXT, target_country TEXT,"
    " place_name TEXT, place_country TEXT, lat REAL, lon REAL, geonameid INTEGER,"
    " evidence TEXT, rule TEXT,"
    " date_source TEXT,"             /* "stated" in the sentence, or "publication" */
    " place_source TEXT)",           /* "clause", "sentence" or "dateline" */
    "CREATE INDEX IF NOT EXISTS events_by_article ON events(article_id)",
    "CREATE TABLE IF NOT EXISTS quotes ("
    " id INTEGER PRIMARY KEY,"
    " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " sentence INTEGER, start_char INTEGER, end_char INTEGER,"
    " kind TEXT, text TEXT, cue TEXT,"
    " speaker_text TEXT, speaker_name TEXT, speaker_code TEXT)",
    "CREATE INDEX IF NOT EXISTS quotes_by_article ON quotes(article_id)",
    "CREATE TABLE IF NOT EXISTS places ("
    " id INTEGER PRIMARY KEY,"
    " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start_char INTEGER, end_char INTEGER, text TEXT,"
    " name TEXT, country TEXT, lat REAL, lon REAL, geonameid INTEGER)",
    "CREATE INDEX IF NOT EXISTS places_by_article ON places(article_id)",
    "CREATE TABLE IF NOT EXISTS actors ("
    " code TEXT NOT NULL, name TEXT NOT NULL, country TEXT,"
    " valid_from TEXT, valid_until TEXT,"
    " PRIMARY KEY (code, name))",
    "CREATE TABLE IF NOT EXISTS rejects ("
    " id INTEGER PRIMARY KEY,"
    " location TEXT NOT NULL,"       /* file plus place */
    " path TEXT NOT NULL,"
    " byte_offset INTEGER, line INTEGER,"
    " reason TEXT NOT NULL,"
    " raw BLOB, raw_len INTEGER NOT NULL,"
    " raw_hash TEXT NOT NULL,"
    " rejected_at TEXT NOT NULL,"
    " UNIQUE (location, raw_hash))",
    NULL,
};
