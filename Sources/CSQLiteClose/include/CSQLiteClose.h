#ifndef CSQLITECLOSE_H
#define CSQLITECLOSE_H

typedef struct sqlite3 sqlite3;

/// Makes a clean close of `db` leave the write-ahead log as it is: no checkpoint
/// (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE) and no deletion of the -wal and -shm files
/// (SQLITE_FCNTL_PERSIST_WAL). sqlite3_db_config is variadic, which Swift cannot call.
/// Returns an SQLite result code.
int servicecenter_keep_log_on_close(sqlite3 *db);

#endif
