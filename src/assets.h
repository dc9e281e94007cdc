/* assets — where the schema and the stylesheets are.
 *
 * Contract: assets_dir() gives the directory to load them from, the first
 * of:
 *   1. the --schema-dir option (given as explicit);
 *   2. the environment variable COMMUNIQUE_SCHEMA_DIR, when set and not
 *      empty;
 *   3. ../share/communique beside the running executable, when it holds
 *      statement.xsd — the installed layout (make install), wherever the
 *      tree was installed or moved to, DESTDIR staging included;
 *   4. the compile-time default COMMUNIQUE_SCHEMA_DIR (the source tree's
 *      schema/ for a build in place).
 * Returns a malloc'ed path. */
#ifndef COMMUNIQUE_ASSETS_H
#define COMMUNIQUE_ASSETS_H

char *assets_dir(const char *explicit_dir);

#endif
