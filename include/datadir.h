/* datadir: where the read-only data (decks/, assets/, po/) is, and where
 * the user's own files go. */
#ifndef ALLIANTIESPEL_DATADIR_H
#define ALLIANTIESPEL_DATADIR_H

#include <stdbool.h>
#include <stddef.h>

/* Finds the folder holding decks/, trying in turn: $ALLIANTIESPEL_DATA_DIR
 * (alone: when it is set, nothing else is tried); BASE/BIN_TO_DATA, the
 * data folder relative to the program's as GNUInstallDirs lays them out
 * (ALLIANTIESPEL_BIN_TO_DATA, "../share/alliantiespel" by default), so an
 * installed tree works wherever it is copied or staged; BASE/../share/
 * alliantiespel; BASE/.. (the build folder sits in the source tree); BASE
 * itself; the folder the program was to be installed to; the source
 * folder it was built from. A folder found next to the program is given
 * as its real path when it can be. base_path is the program's folder
 * (with or without a trailing '/'), or NULL. */
bool datadir_find(const char *base_path, char *out, size_t size);

/* Joins a and b with one '/'; false when it does not fit. */
bool datadir_join(char *out, size_t size, const char *a, const char *b);

/* The file's name in path: what follows the last '/' or '\\' (a Windows
 * path may use either), or path itself when it has neither. Points into
 * path. */
const char *datadir_base_name(const char *path);

/* Makes the folder (and missing parents) mode 0700 when it is missing,
 * then checks it with datadir_check_private. An existing folder's mode is
 * never changed: the user may have made it read-only on purpose. False
 * when it cannot be made or is not private; the game then plays without
 * storing anything. */
bool datadir_make_private(const char *path);

/* True when path is a real folder (not a symbolic link), owned by the
 * current user and not writable by group or others: nobody else can plant
 * or swap files in it. Otherwise false, with a short English reason in
 * why ("is a symbolic link", "is writable by other users", "belongs to
 * another user", "is not a folder", "does not exist", ...). */
bool datadir_check_private(const char *path, char *why, size_t why_size);

/* Deletes the regular files directly in folder whose names end in a
 * temporary-file mark (NAME.tmp-XXXXXX, see safe_file.h): a crash while
 * writing leaves them, and they are always incomplete. Returns how many
 * were removed. */
size_t datadir_remove_stale_temps(const char *folder);

#endif
