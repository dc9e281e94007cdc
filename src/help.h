/* help — the texts of --help and of usage errors (data, kept apart from
 * the option parsing in main.c).  The man page (man/communique.1) says the
 * same at length; the two are kept in step by tests/install.sh, which
 * checks every option of every command's --help appears in the man page. */
#ifndef COMMUNIQUE_HELP_H
#define COMMUNIQUE_HELP_H

#include <stdio.h>

/* The synopsis lines ("usage: communique convert ..."). */
void help_usage(FILE *to);
/* The whole help, or one command's ("convert", ...) when command is one
 * of them; NULL or an unknown name gives the whole help. */
void help_print(FILE *to, const char *command);

#endif
