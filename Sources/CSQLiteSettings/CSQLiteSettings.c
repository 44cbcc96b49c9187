#include "CSQLiteSettings.h"

// SQLiteNIO's copy of SQLite, linked into the same program; its header is not visible from here.
extern int sqlite_nio_sqlite3_db_config(void *connection, int op, ...);
#define SQLITE_DBCONFIG_ENABLE_QPSG 1007

int godstart_sqlite_keep_query_plans(void *connection) {
    return sqlite_nio_sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_QPSG, 1, (int *)0);
}
