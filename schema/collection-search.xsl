<?xml version="1.0" encoding="UTF-8"?>
<!-- The feed's collection → search.js, the text index of index.html's
     search box: a script (so it loads from file:// as well as from a
     server, where fetch() of a JSON file would be refused) that sets
     window.communiqueSearch to an object from each statement's page link
     to the words of its title, issuer, country and body, folded (case,
     accents) and each once.  The words hold only letters, digits and
     marks, so they need no escaping inside the string's quotes; the links
     are percent-encoded. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:k="urn:communique:collection:1"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                xmlns:func="http://exslt.org/functions"
                extension-element-prefixes="func"
                exclude-result-prefixes="k c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <!-- fn:search-words(s): the portable definition (xsltproc) lower-cases
       ASCII letters and keeps only what is safe in a JavaScript string;
       communique replaces it by a C function (src/xslfunc.h) that folds
       every script's case and accents and keeps each word once. -->
  <func:function name="fn:search-words">
    <xsl:param name="s"/>
    <func:result select="normalize-space(translate(string($s), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ&quot;\/&lt;&gt;', 'abcdefghijklmnopqrstuvwxyz     '))"/>
  </func:function>

  <xsl:template match="/k:collection">
    <xsl:text>/* communique search index: the words of each statement of index.html (communique feed) */&#10;</xsl:text>
    <xsl:text>window.communiqueSearch = {&#10;</xsl:text>
    <xsl:for-each select="k:item">
      <xsl:variable name="s" select="c:statement"/>
      <xsl:text>"</xsl:text><xsl:value-of select="@href"/><xsl:text>": "</xsl:text>
      <xsl:value-of select="fn:search-words(concat($s/c:title, ' ', $s/c:issuer, ' ', $s/c:country, ' ', $s/c:author/c:name, ' ', $s/c:body))"/>
      <xsl:text>"</xsl:text>
      <xsl:if test="position() != last()">,</xsl:if>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
    <xsl:text>};&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
