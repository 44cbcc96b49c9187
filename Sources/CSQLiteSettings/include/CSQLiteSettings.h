#ifndef GODSTART_CSQLITE_SETTINGS_H
#define GODSTART_CSQLITE_SETTINGS_H

/// Settings of an SQLite connection that SQLite only offers through a C function with a variable
/// number of arguments (sqlite3_db_config), which Swift cannot call. The connection is one opened
/// with SQLiteNIO's copy of SQLite (its functions are named sqlite_nio_sqlite3_...).
///
/// Keeps every statement's query plan as it was first made, whatever values are bound to it later
/// (SQLITE_DBCONFIG_ENABLE_QPSG). Without it SQLite made some kept statements anew each time new
/// values were bound. Returns SQLite's result code.
int godstart_sqlite_keep_query_plans(void *connection);

#endif
