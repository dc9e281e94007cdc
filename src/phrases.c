#include "phrases.h"
#include "phrase_index.h"
#include "strbuf.h"
#include "utf8.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const RELATED_HEADINGS[] = {
    "Related articles", "Related", "Related news", "Related content",
    "Related stories", "Read more", "Read also", "See also", "More on this topic",
    "Editor's choice", "Editor’s choice", "Popular", "Most read", "Latest news",
    "You may also like", "Recommended", "More news", "Latest", NULL};

const char *const NAVIGATION_LINES[] = {
    "Home", "News", "Menu", "Search", "Skip to main content", "Back to top", "Subscribe",
    "Newsletter", "Top", "Close", "Main menu", "Navigation", "Sitemap", "Contact us", NULL};

const char *const NAVIGATION_PREFIXES[] = {"Skip to ", "Follow us", NULL};

const char *const FURNITURE_LINES[] = {
    "Side Bar", "Sidebar", "My account", "Left navigation", "Navigation path",
    "Additional tools", "Service navigation", "Tools", "Media files", "logo", "Download logo",
    "Back to Index", "Back to list", "Back", "(END)", "END", "Comments", "Leave a Comment",
    "Leave a reply", "Related", "Related articles", "Read more", "See also", "Print",
    "Print version", "Print this page", "Editorial Sections", "Top of page", "Page top",
    "Advertisement", "Most read", "Latest news",
    "Main navigation", "Breadcrumb", "Search form", "Languages", NULL};

const char *const FURNITURE_PREFIXES[] = {
    "Last updated", "Last modified", "Page last updated", "Page last reviewed", "Top of page",
    "Back to top", "Print this page", "Print version", "Send this page", "Email this page",
    "Did you find this information helpful", "Was this page useful", "Was this page helpful",
    "Is this page useful", "Is there anything wrong with this page", "Report a problem",
    "Help us improve", "Manage your searches", "Leave a Comment", "Leave a reply",
    "Your email address will not be published", "Required fields are marked",
    "You must be logged in", "Distributed by", "Source:", "Source :", "Translation by",
    "Translated by", "Editing by", "Edited by", "Reporting by", "Writing by", "Tags:",
    "Tag:", "Topics:", "Filed under", "Categories:", "Category:", "Photo:", "Photo credit",
    "Image:", "Caption:", "Follow us", "Subscribe to", "Sign up for", "Donate",
    "Support our journalism", "Note:Your browser", "Note: Your browser", "Your browser",
    "Editorial Sections", "Copyright", "\xc2\xa9", "All rights reserved",
    "Chemin de navigation", "Navigationspfad", "Imprimer", "Drucken",
    "Version imprimable", "Haut de page", "Nach oben", "Related Articles", "Related News",
    "Read also", "Read more", "More on this", "Met dank overgenomen van", "Originally published",
    "This article was originally published", "Republished from", "Reproduced from",
    "Taken from", "Published by", NULL};

const char *const LANGUAGE_NAMES[] = {
    "English", "English version", "Japanese", "Fran\xc3\xa7" "ais", "Version fran\xc3\xa7" "aise",
    "Deutsch", "Espa\xc3\xb1ol", "Portugu\xc3\xaas", "Italiano", "Nederlands",
    "\xd0\xa0\xd1\x83\xd1\x81\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9", "EN", "FR", "DE", "EN FR", NULL};

const char *const TITLE_CUES[] = {
    "Statement", "Declaration", "Press release", "Press statement", "Communiqu",
    "Readout", "Remarks", "Speech", "Joint statement",
    "D\xc3\xa9" "claration", "Erkl\xc3\xa4rung", "Stellungnahme", "Pressemitteilung",
    "Declara\xc3\xa7\xc3\xa3o", "Declaraci\xc3\xb3n", "Dichiarazione", "Comunicado",
    "Comunicato", "Verklaring",
    "\xd0\x97\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5", /* Заявление */
    "\xd0\x9e\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82", /* Ответ */
    NULL};

const char *const SUBJECT_WORDS[] = {
    " on ", " about ", " regarding ", " concerning ", " following ", " ahead of ", ": ",
    " in ", " sur ", " concernant ", " zu ", " zum ", " zur ", " \xc3\xbc" "ber ", " sobre ",
    " relativa ", " \xd0\xbe ", " \xd0\xbf\xd0\xbe ", NULL};

const char *const FUNCTION_WORDS[] = {
    /* en */ "the", "and", "of", "to", "in", "is", "are", "with", "for", "on", "that", "a",
    "an", "by", "as", "its", "their", "has", "have", "be", "will", "this", "we", "it", "at",
    "from", "all", "which", "was", "were",
    /* fr */ "le", "la", "les", "et", "des", "du", "est", "de", "en", "un", "une", "au", "aux",
    "que", "qui", "pour", "dans", "sur", "par", "ses", "leur",
    /* de */ "der", "die", "das", "und", "den", "ist", "mit", "von", "zu", "im", "dem", "des",
    "ein", "eine", "auf", "sich", "nicht", "f\xc3\xbcr",
    /* es, pt, it */ "el", "los", "las", "y", "del", "con", "por", "o", "os", "as", "da", "do",
    "dos", "das", "e", "em", "na", "no", "para", "il", "di", "che", "per", "della",
    /* nl */ "het", "een", "van", "op", "voor",
    /* ru, bg */ "\xd0\xb8", "\xd0\xb2", "\xd0\xbd\xd0\xb0", "\xd1\x87\xd1\x82\xd0\xbe",
    "\xd0\xbf\xd0\xbe", "\xd0\xbd\xd0\xb5", "\xd1\x81", "\xd0\xba", "\xd0\xbe",
    "\xd0\xb7\xd0\xb0", "\xd0\xbe\xd1\x82", NULL};

const struct header_label HEADER_LABELS[] = {
    {"Date of Speech", LABEL_DATE}, {"Date of publication", LABEL_DATE},
    {"Date de publication", LABEL_DATE}, {"Date", LABEL_DATE}, {"Datum", LABEL_DATE},
    {"Fecha", LABEL_DATE}, {"Data", LABEL_DATE}, {"Published", LABEL_DATE},
    {"Place", LABEL_PLACE}, {"Location", LABEL_PLACE}, {"Lieu", LABEL_PLACE},
    {"Ort", LABEL_PLACE}, {"Venue", LABEL_PLACE},
    {"Speaker", LABEL_SPEAKER}, {"Orateur", LABEL_SPEAKER}, {"Redner", LABEL_SPEAKER},
    {"Delivered by", LABEL_SPEAKER},
    {"Reference", LABEL_REFERENCE}, {"Ref", LABEL_REFERENCE}, {"No", LABEL_REFERENCE},
    {"Policy area", LABEL_OTHER}, {"Domaine politique", LABEL_OTHER},
    {"Politikbereich", LABEL_OTHER}, {"Subject", LABEL_OTHER}, {"Topic", LABEL_OTHER},
    {"Category", LABEL_OTHER}, {"Type", LABEL_OTHER}, {NULL, LABEL_OTHER}};

const char *const ALIGNMENT_OPENINGS[] = {
    "The Candidate Countries", "The candidate countries", "Candidate Countries",
    "The Countries of the Stabilisation", "Les pays candidats", "Die Kandidatenl\xc3\xa4nder",
    "Os pa\xc3\xadses candidatos", "Los pa\xc3\xadses candidatos", "I paesi candidati",
    "\xd0\xa1\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd1\x8b-\xd0\xba\xd0\xb0\xd0\xbd\xd0\xb4\xd0\xb8\xd0\xb4\xd0\xb0\xd1\x82\xd1\x8b", /* Страны-кандидаты */
    NULL};

const char *const FRAMING_PHRASES[] = {
    "the following statement", "the following declaration", "the following press",
    "the following joint statement", "the following communiqu", "issued the following",
    "released the following", "let me share", "allow me to share", "I would like to share",
    "I would like to draw your attention", "I wish to draw your attention",
    "la d\xc3\xa9" "claration suivante", "le communiqu\xc3\xa9 suivant",
    "folgende Erkl\xc3\xa4rung", "la seguente dichiarazione", "la siguiente declaraci\xc3\xb3n",
    "a seguinte declara\xc3\xa7\xc3\xa3o",
    "\xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd1\x83\xd1\x8e\xd1\x89\xd0\xb5\xd0\xb5 "
    "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5", /* следующее заявление */
    "\xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd0\xbd\xd0\xbe\xd1\x82\xd0\xbe "
    "\xd0\xb8\xd0\xb7\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5", /* следното изявление */
    NULL};

const char *const SPEAKER_PHRASES[] = {
    "delivered by", "as delivered by", "pronounced by", "prononc\xc3\xa9" "e par",
    "vorgetragen von", "pronunciada por", "proferida por", "pronunciata da", NULL};

const char *const SHARE_WORDS[] = {
    "Share", "Print", "Tweet", "Email", "E-mail", "Facebook", "Twitter", "X", "LinkedIn",
    "WhatsApp", "Telegram", "Reddit", "Copy", "link", "this", "page", "on", "Download",
    "PDF", NULL};

const char *const LANGUAGE_MENU_PREFIXES[] = {
    "Page language:", "Language:", "Select language", "Choose language", "Available languages",
    "Other languages", "Other available languages", "Autres langues", "Andere Sprachen", NULL};

const char *const COOKIE_PREFIXES[] = {
    "We use cookies", "This website uses cookies", "This site uses cookies", "Cookie",
    "Accept all cookies", "Accept cookies", "Reject all", "Manage cookies", "Accept", NULL};

const char *const AUTHOR_HEADINGS[] = {
    "Author", "Authors", "About the author", "Written by", "Author(s)", NULL};

const char *const CALENDAR_DAYS[] = {
    "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su",
    NULL};

const char *const CONTACT_HEADINGS[] = {
    "Press contacts", "Press contact", "Media contacts", "Media contact", "Media enquiries",
    "Contacts", "Contact", "For further information, please contact",
    "For more information, please contact", "For further information contact", NULL};

const char *const KIND_LINES[] = {
    "Press release", "Press statement", "Statement", "Declaration", "Media advisory",
    "Readout", "News release", "Joint statement", "Speech", NULL};

const char *const PUBLICATION_PHRASES[] = {
    "published on", "issued by", "gepubliceerd op", "publi\xc3\xa9 le", "ver\xc3\xb6" "ffentlicht am",
    "publicado em", "publicado el", "pubblicato il", NULL};

const char *const YEAR_WORDS[] = {
    "\xd0\xb3.", "\xd0\xb3", "\xd0\xb3\xd0\xbe\xd0\xb4\xd0\xb0", NULL}; /* г. г года */

const char *const DATE_LABELS[] = {
    "Published", "Published on", "Updated", "Last updated", "Date", "Posted", "Posted on",
    "Issued on", "Released on", NULL};

const char *const NON_NAME_WORDS[] = {
    "Delegation", "Section", "Office", "Ministry", "Press", "Team", "Mission", "Embassy",
    "Service", "Department", "Unit", "Division", "Information", "Media", "Secretariat",
    "Union", "Commission", "Council", "ODIHR", "OSCE", "EEAS", "Charter", "Agreement",
    "Treaty", "Convention", "Dialogue", "Partnership", "Party", "Front", "Movement", "Group",
    "Assembly", "Court", NULL};

const char *const PERSON_CUES[] = {
    "led by", "co-led by", "headed by", "chaired by", "foreign policy chief", "enlargement commissioner", "commissioner", "opposition politician",
    "opposition leader", "opposition candidate", "former president", "main challenger,",
    "challenger,", "congratulates", "congratulated", "elected", "candidate", NULL};

const char *const ALIGNMENT_PHRASES[] = {
    "align themselves with this", "aligns itself with this", "align themselves with the present",
    "aligned themselves with this", "align themselves with the",
    /* fr, de, es, pt, it, ru */
    "s'associent \xc3\xa0 la pr\xc3\xa9sente d\xc3\xa9" "claration",
    "s\xe2\x80\x99" "associent \xc3\xa0 la pr\xc3\xa9sente d\xc3\xa9" "claration",
    "schlie\xc3\x9f" "en sich dieser Erkl\xc3\xa4rung an", "se suman a la presente declaraci\xc3\xb3n",
    "se suman a esta declaraci\xc3\xb3n", "subscrevem a presente declara\xc3\xa7\xc3\xa3o",
    "associam-se \xc3\xa0 presente declara\xc3\xa7\xc3\xa3o", "si allineano alla presente dichiarazione",
    "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd1\x8f\xd1\x8e\xd1\x82\xd1\x81\xd1\x8f "
    "\xd0\xba \xd0\xbd\xd0\xb0\xd1\x81\xd1\x82\xd0\xbe\xd1\x8f\xd1\x89\xd0\xb5\xd0\xbc\xd1\x83", /* присоединяются к настоящему */
    "\xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x81\xd1\x8a\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd1\x8f\xd0\xb2\xd0\xb0\xd1\x82 "
    "\xd0\xba\xd1\x8a\xd0\xbc", /* се присъединяват към */
    NULL};

const char *const DISCLAIMER_PHRASES[] = {
    "The OSCE Secretariat bears no responsibility", "bears no responsibility for the content",
    "Disclaimer:", "This document is an unofficial", "is a provisional translation",
    "is an unofficial translation", "unofficial translation", NULL};

const char *const LEAD_IN_ENDINGS[] = {
    "said:", "says:", "reads:", "stated:", "states:", "as follows:",
    "the statement reads:", "declared:",
    /* de, fr, pt, es, it, ru */
    "hie\xc3\x9f es:", "hei\xc3\x9ft es:", "erkl\xc3\xa4rte:", "sagte:", "a d\xc3\xa9" "clar\xc3\xa9 :",
    "a d\xc3\xa9" "clar\xc3\xa9:", "d\xc3\xa9" "clare :", "indique :", "disse:", "afirmou:",
    "declarou:", "dijo:", "declar\xc3\xb3:", "afirm\xc3\xb3:", "ha dichiarato:", "ha detto:",
    "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb:", "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xb0:",
    "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xb8:", /* заявил: заявила: заявили: */
    NULL};

const char *const QUOTE_ANNOUNCERS[] = {
    "reads the text of", "said in a statement", "the statement reads",
    "statement said", "according to the statement", "the statement says", "In a statement,",
    "No comunicado", "Dans un communiqu\xc3\xa9", "In einer Erkl\xc3\xa4rung", "En un comunicado",
    "In una dichiarazione", "\xd0\x92 \xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8", /* В заявлении */
    NULL};

const char *const REPORTED_SPEECH[] = {
    "In a statement,", "said in a statement", "the statement said", "the statement added",
    "according to the statement", "said she welcomed", "said he welcomed", "said it welcomed",
    "No comunicado", "Dans un communiqu\xc3\xa9", "Dans son communiqu\xc3\xa9",
    "In einer Erkl\xc3\xa4rung", "In der Erkl\xc3\xa4rung", "En un comunicado", "En el comunicado",
    "In una dichiarazione", "\xd0\x92 \xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8",
    NULL};

const char *const SALUTATIONS[] = {
    "Mr Chairman", "Mr. Chairman", "Madam Chair", "Madam Chairperson", "Mr Chair",
    "Mr. Chair", "Madam Chairwoman", "Thank you, Mr", "Thank you Mr", "Thank you, Madam",
    "Thank you Madam", "Thank you.", NULL};

const char *const DISTRIBUTION_LANGUAGES[] = {
    "ENGLISH", "FRENCH", "GERMAN", "RUSSIAN", "SPANISH", "ITALIAN", NULL};

const char *const PRESS_ROLES[] = {
    "Spokesperson", "Spokesman", "Spokeswoman", "Press Officer", "Press officer",
    "Press Secretary", "Head of Press", NULL};

const char *const EU_ISSUER_WORDS[] = {
    "EU", "European Union", "EEAS", "European External Action Service",
    "High Representative", NULL};

const struct forum_phrase FORUMS[] = {
    {"OSCE Permanent Council", "OSCE Permanent Council"},
    {"Permanent Council", "OSCE Permanent Council"},
    {"Forum for Security Co-operation", "OSCE Forum for Security Co-operation"},
    {"Human Dimension Implementation Meeting", "OSCE Human Dimension Implementation Meeting"},
    {"Human Rights Council", "UN Human Rights Council"},
    {"Security Council", "UN Security Council"},
    {"General Assembly", "UN General Assembly"},
    {"Committee of Ministers", "Council of Europe Committee of Ministers"},
    {NULL, NULL}};

const struct forum_phrase REFERENCE_FORUMS[] = {
    {"PC.DEL/", "OSCE Permanent Council"},
    {"PC.JOUR/", "OSCE Permanent Council"},
    {"FSC.DEL/", "OSCE Forum for Security Co-operation"},
    {"MC.DEL/", "OSCE Ministerial Council"},
    {NULL, NULL}};

/* Order matters: the first phrase found wins, so specific before general. */
const struct issuer_phrase ISSUERS[] = {
    {"Declaration by the Presidency", "Presidency of the Council of the EU"},
    {"Presidency on behalf of", "Presidency of the Council of the EU"},
    {"D\xc3\xa9" "claration de la Pr\xc3\xa9sidence", "Presidency of the Council of the EU"},
    {"Erkl\xc3\xa4rung des Vorsitzes", "Presidency of the Council of the EU"},
    {"Erkl\xc3\xa4rung der Pr\xc3\xa4sidentschaft", "Presidency of the Council of the EU"},
    {"Declara\xc3\xa7\xc3\xa3o da Presid\xc3\xaancia", "Presidency of the Council of the EU"},
    {"Declaraci\xc3\xb3n de la Presidencia", "Presidency of the Council of the EU"},
    {"Dichiarazione della Presidenza", "Presidency of the Council of the EU"},
    {"Member States represented in", "EU Delegation"},
    {"on behalf of the 27 member states", "High Representative on behalf of the EU"},
    {"on behalf of its member states", "High Representative on behalf of the EU"},
    {"on behalf of the EU27", "High Representative on behalf of the EU"},
    {"High Representative on behalf of the European Union", "High Representative on behalf of the EU"},
    {"High Representative on behalf of the EU", "High Representative on behalf of the EU"},
    {"on behalf of the European Union", "High Representative on behalf of the EU"},
    {"au nom de l'UE", "High Representative on behalf of the EU"},
    {"au nom de l\xe2\x80\x99UE", "High Representative on behalf of the EU"},
    {"au nom de l'Union europ\xc3\xa9" "enne", "High Representative on behalf of the EU"},
    {"au nom de l\xe2\x80\x99Union europ\xc3\xa9" "enne", "High Representative on behalf of the EU"},
    {"im Namen der EU", "High Representative on behalf of the EU"},
    {"im Namen der Europ\xc3\xa4ischen Union", "High Representative on behalf of the EU"},
    {"em nome da UE", "High Representative on behalf of the EU"},
    {"em nome da Uni\xc3\xa3o Europeia", "High Representative on behalf of the EU"},
    {"en nombre de la UE", "High Representative on behalf of the EU"},
    {"en nombre de la Uni\xc3\xb3n Europea", "High Representative on behalf of the EU"},
    {"a nome dell'UE", "High Representative on behalf of the EU"},
    {"\xd0\xbe\xd1\x82 \xd0\xb8\xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb0 \xd0\x95\xd0\xa1", "High Representative on behalf of the EU"}, /* от името на ЕС */
    {"Statement by the High Representative", "High Representative"},
    {"Declaration by the High Representative", "High Representative"},
    {"Statement by High Representative", "High Representative"},
    {"Joint Statement by HR/VP", "High Representative"},
    {"Statement by HR/VP", "High Representative"},
    {"Statements by the High Representative", "High Representative"},
    /* "Catherine Ashton, the High Representative of the European Union …,
     * made the following statement": the office, before the Union's name. */
    {"the High Representative of the European Union", "High Representative"},
    {"High Representative of the Union", "High Representative"},
    {"du haut repr\xc3\xa9sentant", "High Representative"},
    {"de la haute repr\xc3\xa9sentante", "High Representative"},
    {"der Hohen Vertreterin", "High Representative"}, {"des Hohen Vertreters", "High Representative"},
    {"da Alta Representante", "High Representative"}, {"do Alto Representante", "High Representative"},
    {"del Alto Representante", "High Representative"},
    {"dell'Alto rappresentante", "High Representative"},
    {"\xd0\x92\xd1\x8a\xd1\x80\xd1\x85\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xb8\xd1\x8f "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb", "High Representative"}, /* Върховния представител */
    {"\xd0\x92\xd1\x8b\xd1\x81\xd0\xbe\xd0\xba\xd0\xbe\xd0\xb3\xd0\xbe "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f",
     "High Representative"},
    {"European External Action Service (EEAS) spokesperson", "EEAS Spokesperson"},
    {"EEAS spokesperson", "EEAS Spokesperson"},
    {"Statement by the Spokesperson", "EEAS Spokesperson"},
    {"Statement by the EU Spokesperson", "EEAS Spokesperson"},
    {"Statements by the Spokesperson", "EEAS Spokesperson"},
    {"Porte-parole du Secr\xc3\xa9taire g\xc3\xa9n\xc3\xa9ral", "Spokesperson for the Secretary-General"},
    {"D\xc3\xa9" "claration du porte-parole", "EEAS Spokesperson"},
    {"D\xc3\xa9" "claration de la porte-parole", "EEAS Spokesperson"},
    {"Erkl\xc3\xa4rung des Sprechers", "EEAS Spokesperson"},
    {"Erkl\xc3\xa4rung der Sprecherin", "EEAS Spokesperson"},
    {"Declara\xc3\xa7\xc3\xa3o do porta-voz", "EEAS Spokesperson"},
    {"Declaraci\xc3\xb3n del portavoz", "EEAS Spokesperson"},
    {"\xd0\x97\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd1\x81\xd1\x81-\xd1\x81\xd0\xb5\xd0\xba\xd1\x80\xd0\xb5\xd1\x82\xd0\xb0\xd1\x80\xd1\x8f",
     "EEAS Spokesperson"}, /* Заявление пресс-секретаря */
    {"Spokesperson for Foreign Affairs and Security Policy", "EEAS Spokesperson"},
    {"Spokesperson for the Secretary-General", "Spokesperson for the Secretary-General"},
    {"Spokesperson of the Secretary-General", "Spokesperson for the Secretary-General"},
    {"Secretary-General's Spokesperson", "Spokesperson for the Secretary-General"},
    {"Department Spokesperson", "U.S. Department of State"},
    {"Delegation of the European Union", "EU Delegation"},
    {"EU Delegation", "EU Delegation"},
    {"United States Mission to the OSCE", "United States Mission to the OSCE"},
    {"U.S. Mission to the OSCE", "United States Mission to the OSCE"},
    {"Department of State", "U.S. Department of State"},
    /* The foreign services news reports and translations name */
    {"State Department", "U.S. Department of State"},
    {"Departamento de Estado", "U.S. Department of State"},
    {"D\xc3\xa9partement d'\xc3\x89tat", "U.S. Department of State"},
    {"D\xc3\xa9partement d\xe2\x80\x99\xc3\x89tat", "U.S. Department of State"},
    {"Global Affairs Canada", "Global Affairs Canada"},
    {"Federal Foreign Office", "German Federal Foreign Office"},
    {"Ausw\xc3\xa4rtiges Amt", "German Federal Foreign Office"},
    {"Ausw\xc3\xa4rtigen Amt", "German Federal Foreign Office"},
    {"Foreign, Commonwealth & Development Office", "UK Foreign, Commonwealth & Development Office"},
    {"Foreign, Commonwealth and Development Office", "UK Foreign, Commonwealth & Development Office"},
    {"FCDO", "UK Foreign, Commonwealth & Development Office"},
    {"Foreign & Commonwealth Office", "UK Foreign & Commonwealth Office"},
    {"Foreign and Commonwealth Office", "UK Foreign & Commonwealth Office"},
    {"Parliamentary Assembly of the Council of Europe", "Parliamentary Assembly of the Council of Europe"},
    {"Council of Europe Parliamentary Assembly", "Parliamentary Assembly of the Council of Europe"},
    {"Ministry of Foreign Affairs", "Ministry of Foreign Affairs"},
    {"Foreign Ministry", "Ministry of Foreign Affairs"},
    {"European Union", "European Union"},
    {"EU Statement", "European Union"},
    {"Union europ\xc3\xa9" "enne", "European Union"},
    {"Europ\xc3\xa4ische Union", "European Union"}, {"Europ\xc3\xa4ischen Union", "European Union"},
    {"Uni\xc3\xa3o Europeia", "European Union"}, {"Uni\xc3\xb3n Europea", "European Union"},
    {"Unione europea", "European Union"},
    {"\xd0\x95\xd0\xb2\xd1\x80\xd0\xbe\xd0\xbf\xd0\xb5\xd0\xb9\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9 "
     "\xd0\xa1\xd0\xbe\xd1\x8e\xd0\xb7", "European Union"}, /* Европейский Союз */
    {NULL, NULL}};

const struct issuer_phrase SUBJECT_ISSUERS[] = {
    {"OSCE Office for Democratic Institutions and Human Rights", "OSCE/ODIHR"},
    {"International Election Observation Mission", "International Election Observation Mission"},
    {NULL, NULL}};

/* The foreign services whose English names are their own ("Global Affairs
 * Canada", not "Ministry of Foreign Affairs of Canada"), with the names
 * they had before a renaming: a row serves statements dated before its
 * `until`, the last row of a country (until NULL) any later or undated
 * one.  `osce`: the country's delegation at the OSCE, NULL when it has no
 * row of its own. */
const struct foreign_service FOREIGN_SERVICES[] = {
    {"US", NULL, "U.S. Department of State", "United States Mission to the OSCE"},
    {"GB", "2020-09-02", "UK Foreign & Commonwealth Office", NULL},
    {"GB", NULL, "UK Foreign, Commonwealth & Development Office", NULL},
    {"CA", "2013-06-26", "Foreign Affairs and International Trade Canada", NULL},
    {"CA", "2015-11-04", "Foreign Affairs, Trade and Development Canada", NULL},
    {"CA", NULL, "Global Affairs Canada", NULL},
    {"DE", NULL, "German Federal Foreign Office", NULL},
    {"JP", NULL, "Ministry of Foreign Affairs of Japan", NULL},
    {"FR", "2017-05-17", "French Ministry of Foreign Affairs", NULL},
    {"FR", NULL, "French Ministry for Europe and Foreign Affairs", NULL},
    {"AU", NULL, "Australian Department of Foreign Affairs and Trade", NULL},
    {"NZ", NULL, "New Zealand Ministry of Foreign Affairs and Trade", NULL},
    {"CH", NULL, "Swiss Federal Department of Foreign Affairs", NULL},
    {NULL, NULL, NULL, NULL}};

/* What a government says of itself right after its country's name: "The
 * United States congratulates", "Canada welcomes", "la France salue". */
const char *const SPEAKER_VERBS[] = {
    /* en */ "welcomes", "congratulates", "notes", "takes note", "joins", "condemns",
    "deplores", "regrets", "expresses", "urges", "calls", "commends", "applauds",
    "is concerned", "is deeply", "is seriously", "is gravely", "is alarmed", "is disappointed",
    "remains", "reiterates", "reaffirms", "recognizes", "recognises", "acknowledges",
    "looks forward", "stands", "supports", "encourages", "appreciates", "expects", "hopes",
    "strongly", "warmly", "sincerely", "extends", "wishes", "would like", "has taken note",
    "has noted", "shares", "values", "echoes",
    /* fr */ "salue", "f\xc3\xa9licite", "se f\xc3\xa9licite", "prend note", "condamne",
    "regrette", "d\xc3\xa9plore", "appelle", "exprime", "encourage", "soutient",
    /* de */ "begr\xc3\xbc\xc3\x9ft", "gratuliert", "verurteilt", "bedauert", "ruft",
    /* es, pt */ "felicita", "saluda", "condena", "lamenta", "sa\xc3\xba" "da", NULL};

const struct kind_phrase KINDS[] = {
    /* The EU heads of mission in a country: before "on behalf of the EU". */
    {"Member States represented in", "local-statement"},
    {"Declaration by the Presidency", "presidency-declaration"},
    {"Presidency on behalf of", "presidency-declaration"},
    /* fr, de, pt, es, it, ru */
    {"D\xc3\xa9" "claration de la Pr\xc3\xa9sidence", "presidency-declaration"},
    {"Erkl\xc3\xa4rung des Vorsitzes", "presidency-declaration"},
    {"Erkl\xc3\xa4rung der Pr\xc3\xa4sidentschaft", "presidency-declaration"},
    {"Declara\xc3\xa7\xc3\xa3o da Presid\xc3\xaancia", "presidency-declaration"},
    {"Declaraci\xc3\xb3n de la Presidencia", "presidency-declaration"},
    {"Dichiarazione della Presidenza", "presidency-declaration"},
    {"Declaration by the High Representative", "hrvp-declaration"},
    {"on behalf of the EU", "hrvp-declaration"},
    {"Statement by the High Representative", "hrvp-declaration"},
    {"Statement by High Representative", "hrvp-declaration"},
    {"Statement by HR/VP", "hrvp-declaration"},
    {"Statements by the High Representative", "hrvp-declaration"},
    {"du haut repr\xc3\xa9sentant", "hrvp-declaration"},
    {"de la haute repr\xc3\xa9sentante", "hrvp-declaration"},
    {"au nom de l'UE", "hrvp-declaration"}, {"au nom de l\xe2\x80\x99UE", "hrvp-declaration"},
    {"au nom de l'Union europ\xc3\xa9" "enne", "hrvp-declaration"},
    {"au nom de l\xe2\x80\x99Union europ\xc3\xa9" "enne", "hrvp-declaration"},
    {"der Hohen Vertreterin", "hrvp-declaration"}, {"des Hohen Vertreters", "hrvp-declaration"},
    {"im Namen der EU", "hrvp-declaration"},
    {"im Namen der Europ\xc3\xa4ischen Union", "hrvp-declaration"},
    {"da Alta Representante", "hrvp-declaration"}, {"do Alto Representante", "hrvp-declaration"},
    {"em nome da UE", "hrvp-declaration"}, {"em nome da Uni\xc3\xa3o Europeia", "hrvp-declaration"},
    {"del Alto Representante", "hrvp-declaration"}, {"en nombre de la UE", "hrvp-declaration"},
    {"en nombre de la Uni\xc3\xb3n Europea", "hrvp-declaration"},
    {"dell'Alto rappresentante", "hrvp-declaration"}, {"a nome dell'UE", "hrvp-declaration"},
    {"\xd0\x92\xd1\x8b\xd1\x81\xd0\xbe\xd0\xba\xd0\xbe\xd0\xb3\xd0\xbe "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f",
     "hrvp-declaration"}, /* Высокого представителя */
    {"\xd0\xbe\xd1\x82 \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8 \xd0\x95\xd0\xa1",
     "hrvp-declaration"}, /* от имени ЕС */
    {"\xd0\xbe\xd1\x82 \xd0\xb8\xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb0 \xd0\x95\xd0\xa1", "hrvp-declaration"}, /* от името на ЕС */
    {"\xd0\x92\xd1\x8a\xd1\x80\xd1\x85\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xb8\xd1\x8f "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb", "hrvp-declaration"}, /* Върховния представител */
    {"Statement by the Spokesperson", "spokesperson-statement"},
    {"Statement by the EU Spokesperson", "spokesperson-statement"},
    {"attributable to the Spokesperson", "spokesperson-statement"},
    {"Department Spokesperson", "spokesperson-statement"},
    {"Spokesperson for the Secretary-General", "spokesperson-statement"},
    {"Spokesperson of the Secretary-General", "spokesperson-statement"},
    {"Press Secretary", "spokesperson-statement"},
    {"Statement by Spokesperson", "spokesperson-statement"},
    {"Statements by the Spokesperson", "spokesperson-statement"},
    {"du porte-parole", "spokesperson-statement"}, {"de la porte-parole", "spokesperson-statement"},
    {"Porte-parole du Secr\xc3\xa9taire g\xc3\xa9n\xc3\xa9ral", "spokesperson-statement"},
    {"des Sprechers", "spokesperson-statement"}, {"der Sprecherin", "spokesperson-statement"},
    {"do porta-voz", "spokesperson-statement"}, {"da porta-voz", "spokesperson-statement"},
    {"del portavoz", "spokesperson-statement"}, {"de la portavoz", "spokesperson-statement"},
    {"del portavoce", "spokesperson-statement"},
    {"\xd0\xbf\xd1\x80\xd0\xb5\xd1\x81\xd1\x81-\xd1\x81\xd0\xb5\xd0\xba\xd1\x80\xd0\xb5\xd1\x82\xd0\xb0\xd1\x80\xd1\x8f",
     "spokesperson-statement"}, /* пресс-секретаря */
    {"\xd0\xbd\xd0\xb0 \xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f",
     "spokesperson-statement"}, /* на говорителя */
    {"Local Statement", "local-statement"},
    {"Joint local statement", "local-statement"},
    {"Press release", "press-release"},
    {"Press statement", "press-release"},
    {"Communiqu\xc3\xa9 de presse", "press-release"}, {"Pressemitteilung", "press-release"},
    {"Comunicado de prensa", "press-release"}, {"Comunicado de imprensa", "press-release"},
    {"Nota \xc3\xa0 imprensa", "press-release"}, {"Comunicato stampa", "press-release"},
    {"\xd0\x9f\xd1\x80\xd0\xb5\xd1\x81\xd1\x81-\xd1\x80\xd0\xb5\xd0\xbb\xd0\xb8\xd0\xb7",
     "press-release"}, /* Пресс-релиз */
    {"Preliminary Findings and Conclusions", "press-release"},
    {NULL, NULL}};

const struct kind_phrase ISSUER_KINDS[] = {
    {"Spokesperson", "spokesperson-statement"},
    {"High Representative", "hrvp-declaration"},
    {"Presidency of the Council", "presidency-declaration"},
    {"EU Delegation", "local-statement"},
    {"Ministry", "press-release"},
    {"Minister", "press-release"},
    {"Department of", "press-release"},
    {"Office", "press-release"},
    {"Government", "press-release"},
    {"Mission", "press-release"},
    {"Presidency", "press-release"},
    {"Chairperson", "press-release"},
    {"ODIHR", "press-release"},
    {"Commonwealth", "press-release"},
    {"Assembly", "press-release"},
    {NULL, NULL}};

const struct election_word ELECTED_OFFICES[] = {
    {"President", "presidential"}, {"Governors", "regional"}, {"Governor", "regional"},
    {"Parliament", "parliamentary"}, {"National Assembly", "parliamentary"},
    {"Mayor", "local"}, {"Mayors", "local"}, {NULL, NULL}};

const struct election_word ELECTION_TYPES[] = {
    {"presidential", "presidential"},
    {"parliamentary", "parliamentary"},
    {"legislative", "parliamentary"},
    {"general", "general"},
    {"local", "local"},
    {"municipal", "local"},
    {"regional", "regional"},
    {"provincial", "regional"},
    {"governorship", "regional"},
    {"Duma", "parliamentary"},
    {"Lower House", "parliamentary"},
    {"Upper House", "parliamentary"},
    {"National Assembly", "parliamentary"},
    {"state", "regional"},
    {"mayoral", "local"},
    {"gubernatorial", "regional"},
    {"Governors", "regional"},
    {"Governors'", "regional"},
    {"European Parliament", "european"},
    {"senate", "parliamentary"},
    {NULL, NULL}};

const char *const ELECTION_BODY_WORDS[] = {
    "observation", "observer", "commission", "committee", "administration", "authorit",
    "management", "law", "code", "assessment", "expert", NULL};

const struct cue_word ELECTION_NOUNS[] = {
    /* fr */ {"\xc3\xa9lection", 1, "election"}, {"scrutin", 1, "election"},
    {"r\xc3\xa9" "f\xc3\xa9rendum", 1, "referendum"},
    /* de */ {"wahl", 2, "election"}, {"*wahl", 2, "election"}, {"referendum", 1, "referendum"},
    {"volksabstimmung", 2, "referendum"},
    /* es */ {"elecci\xc3\xb3n", 0, "election"}, {"elecciones", 0, "election"},
    {"comicios", 0, "election"}, {"refer\xc3\xa9ndum", 1, "referendum"},
    /* pt */ {"elei\xc3\xa7\xc3\xa3o", 0, "election"}, {"elei\xc3\xa7\xc3\xb5" "es", 0, "election"},
    {"pleito", 1, "election"}, {"referendo", 1, "referendum"},
    /* it */ {"elezion", 1, "election"}, {"referendum", 0, "referendum"},
    /* ru: the plural only ("выбор" is a choice) */
    {"\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80\xd1\x8b", 0, "election"}, /* выборы */
    {"\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2", 0, "election"}, /* выборов */
    {"\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80\xd0\xb0\xd1\x85", 0, "election"}, /* выборах */
    {"\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80\xd0\xb0\xd0\xbc", 2, "election"}, /* выборам(и) */
    {"\xd1\x80\xd0\xb5\xd1\x84\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb4\xd1\x83\xd0\xbc", 3,
     "referendum"}, /* референдум */
    /* bg */ {"\xd0\xb8\xd0\xb7\xd0\xb1\xd0\xbe\xd1\x80\xd0\xb8", 2, "election"}, /* избори(те) */
    /* nl */ {"verkiezing", 2, "election"}, {"*verkiezing", 2, "election"},
    /* a run-off is an election too: en, de, it, ru, bg */
    {"run-off", 1, "election"}, {"runoff", 1, "election"}, {"stichwahl", 2, "election"},
    {"ballottaggio", 0, "election"},
    {"\xd0\xb1\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x82\xd0\xb0\xd0\xb6", 1, "election"}, /* балотаж */
    {NULL, 0, NULL}};

const struct cue_word ELECTION_TYPE_CUES[] = {
    /* fr */ {"pr\xc3\xa9sidentiel", 3, "presidential"}, {"l\xc3\xa9gislativ", 2, "parliamentary"},
    {"municipal", 3, "local"}, {"locales", 0, "local"}, {"r\xc3\xa9gional", 3, "regional"},
    {"g\xc3\xa9n\xc3\xa9ral", 3, "general"}, {"europ\xc3\xa9" "enn", 2, "european"},
    {"s\xc3\xa9natorial", 3, "parliamentary"},
    /* de: heads of compounds */
    {"pr\xc3\xa4sidentschafts", -1, "presidential"}, {"pr\xc3\xa4sidenten", -1, "presidential"},
    {"parlaments", -1, "parliamentary"}, {"bundestags", -1, "parliamentary"},
    {"staatsduma", -1, "parliamentary"}, {"duma", 1, "parliamentary"},
    {"kommunal", -1, "local"}, {"gemeinderats", -1, "local"}, {"landtags", -1, "regional"},
    {"regional", -1, "regional"}, {"europa", -1, "european"},
    /* es, pt, it */ {"presidencial", 2, "presidential"}, {"presidenciais", 0, "presidential"},
    {"presidenzial", 1, "presidential"}, {"legislativ", 2, "parliamentary"},
    {"parlamentari", 2, "parliamentary"}, {"parlamentar", 2, "parliamentary"},
    {"politiche", 0, "parliamentary"}, {"municipa", 3, "local"}, {"comunal", 1, "local"},
    {"amministrativ", 1, "local"}, {"auton\xc3\xb3mic", 2, "regional"}, {"regiona", 3, "regional"},
    {"generales", 0, "general"}, {"geral", 0, "general"}, {"gerais", 0, "general"},
    {"europee", 0, "european"}, {"europeas", 0, "european"}, {"europeias", 0, "european"},
    /* ru, bg */
    {"\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd1\x81\xd0\xba",
     3, "presidential"}, /* президентск */
    {"\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x82", 6,
     "parliamentary"}, /* парламент(ских, арните) */
    {"\xd0\xbc\xd1\x83\xd0\xbd\xd0\xb8\xd1\x86\xd0\xb8\xd0\xbf\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd",
     3, "local"}, /* муниципальн */
    {"\xd0\xbc\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd", 3, "local"}, /* местн */
    {"\xd1\x80\xd0\xb5\xd0\xb3\xd0\xb8\xd0\xbe\xd0\xbd\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd", 3,
     "regional"}, /* региональн */
    {"\xd0\xb4\xd1\x83\xd0\xbc", 2, "parliamentary"}, /* дум(а, у, ы) */
    /* nl: heads of compounds */ {"presidents", -1, "presidential"},
    {"parlements", -1, "parliamentary"}, {"gemeenteraads", -1, "local"},
    {NULL, 0, NULL}};

const struct cue_word EARLY_CUES[] = {
    {"anticip\xc3\xa9", 2, "early"}, {"vorgezogen", 2, "early"}, {"anticipad", 2, "early"},
    {"antecipad", 2, "early"}, {"anticipat", 1, "early"},
    {"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x80\xd0\xbe\xd1\x87\xd0\xbd", 3, "early"}, /* досрочн */
    {"\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x80\xd0\xbe\xd1\x87\xd0\xbd", 3,
     "early"}, /* предсрочн(ите) */
    {"vervroegd", 1, "early"}, {NULL, 0, NULL}};

const char *const EARLY_WORDS[] = {"early", "snap", "extraordinary", "pre-term", NULL};

const char *const CHAMBERS[] = {
    "lower chamber", "upper chamber", "lower house", "upper house", "Mäjilis", "Majilis",
    "Mazhilis", "Senate", "State Duma", "Jogorku Kenesh", "Oliy Majlis", "National Assembly",
    "House of Representatives", NULL};

/* Longer phrases first: "Potential Candidate" must win over "Candidate". */
const struct group_phrase ALIGNMENT_GROUPS[] = {
    {"Potential Candidate", "potential-candidate"},
    {"Stabilisation and Association Process", "potential-candidate"},
    {"Candidate", "candidate"},
    {"EFTA", "efta-eea"},
    {"European Economic Area", "efta-eea"},
    {"as well as", "other"},
    {NULL, NULL}};

const struct org_phrase ORGANISATIONS[] = {
    {"OSCE Office for Democratic Institutions and Human Rights", "OSCE/ODIHR"},
    {"Office for Democratic Institutions and Human Rights", "OSCE/ODIHR"},
    {"OSCE/ODIHR", "OSCE/ODIHR"},
    {"ODIHR", "OSCE/ODIHR"},
    {"OSCE", "OSCE"},
    {"European External Action Service", "European External Action Service"},
    {"EEAS", "European External Action Service"},
    {"European Parliament", "European Parliament"},
    {"European Commission", "European Commission"},
    {"Council of Europe", "Council of Europe"},
    {"Venice Commission", "Venice Commission"},
    {"United Nations", "United Nations"},
    {"UN Security Council", "UN Security Council"},
    {"UN", "United Nations"},
    {"NATO", "NATO"},
    {"African Union Commission", "African Union Commission"},
    {"African Union", "African Union"},
    {"OSCE Parliamentary Assembly", "OSCE Parliamentary Assembly"},
    {"OSCE PA", "OSCE Parliamentary Assembly"},
    {"Parliamentary Assembly of the Council of Europe", "Parliamentary Assembly of the Council of Europe"},
    {"International Monetary Fund", "International Monetary Fund"},
    {"EU Election Observation Mission", "EU Election Observation Mission"},
    {"EU EOM", "EU Election Observation Mission"},
    {"Central Election Commission", "Central Election Commission"},
    {"Central Electoral Commission", "Central Election Commission"},
    {"European Union", "European Union"},
    {"EU", "European Union"},
    /* The same bodies in the languages statements come in (named in English) */
    {"BIDDH", "OSCE/ODIHR"}, {"BDIMR", "OSCE/ODIHR"}, {"OSZE", "OSCE"}, {"OSCE/BIDDH", "OSCE/ODIHR"},
    {"\xd0\x91\xd0\x94\xd0\x98\xd0\x9f\xd0\xa7", "OSCE/ODIHR"}, /* БДИПЧ */
    {"\xd0\x9e\xd0\x91\xd0\xa1\xd0\x95", "OSCE"},                 /* ОБСЕ */
    {"Union europ\xc3\xa9" "enne", "European Union"}, {"UE", "European Union"},
    {"Europ\xc3\xa4ische Union", "European Union"}, {"Europ\xc3\xa4ischen Union", "European Union"},
    {"Uni\xc3\xa3o Europeia", "European Union"}, {"Uni\xc3\xb3n Europea", "European Union"},
    {"Unione europea", "European Union"},
    {"\xd0\x95\xd0\xb2\xd1\x80\xd0\xbe\xd0\xbf\xd0\xb5\xd0\xb9\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9 "
     "\xd0\xa1\xd0\xbe\xd1\x8e\xd0\xb7", "European Union"}, /* Европейский Союз */
    {"\xd0\x95\xd0\xa1", "European Union"},                       /* ЕС */
    {"Nations unies", "United Nations"}, {"Vereinte Nationen", "United Nations"},
    {"Vereinten Nationen", "United Nations"}, {"ONU", "United Nations"},
    {"\xd0\x9e\xd0\x9e\xd0\x9d", "United Nations"},             /* ООН */
    {"Parlement europ\xc3\xa9" "en", "European Parliament"},
    {"Europ\xc3\xa4isches Parlament", "European Parliament"},
    {"Conseil de l'Europe", "Council of Europe"}, {"Europarat", "Council of Europe"},
    {"Union africaine", "African Union"},
    {"mission d'observation \xc3\xa9lectorale de l'Union europ\xc3\xa9" "enne", "EU Election Observation Mission"},
    {"mission d\xe2\x80\x99observation \xc3\xa9lectorale de l\xe2\x80\x99Union europ\xc3\xa9" "enne",
     "EU Election Observation Mission"},
    {"mission d'observation \xc3\xa9lectorale de l'UE", "EU Election Observation Mission"},
    {"mission d\xe2\x80\x99observation \xc3\xa9lectorale de l\xe2\x80\x99UE", "EU Election Observation Mission"},
    {"MOE UE", "EU Election Observation Mission"}, {"MOE de l'UE", "EU Election Observation Mission"},
    {"Wahlbeobachtungsmission der EU", "EU Election Observation Mission"},
    {"internationalen Wahlbeobachtungsmission", "International Election Observation Mission"},
    {"internationale Wahlbeobachtungsmission", "International Election Observation Mission"},
    {"Departamento de Estado", "US Department of State"},
    {"D\xc3\xa9partement d'\xc3\x89tat", "US Department of State"},
    {"D\xc3\xa9partement d\xe2\x80\x99\xc3\x89tat", "US Department of State"},
    /* Regional organisations */
    {"CARICOM", "CARICOM"}, {"Caribbean Community", "CARICOM"}, {"ECOWAS", "ECOWAS"},
    {"Economic Community of West African States", "ECOWAS"}, {"SADC", "SADC"},
    {"Southern African Development Community", "SADC"}, {"ASEAN", "ASEAN"},
    {"Organization of American States", "Organization of American States"},
    {"League of Arab States", "League of Arab States"}, {"Arab League", "League of Arab States"},
    {"Carter Center", "Carter Center"},
    {NULL, NULL}};

const char *const ORGANISATION_HEADS[] = {
    "Electoral Commission", "Election Commission", "Elections Commission",
    "Electoral Complaints Commission", "Boundaries Commission", "Electoral Council",
    "Election Committee", "Electoral Committee", "Observation Mission", "Observer Group",
    "Monetary Fund", "Commission of Inquiry", NULL};

const char *const VOTE_PHRASES[] = {
    "voted on", "went to the polls on", "go to the polls on", "polling day on",
    "voting took place on", "voters cast their ballots on", NULL};

const char *const SECTION_LABELS[] = {
    "Statements", "Press releases", "Press Releases", "Speeches", "Declarations", "News",
    "Latest news", "Archive", "Communiqu\xc3\xa9s", "Press material", "Media", NULL};

const char *const AUTHOR_ROLES[] = {
    /* en */ "High Representative/Vice-President", "High Representative", "HR/VP",
    "Vice-President", "Spokesperson", "Spokesman", "Spokeswoman", "Department Spokesperson",
    "Press Secretary", "Secretary of State", "Secretary-General", "Secretary General",
    "Foreign Secretary", "Secretary", "Deputy Secretary", "Assistant Secretary",
    "Prime Minister", "Foreign Minister", "Minister", "Deputy Minister", "State Minister",
    "President", "Chairperson", "Chairman", "Chairwoman", "Chair", "Ambassador",
    "Permanent Representative", "Deputy Permanent Representative",
    "Charg\xc3\xa9 d'Affaires", "Commissioner", "Head of Delegation", "Head of Mission",
    "Special Representative", "Special Coordinator", "Special Envoy", "Head of the Delegation",
    "foreign policy chief",
    /* fr */ "Haute Repr\xc3\xa9sentante", "Haut Repr\xc3\xa9sentant", "Porte-parole",
    "Ministre", "Pr\xc3\xa9sident", "Pr\xc3\xa9sidente", "Ambassadeur", "Ambassadrice",
    "Secr\xc3\xa9taire g\xc3\xa9n\xc3\xa9ral", "Repr\xc3\xa9sentant permanent",
    /* de */ "Hohe Vertreterin", "Hohen Vertreterin", "Hoher Vertreter", "Hohen Vertreters",
    "Sprecherin", "Sprecher", "Ministerin", "Außenminister", "Außenministerin",
    "Bundesaußenminister", "Bundesaußenministerin", "Pr\xc3\xa4sident",
    "Pr\xc3\xa4sidentin", "Botschafter", "Botschafterin", "Staatsminister",
    "Staatsministerin",
    /* es, pt, it */ "Alta Representante", "Alto Representante", "portavoz", "porta-voz",
    "portavoce", "Ministro", "Ministra", "Presidente", "Embajador", "Embajadora",
    "Embaixador", "Embaixadora", "Ambasciatore", "Secret\xc3\xa1rio de Estado",
    "Secretario de Estado", "Chanceler", "Canciller",
    /* ru */ "\xd0\x92\xd1\x8b\xd1\x81\xd0\xbe\xd0\xba\xd0\xb8\xd0\xb9 "
    "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c", /* Высокий представитель */
    "\xd0\x9c\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x81\xd1\x82\xd1\x80", /* Министр */
    "\xd0\x9f\xd0\xbe\xd1\x81\xd0\xbe\xd0\xbb", /* Посол */
    "\xd0\x92\xd1\x8a\xd1\x80\xd1\x85\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xb8\xd1\x8f "
     "\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb", /* Върховния представител */
    "\xd0\x93\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb", /* Говорител */
    NULL};

const char *const HONORIFICS[] = {
    "H.E.", "HE", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mme", "M.", "Dr", "Dr.", "Sir",
    "Dame", "Madame", "Monsieur", "Herr", "Frau", "Sr.", "Sra.", "S.E.", "Hon.", "Honourable",
    "Honorable", "The Honourable", "The Hon.", "Prof.", "Professor", NULL};

const char *const ROLE_CONNECTORS[] = {
    "of", "for", "the", "and", "to", "at", "du", "de", "des", "la", "le", "et", "aux", "au",
    "der", "die", "und", "f\xc3\xbcr", "beim", "bei", "do", "da", "dos", "das", "e", "del",
    "y", "di", "della", "per", NULL};

const char *const AUTHOR_BY_WORDS[] = {
    "by", "from", "de", "du", "par", "der", "des", "von", "do", "da", "del", "della", "di",
    "\xd0\xbe\xd1\x82", "\xd0\xbd\xd0\xb0", NULL}; /* от, на */ /* от */

const char *const AUTHOR_ARTICLES[] = {"the", "la", "le", "l'", "l\xe2\x80\x99", "o", "a",
                                        "el", "il", NULL};

const char *const SPEECH_VERBS[] = {
    /* en */ "said", "says", "stated", "states", "added", "told", "noted", "declared",
    "welcomed", "welcomes", "congratulated", "congratulates", "expressed", "commended",
    "urged", "condemned", "wrote", "affirmed", "emphasised", "emphasized", "stressed",
    "called", "calls", "urges", "demanded", "demands", "warned", "criticised", "criticized",
    /* fr */ "d\xc3\xa9" "clare", "d\xc3\xa9" "clar\xc3\xa9", "dit", "salue", "salu\xc3\xa9",
    "f\xc3\xa9licite", "f\xc3\xa9licit\xc3\xa9", "affirme", "affirm\xc3\xa9", "souligne",
    "soulign\xc3\xa9",
    /* de */ "sagte", "erkl\xc3\xa4rte", "betonte", "begr\xc3\xbc\xc3\x9fte", "verurteilte",
    "kritisierte", "gratulierte",
    /* es, pt, it */ "dijo", "declar\xc3\xb3", "afirm\xc3\xb3", "felicit\xc3\xb3", "disse",
    "declarou", "afirmou", "afirma", "comentou", "parabenizou", "parabeniza",
    /* ru */ "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb", /* заявил */
    "\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xb0", /* заявила */
    NULL};

const char *const JOINT_WORDS[] = {"and", "et", "und", "e", "y", "\xd0\xb8", NULL}; /* и */

const char *const SAYING_VERBS[] = {
    "said", "says", "added", "stated", "wrote", "noted", "declared", "dit", "sagte",
    "erkl\xc3\xa4rte", "dijo", "disse", "afirmou", NULL};

const char *const SPEECH_AUXILIARIES[] = {
    "has", "have", "had", "also", "today", "on", "yesterday", "hat", "heute", "a", "ha", "hoy",
    "nesta", "aujourd'hui", NULL};

const char *const NAME_PARTICLES[] = {
    "van", "von", "de", "der", "den", "da", "dos", "das", "del", "di", "du", "le", "la", "bin",
    "al", "ten", "ter", NULL};

const char *const SUBJECT_PREPOSITIONS[] = {
    "in", "in the", "en", "au", "aux", "im", "in der", "em", "no", "na", "nel", "nella",
    "\xd0\xb2", "\xd0\xb2\xd0\xbe", "\xd0\xbd\xd0\xb0", NULL}; /* в во на */

const char *const STATEMENT_OPENINGS[] = {
    "The European Union", "The EU", "The United States", "The Government of",
    "L'Union europ\xc3\xa9" "enne", "L\xe2\x80\x99Union europ\xc3\xa9" "enne", "L'UE", "L\xe2\x80\x99UE",
    "Die Europ\xc3\xa4ische Union", "Die EU", "La Uni\xc3\xb3n Europea", "La UE",
    "A Uni\xc3\xa3o Europeia", "A UE", "L'Unione europea", "L\xe2\x80\x99Unione europea",
    "\xd0\x95\xd0\xb2\xd1\x80\xd0\xbe\xd0\xbf\xd0\xb5\xd0\xb9\xd1\x81\xd0\xba\xd0\xb8\xd0\xb9", /* Европейский */
    NULL};

const char *const PERSON_TITLES[] = {
    "President-elect", "President", "Prime Minister", "Foreign Minister", "Minister",
    "Chancellor", "King", "Queen", "Ambassador", "High Representative", "Secretary of State",
    "Speaker", "Foreign Secretary", "Commissioner", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    /* fr, de, es, pt, it */
    "Pr\xc3\xa9sident", "Pr\xc3\xa9sidente", "Premier ministre", "Ministre", "M.", "Mme",
    "Pr\xc3\xa4sident", "Pr\xc3\xa4sidentin", "Kanzler", "Kanzlerin", "Herr", "Frau",
    "Presidente", "presidente eleito", "presidente electo", "presidente", "Ministro", "Ministra",
    "Primeiro-ministro", "Sr.", "Sra.", "State Counsellor", "Hon", "Hon.",
    NULL};


const char *find_ci(const char *haystack, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return haystack;
    /* strpbrk finds the first letter in either case far faster than a
     * loop that lower-cases every byte. */
    char first[3] = {(char)tolower((unsigned char)needle[0]),
                     (char)toupper((unsigned char)needle[0]), '\0'};
    for (const char *p = strpbrk(haystack, first); p; p = strpbrk(p + 1, first))
        if (strncasecmp(p, needle, n) == 0)
            return p;
    return NULL;
}

const struct cue_word *cue_word_match(const struct cue_word *table, const char *folded)
{
    size_t len = strlen(folded);
    /* Only the entries that can match, in table order: those beginning
     * with the word's first byte and the suffix ones ("*wahl"), two lists
     * of the table's index (phrase_index.h) merged.  Every word of every
     * block is asked. */
    size_t n_first, n_star;
    const size_t *first = phrase_index_starting(table, sizeof *table, (unsigned char)folded[0], &n_first);
    const size_t *star = phrase_index_starting(table, sizeof *table, '*', &n_star);
    if (folded[0] == '*')
        n_star = 0; /* the same list twice */
    for (size_t a = 0, b = 0; a < n_first || b < n_star;) {
        const struct cue_word *c =
            &table[b == n_star || (a < n_first && first[a] < star[b]) ? first[a++] : star[b++]];
        if (c->stem[0] != folded[0] && c->stem[0] != '*')
            continue; /* "A…" where the word has "a…" */
        if (c->stem[0] == '*') {
            /* "präsidentschaftswahlen" ends "wahl" + "en" */
            const char *suffix = c->stem + 1;
            size_t sl = strlen(suffix);
            for (size_t extra = 0; extra <= (size_t)c->slack && extra + sl <= len; extra++) {
                size_t at = len - extra - sl;
                if (folded[at] == suffix[0] && strncmp(folded + at, suffix, sl) == 0 && at > 0 &&
                    utf8_chars_after(folded, at + sl) == extra)
                    return c;
            }
            continue;
        }
        size_t sl = strlen(c->stem);
        if (strncmp(folded, c->stem, sl) != 0)
            continue;
        if (c->slack < 0 || utf8_chars_after(folded, sl) <= (size_t)c->slack)
            return c;
    }
    return NULL;
}

int phrase_list_prefix(const char *const *list, const char *s)
{
    /* One walk down the list's trie (phrase_index.h), not a comparison
     * per phrase: classify asks this of most blocks for several lists. */
    return phrase_index_prefix(list, sizeof *list, s);
}

int phrase_list_equals(const char *const *list, const char *s)
{
    size_t len = strlen(s);
    if (len && s[len - 1] == ':')
        len--;
    for (; *list; list++)
        if (strlen(*list) == len && strncasecmp(*list, s, len) == 0)
            return 1;
    return 0;
}

/* FUNCTION_WORDS as a hash set, built once: every word of every block
 * is looked up.  NULL slots are empty; the table is a power of two at
 * least four times the list. */
static const char **function_set;
static size_t function_mask;
static size_t function_longest;
static pthread_once_t function_once = PTHREAD_ONCE_INIT;

static void free_function_set(void)
{
    free(function_set);
}

static void build_function_set(void)
{
    size_t n = 0;
    while (FUNCTION_WORDS[n])
        n++;
    size_t size = 64;
    while (size < 4 * n)
        size *= 2;
    function_set = calloc(size, sizeof *function_set);
    if (!function_set)
        return; /* is_function_word then falls back to the list itself */
    function_mask = size - 1;
    for (size_t i = 0; i < n; i++) {
        size_t h = string_hash(FUNCTION_WORDS[i]) & function_mask;
        while (function_set[h] && strcmp(function_set[h], FUNCTION_WORDS[i]) != 0)
            h = (h + 1) & function_mask;
        function_set[h] = FUNCTION_WORDS[i];
        size_t l = strlen(FUNCTION_WORDS[i]);
        if (l > function_longest)
            function_longest = l;
    }
    atexit(free_function_set);
}

int is_function_word(const char *w, size_t len)
{
    char low[32];
    if (len == 0 || len >= sizeof low)
        return 0;
    pthread_once(&function_once, build_function_set);
    if (function_set && len > function_longest)
        return 0;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    low[len] = '\0';
    if (!function_set) {
        for (const char *const *p = FUNCTION_WORDS; *p; p++)
            if (strcmp(*p, low) == 0)
                return 1;
        return 0;
    }
    for (size_t h = string_hash(low) & function_mask; function_set[h]; h = (h + 1) & function_mask)
        if (strcmp(function_set[h], low) == 0)
            return 1;
    return 0;
}

const char *phrase_list_find(const char *const *list, const char *s)
{
    /* One pass over s for the whole list (phrase_index.h), not one per
     * phrase. */
    long i = PHRASE_LIST_FIRST(list, s);
    return i < 0 ? NULL : list[i];
}
