#include "help.h"

#include <string.h>

static const char USAGE[] =
    "usage: communique convert [-o DIR] [-f LIST] [options] FILE...|DIR|-\n"
    "       communique validate [options] FILE.xml...|-\n"
    "       communique render -f LIST [-o DIR] [options] FILE.xml...|-\n"
    "       communique feed -o DIR [--title T] [--base-url URL] [options] DIR|FILE.xml...|-\n"
    "       communique COMMAND --help | --help | --version\n";

static const char OVERVIEW[] =
    "communique turns raw texts of diplomatic statements into validated XML\n"
    "and renders them as JSON, HTML, and plain text.\n"
    "\n"
    "commands (communique COMMAND --help for one):\n"
    "  convert   raw text (.txt, .md, .html pages, PDF; '-' for stdin; a directory for all its\n"
    "            files) to NAME.xml, NAME.json, NAME.html, NAME.txt\n"
    "  validate  check statement XML against the schema (FILE:LINE: message)\n"
    "  render    render statement XML as json, html, text, akn (Akoma Ntoso) or xml\n"
    "  feed      statement XML (files, or the *.xml of directories) to feed.json\n"
    "            (JSON Feed 1.1), atom.xml, statements.jsonl and index.html in DIR\n";

/* One line per option; each command lists the ones it takes. */
static const char OPT_OUTPUT_FILE[] =
    "  -o, --output DIR|FILE  write files into DIR (created if missing); with one\n"
    "                       input and one format, FILE (an existing file, or a\n"
    "                       name with the format's extension: -o s.json); without\n"
    "                       -o, or with -o -, they go to standard output\n";
static const char OPT_OUTPUT_FEED[] =
    "  -o, --output DIR     write the six feed files into DIR (created if missing)\n";
static const char OPT_FORMAT_CONVERT[] =
    "  -f, --format LIST    comma-separated: xml,json,html,text,akn,csv (default:\n"
    "                       the first four; akn is Akoma Ntoso 3.0, NAME.akn;\n"
    "                       csv a spreadsheet row, NAME.csv)\n";
static const char OPT_FORMAT_RENDER[] =
    "  -f, --format LIST    comma-separated: json,html,text,akn,csv,xml (required;\n"
    "                       akn is Akoma Ntoso 3.0, NAME.akn; csv the statement's\n"
    "                       spreadsheet row with the header row)\n";
static const char OPT_FAIL_FAST[] =
    "      --fail-fast      stop at the first input that fails (default: report\n"
    "                       it, go on with the others, exit 1 at the end)\n";
static const char OPT_NO_LINK[] =
    "      --no-link        do not look for related statements among the inputs\n";
static const char OPT_FOLLOW_SYMLINKS[] =
    "      --follow-symlinks  read symbolic links found in an input directory\n"
    "                       (default: refuse them; named files are always read)\n";
static const char OPT_TITLE[] =
    "      --title TEXT     the feeds' title (default: communique statements)\n";
static const char OPT_BASE_URL[] =
    "      --base-url URL   where DIR is published; feed links are absolute under\n"
    "                       it (default: relative links)\n";
static const char OPT_COMMON[] =
    "  -j, --jobs N         documents processed in parallel (default: the number of\n"
    "                       online CPUs); messages keep the input order\n"
    "  -q, --quiet          no progress line (drawn only when stderr is a terminal)\n"
    "      --schema-dir DIR schema and stylesheets (default: $COMMUNIQUE_SCHEMA_DIR,\n"
    "                       else ../share/communique beside the program, else the\n"
    "                       build's own schema/)\n"
    "  -h, --help           this help\n";
static const char EXIT_STATUS[] =
    "\n"
    "exit status: 0 all done and valid, 1 an input failed or is invalid,\n"
    "2 usage error.\n";

struct command_help {
    const char *name;
    const char *what;
    const char *options[6]; /* NULL after the last */
};

static const struct command_help COMMANDS[] = {
    {"convert",
     "Converts raw statements to statement XML, validates each and renders it;\n"
     "the statements of one run are linked to each other (related statements).\n",
     {OPT_OUTPUT_FILE, OPT_FORMAT_CONVERT, OPT_FAIL_FAST, OPT_NO_LINK, OPT_FOLLOW_SYMLINKS, NULL}},
    {"validate",
     "Checks statement XML against the schema; errors as FILE:LINE: message.\n",
     {OPT_FAIL_FAST, OPT_FOLLOW_SYMLINKS, NULL}},
    {"render",
     "Validates statement XML, then renders it in every format of LIST.\n",
     {OPT_OUTPUT_FILE, OPT_FORMAT_RENDER, OPT_FAIL_FAST, OPT_FOLLOW_SYMLINKS, NULL}},
    {"feed",
     "Writes feed.json (JSON Feed 1.1), atom.xml, statements.jsonl, statements.csv\n"
     "and index.html of the valid statements given, relinked over the whole\n"
     "collection.\n",
     {OPT_OUTPUT_FEED, OPT_TITLE, OPT_BASE_URL, OPT_FAIL_FAST, OPT_FOLLOW_SYMLINKS, NULL}},
};

void help_usage(FILE *to)
{
    fputs(USAGE, to);
}

void help_print(FILE *to, const char *command)
{
    for (size_t i = 0; command && i < sizeof COMMANDS / sizeof *COMMANDS; i++) {
        const struct command_help *c = &COMMANDS[i];
        if (strcmp(command, c->name) != 0)
            continue;
        fprintf(to, "communique %s: %s\noptions:\n", c->name, c->what);
        for (size_t k = 0; k < sizeof c->options / sizeof *c->options && c->options[k]; k++)
            fputs(c->options[k], to);
        fputs(OPT_COMMON, to);
        fputs(EXIT_STATUS, to);
        return;
    }
    fputs(USAGE, to);
    fputs("\n", to);
    fputs(OVERVIEW, to);
    fputs("\noptions (each command takes those its --help lists):\n", to);
    fputs(OPT_OUTPUT_FILE, to);
    fputs(OPT_FORMAT_CONVERT, to);
    fputs(OPT_FAIL_FAST, to);
    fputs(OPT_NO_LINK, to);
    fputs(OPT_FOLLOW_SYMLINKS, to);
    fputs(OPT_TITLE, to);
    fputs(OPT_BASE_URL, to);
    fputs(OPT_COMMON, to);
    fputs("  -V, --version        version and library versions\n", to);
    fputs("\nenvironment: COMMUNIQUE_SCHEMA_DIR (see --schema-dir).\n", to);
    fputs(EXIT_STATUS, to);
}
