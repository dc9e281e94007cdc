#include "sandbox.h"

#include <libxml/parserInternals.h>
#include <libxml/xmlIO.h>
#include <libxslt/documents.h>
#include <string.h>

/* Anything with a scheme other than file: is a network address. */
static int is_local(const char *url)
{
    if (!url)
        return 0;
    const char *colon = strchr(url, ':');
    const char *slash = strchr(url, '/');
    if (!colon || (slash && slash < colon))
        return 1;
    return strncmp(url, "file:", 5) == 0;
}

static xmlParserInputPtr local_only_loader(const char *url, const char *id,
                                           xmlParserCtxtPtr ctxt)
{
    if (!is_local(url))
        return NULL;
    return xmlNoNetExternalEntityLoader(url, id, ctxt);
}

static xmlParserInputPtr refusing_loader(const char *url, const char *id,
                                         xmlParserCtxtPtr ctxt)
{
    (void)url;
    (void)id;
    (void)ctxt;
    return NULL;
}

static xmlDocPtr refusing_doc_loader(const xmlChar *uri, xmlDictPtr dict, int options,
                                     void *ctxt, xsltLoadType type)
{
    (void)uri;
    (void)dict;
    (void)options;
    (void)ctxt;
    (void)type;
    return NULL;
}

void sandbox_init(void)
{
    xmlSetExternalEntityLoader(local_only_loader);
}

void sandbox_lock_xml_loading(void)
{
    xmlSetExternalEntityLoader(refusing_loader);
    xsltSetLoaderFunc(refusing_doc_loader);
}
