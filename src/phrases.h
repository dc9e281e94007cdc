/* phrases — the word lists that recognise parts of a statement.
 *
 * Data only, kept apart from the logic in classify.c and extract.c so a
 * new layout or issuer is usually one line here.  All lists end with NULL.
 * Matching is ASCII-case-insensitive unless a list says otherwise. */
#ifndef COMMUNIQUE_PHRASES_H
#define COMMUNIQUE_PHRASES_H

#include <stddef.h>

/* A block that is exactly one of these starts the related-content tail of
 * a web page: it and everything after it is not the statement. */
extern const char *const RELATED_HEADINGS[];
/* Whole blocks that are site navigation. */
extern const char *const NAVIGATION_LINES[];
/* Block prefixes that are navigation ("Skip to …"). */
extern const char *const NAVIGATION_PREFIXES[];
/* Whole blocks that are page furniture: a site's own section names,
 * widget titles, end-of-statement marks ("Side Bar", "(END)"). */
extern const char *const FURNITURE_LINES[];
/* Block prefixes of page furniture: last-modified lines, print and
 * accessibility links, comment widgets, donation appeals, credit lines
 * ("Source: …", "Editing by …"), tag lists, photo captions. */
extern const char *const FURNITURE_PREFIXES[];
/* A language's own name alone on a line: a language switch. */
extern const char *const LANGUAGE_NAMES[];
/* Words that make a title a statement's: what kind of text it is, in
 * the languages statements come in ("Statement", "Déclaration"…). */
extern const char *const TITLE_CUES[];
/* Words that give a title its subject ("on", "about", ":"): a line
 * that names a statement without one is a byline ("Press Statement by
 * Spokesperson …"). */
extern const char *const SUBJECT_WORDS[];
/* Function words (articles, prepositions, conjunctions) of the languages
 * statements come in: prose has many, menus and headings few. */
extern const char *const FUNCTION_WORDS[];

/* Labelled header fields of statement pages ("Date of Speech : …"). */
enum label_field { LABEL_DATE, LABEL_PLACE, LABEL_SPEAKER, LABEL_REFERENCE, LABEL_OTHER };
struct header_label {
    const char *label;
    enum label_field field;
};
extern const struct header_label HEADER_LABELS[];

/* How a cut alignment clause opens ("The Candidate Countries …"). */
extern const char *const ALIGNMENT_OPENINGS[];
/* Phrases of a line that announces the statement ("issued the following
 * statement", "let me share"); the line ends in a colon. */
extern const char *const FRAMING_PHRASES[];

/* A line that says who delivers the statement ("delivered by"). */
extern const char *const SPEAKER_PHRASES[];

/* Words of share and print links; a block of only these is share links. */
extern const char *const SHARE_WORDS[];
/* Prefixes of a language selector ("Page language: English"). */
extern const char *const LANGUAGE_MENU_PREFIXES[];
/* Prefixes of cookie banners, and the word that gives one away. */
extern const char *const COOKIE_PREFIXES[];
/* Headings of an author box ("About the author"). */
extern const char *const AUTHOR_HEADINGS[];
/* Day abbreviations of a calendar widget. */
extern const char *const CALENDAR_DAYS[];
/* Headings over a press contact block ("Press contacts"). */
extern const char *const CONTACT_HEADINGS[];
/* Whole lines that only say what kind of document follows ("Press
 * release"): headings, never the title. */
extern const char *const KIND_LINES[];
/* Labels before a date on a line of its own ("Published 21 October"). */
extern const char *const DATE_LABELS[];
/* Words that make a signature line an office, not a person's name. */
extern const char *const NON_NAME_WORDS[];
/* Lower-case cues before a person's full name ("foreign policy chief
 * Josep Borrell", "congratulates Maia Sandu"). */
extern const char *const PERSON_CUES[];
/* Phrases that make a block the alignment clause. */
extern const char *const ALIGNMENT_PHRASES[];
/* Phrases that start a distribution or disclaimer block. */
extern const char *const DISCLAIMER_PHRASES[];
/* Endings of a news report's lead-in to a quoted statement ("it said:"). */
extern const char *const LEAD_IN_ENDINGS[];
/* Phrases in a news report's framing that announce a quoted statement. */
extern const char *const QUOTE_ANNOUNCERS[];
/* In a news report, a paragraph that reports the statement's words
 * without quoting them ("In a statement, X said she welcomed …"). */
extern const char *const REPORTED_SPEECH[];
/* Salutations and closings of a speech, not part of its body. */
extern const char *const SALUTATIONS[];
/* Languages as written in distribution notes ("ENGLISH only"). */
extern const char *const DISTRIBUTION_LANGUAGES[];
/* Words of a spokesperson's or press officer's role line. */
extern const char *const PRESS_ROLES[];
/* Whole words that make an issuer one of the EU's voices (its spokesperson,
 * the High Representative, the EU at the OSCE, a delegation): statements
 * by any of them can follow one another (link.h). */
extern const char *const EU_ISSUER_WORDS[];

/* Forums: a phrase in a header line and the forum's name. */
struct forum_phrase {
    const char *phrase;
    const char *forum;
};
extern const struct forum_phrase FORUMS[];
/* Reference prefixes ("PC.DEL/") and the forum they imply. */
extern const struct forum_phrase REFERENCE_FORUMS[];

/* Issuers: a phrase as it appears in a heading, title or framing, and the
 * issuer name the statement records. */
struct issuer_phrase {
    const char *phrase;
    const char *issuer;
};
extern const struct issuer_phrase ISSUERS[];
/* Bodies that many statements name in passing: an issuer only as the
 * subject of the opening paragraph ("The OSCE Office … today opened"). */
extern const struct issuer_phrase SUBJECT_ISSUERS[];
/* A government's foreign service by its own English name (phrases.c). */
struct foreign_service {
    const char *alpha2;
    const char *until;  /* the name serves dates before this one; NULL: any */
    const char *name;
    const char *osce;   /* its delegation at the OSCE, or NULL */
};
extern const struct foreign_service FOREIGN_SERVICES[];
/* Verbs after a country's name that make it the speaker ("Canada welcomes"). */
extern const char *const SPEAKER_VERBS[];

/* Statement kinds signalled by a title or heading phrase. */
struct kind_phrase {
    const char *phrase;
    const char *kind;
};
extern const struct kind_phrase KINDS[];
/* The kind an issuer's own statement has when nothing else tells
 * (a phrase found in the issuer's name). */
extern const struct kind_phrase ISSUER_KINDS[];

/* Election types: a word before "election(s)" and the schema's type. */
struct election_word {
    const char *word;
    const char *type;
};

/* A cue word of some language, compared with a case-folded word: the word
 * begins with stem and runs at most slack characters further ("élection"
 * + 1: "élections"); slack -1: any further (a compound's head,
 * "präsidentschafts…"); a stem "*wahl": the word ends so, plus slack
 * characters (the compound "Präsidentschaftswahlen").  value: what the
 * word says (an election type, "election", "referendum", "early"). */
struct cue_word {
    const char *stem;
    int slack;
    const char *value;
};
/* The first entry of table (ending with a NULL stem) that folded matches. */
const struct cue_word *cue_word_match(const struct cue_word *table, const char *folded);
/* Nouns for an election or referendum in the languages other than English
 * (English "election" has its own, more careful reading), and a run-off
 * in any language. */
extern const struct cue_word ELECTION_NOUNS[];
/* Election types in those languages, before or after the noun or as the
 * head of a compound ("élection présidentielle", "Parlamentswahlen",
 * "парламентских выборов"). */
extern const struct cue_word ELECTION_TYPE_CUES[];
/* "Early" in those languages ("anticipées", "vorgezogene", "досрочные"). */
extern const struct cue_word EARLY_CUES[];
extern const struct election_word ELECTION_TYPES[];
/* Who an election elects ("the elections of the Governors") and its type. */
extern const struct election_word ELECTED_OFFICES[];
extern const char *const EARLY_WORDS[];
/* Words after "election(s)" that name a body or a thing, not an election
 * ("election observation mission", "Election Commission"). */
extern const char *const ELECTION_BODY_WORDS[];
/* Named legislative chambers (as written) for the chamber field. */
extern const char *const CHAMBERS[];

/* Alignment groups: the phrase that opens a group in the clause. */
struct group_phrase {
    const char *phrase;
    const char *group;
};
extern const struct group_phrase ALIGNMENT_GROUPS[];

/* Organisations named in statements: text to find and the name recorded. */
struct org_phrase {
    const char *phrase;
    const char *name;
};
extern const struct org_phrase ORGANISATIONS[];

/* What an organisation's name ends in, for bodies the ORGANISATIONS
 * table does not list ("… Electoral Commission"). */
extern const char *const ORGANISATION_HEADS[];
/* Phrases after which the election's date follows ("voted on …"). */
extern const char *const VOTE_PHRASES[];
/* Lines that name a section of a site, not one statement ("Statements
 * by the Spokesperson", "Press releases"). */
extern const char *const SECTION_LABELS[];

/* Who speaks (issue 16: the author).  Offices a statement's author holds,
 * in the languages statements come in, as written before or after the
 * name ("High Representative Josep Borrell", "Catherine Ashton, Hohe
 * Vertreterin …"); inflected forms are rows of their own. */
extern const char *const AUTHOR_ROLES[];
/* Words of courtesy before a name, never part of it ("H.E.", "Mme"). */
extern const char *const HONORIFICS[];
/* Lower-case words that join a role to its complement ("Minister *for*
 * Africa", "porta-voz *do* Departamento"). */
extern const char *const ROLE_CONNECTORS[];
/* The word that says whose a statement is ("Statement *by* …",
 * "Déclaration *de* …", "Erklärung *der* …"), articles after it. */
extern const char *const AUTHOR_BY_WORDS[];
extern const char *const AUTHOR_ARTICLES[];
/* Verbs a report puts after (or before) the person it quotes ("said",
 * "has congratulated", "comentou"); auxiliaries that may stand between. */
extern const char *const SPEECH_VERBS[];
/* The verbs of saying among them, which may come before the speaker
 * ("said Josep Borrell"); after the others a person is their object. */
extern const char *const SAYING_VERBS[];
/* "and" in the languages statements come in: joint speakers. */
extern const char *const JOINT_WORDS[];
extern const char *const SPEECH_AUXILIARIES[];
/* Lower-case words that may stand inside a person's name ("van", "de"). */
extern const char *const NAME_PARTICLES[];

/* "… elections in X": the words before the country a title is about. */
extern const char *const SUBJECT_PREPOSITIONS[];

/* A page's publication line ("published on", "gepubliceerd op", "The
 * press release issued by … on"): the date after it dates the page. */
extern const char *const PUBLICATION_PHRASES[];

/* The word for "year" written after one ("2023 г."), in a dateline. */
extern const char *const YEAR_WORDS[];

/* The words a statement opens with ("The European Union", "A União
 * Europeia"): where a title run into its first sentence ends. */
extern const char *const STATEMENT_OPENINGS[];

/* Titles before a person's name ("President Tokayev"). */
extern const char *const PERSON_TITLES[];


/* Is w[0, len) one of FUNCTION_WORDS (ASCII case-insensitive)? */
int is_function_word(const char *w, size_t len);
/* Case-insensitive: does s equal one of list (ignoring a final ':')? */
int phrase_list_equals(const char *const *list, const char *s);
/* Case-insensitive: does s begin with one of list? */
int phrase_list_prefix(const char *const *list, const char *s);
/* Case-insensitive: the first entry of list found in s, or NULL. */
const char *phrase_list_find(const char *const *list, const char *s);
/* Case-insensitive strstr. */
const char *find_ci(const char *haystack, const char *needle);

#endif
