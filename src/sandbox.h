/* sandbox — what the XML libraries may load from outside a document.
 *
 * libxml2 and libxslt fetch external things through two global hooks: the
 * external entity loader (DTDs, entities, xs:import, xsl:include) and the
 * XSLT document loader (document(), xsl:import at run time).  The tool
 * needs exactly one kind of outside file — its own schema and stylesheets,
 * read once at start-up — so:
 *
 *   sandbox_init()              local files only, never a network URL;
 *   sandbox_lock_xml_loading()  after the tool's own files are loaded:
 *                               nothing at all, for the rest of the run.
 *
 * A refused load makes the parser or transform fail with an error; it
 * never falls back to the network or to the file system.  The XSLT
 * security preferences (render.c) are a second, independent lock. */
#ifndef COMMUNIQUE_SANDBOX_H
#define COMMUNIQUE_SANDBOX_H

void sandbox_init(void);
void sandbox_lock_xml_loading(void);

#endif
