<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → JSON (one object per statement).
     The key set is a published contract (README, "JSON output"): every key
     is always present; unknown scalars are null, unknown lists [], and
     objects (country, spokesperson, source) are always objects.
     Strings are quoted by fn:json, a C extension function of communique's
     (src/xslfunc.h): linear in the string's length, where a recursive
     XSLT replace is quadratic.  The func:function fn:json below is its
     portable definition (EXSLT functions, as xsltproc has them);
     communique drops it when loading the stylesheet and binds its own.
     Every member is written in line, not through a named template: each
     xsl:call-template with parameters cost more than the quoting itself.
     The layout is the file's final one (jansson's two-space indent, keys
     in contract order, "[]" and "{}" when empty), so communique only
     checks the result by parsing it with jansson (duplicate keys refused)
     instead of parsing and printing it again: that re-print cost as much
     as the transform itself (make bench). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                xmlns:func="http://exslt.org/functions"
                extension-element-prefixes="func"
                exclude-result-prefixes="c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <!-- Newline and indent before a member at depth 1, 2, 3 and 4. -->
  <xsl:variable name="n1" select="'&#10;  '"/>
  <xsl:variable name="n2" select="'&#10;    '"/>
  <xsl:variable name="n3" select="'&#10;      '"/>
  <xsl:variable name="n4" select="'&#10;        '"/>

  <!-- fn:json(nodes): null when nodes is empty, else the string value
       of its first node as a JSON string literal.  The portable
       definition; communique replaces it by a C function. -->
  <func:function name="fn:json">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="not($n)"><func:result select="'null'"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="quoted">
          <xsl:text>"</xsl:text>
          <xsl:call-template name="escape"><xsl:with-param name="s" select="string($n)"/></xsl:call-template>
          <xsl:text>"</xsl:text>
        </xsl:variable>
        <func:result select="string($quoted)"/>
      </xsl:otherwise>
    </xsl:choose>
  </func:function>

  <!-- For the portable fn:json: JSON escaping in XSLT 1.0,
       one replacement pass per character that needs it.  Each pass
       recurses once per occurrence, so a paragraph with thousands of
       quotes can reach the processor's recursion limit: the reason
       communique brings fn:json-string. -->
  <xsl:template name="escape">
    <xsl:param name="s"/>
    <xsl:call-template name="replace">
      <xsl:with-param name="s">
        <xsl:call-template name="replace">
          <xsl:with-param name="s">
            <xsl:call-template name="replace">
              <xsl:with-param name="s">
                <xsl:call-template name="replace">
                  <xsl:with-param name="s">
                    <xsl:call-template name="replace">
                      <xsl:with-param name="s" select="$s"/>
                      <xsl:with-param name="from" select="'\'"/><xsl:with-param name="to" select="'\\'"/>
                    </xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="from" select="'&quot;'"/><xsl:with-param name="to" select="'\&quot;'"/>
                </xsl:call-template>
              </xsl:with-param>
              <xsl:with-param name="from" select="'&#10;'"/><xsl:with-param name="to" select="'\n'"/>
            </xsl:call-template>
          </xsl:with-param>
          <xsl:with-param name="from" select="'&#13;'"/><xsl:with-param name="to" select="'\r'"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="from" select="'&#9;'"/><xsl:with-param name="to" select="'\t'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($s, $from)">
        <xsl:value-of select="concat(substring-before($s, $from), $to)"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/c:statement">
    <xsl:text>{</xsl:text>
    <xsl:text>&#10;  "id": </xsl:text><xsl:value-of select="fn:json(normalize-space(@id))"/>
    <xsl:text>,&#10;  "schema_version": </xsl:text><xsl:value-of select="fn:json(normalize-space(@version))"/>
    <xsl:text>,&#10;  "title": </xsl:text><xsl:value-of select="fn:json(c:title)"/>
    <xsl:text>,&#10;  "title_derived": </xsl:text><xsl:value-of select="normalize-space(c:title/@derived) = 'true' or normalize-space(c:title/@derived) = '1'"/>
    <xsl:text>,&#10;  "language": </xsl:text><xsl:value-of select="fn:json(normalize-space(@xml:lang))"/>
    <xsl:text>,&#10;  "issuer": </xsl:text><xsl:value-of select="fn:json(c:issuer)"/>
    <xsl:text>,&#10;  "kind": </xsl:text><xsl:value-of select="fn:json(normalize-space(c:kind))"/>
    <xsl:text>,&#10;  "date": </xsl:text><xsl:choose><xsl:when test="c:date/@value"><xsl:value-of select="fn:json(normalize-space(c:date/@value))"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
    <xsl:text>,&#10;  "date_text": </xsl:text><xsl:value-of select="fn:json(c:date)"/>
    <xsl:text>,&#10;  "forum": </xsl:text><xsl:value-of select="fn:json(c:forum)"/>
    <xsl:text>,&#10;  "meeting": </xsl:text><xsl:choose><xsl:when test="c:forum/@meeting"><xsl:value-of select="fn:json(normalize-space(c:forum/@meeting))"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
    <xsl:text>,&#10;  "place": </xsl:text><xsl:value-of select="fn:json(c:place)"/>
    <xsl:text>,&#10;  "reference": </xsl:text><xsl:value-of select="fn:json(c:reference)"/>

    <xsl:text>,&#10;  "distribution": [</xsl:text>
    <xsl:for-each select="c:distribution">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:value-of select="fn:json(.)"/>
    </xsl:for-each>
    <xsl:if test="c:distribution"><xsl:value-of select="$n1"/></xsl:if>
    <xsl:text>],&#10;  "country": {</xsl:text>
    <xsl:text>&#10;    "name": </xsl:text><xsl:value-of select="fn:json(c:country)"/>
    <xsl:text>,&#10;    "iso": </xsl:text><xsl:value-of select="fn:json(c:country/@iso)"/>

    <xsl:text>&#10;  },&#10;  "elections": [</xsl:text>
    <xsl:for-each select="c:elections/c:election">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "type": </xsl:text><xsl:value-of select="fn:json(normalize-space(@type))"/>
      <xsl:text>,&#10;      "early": </xsl:text><xsl:value-of select="normalize-space(@early) = 'true' or normalize-space(@early) = '1'"/>
      <xsl:text>,&#10;      "chamber": </xsl:text><xsl:value-of select="fn:json(c:chamber)"/>
      <xsl:text>,&#10;      "date": </xsl:text><xsl:choose><xsl:when test="c:date/@value"><xsl:value-of select="fn:json(normalize-space(c:date/@value))"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
      <xsl:text>,&#10;      "date_text": </xsl:text><xsl:value-of select="fn:json(c:date)"/>
      <xsl:text>,&#10;      "date_relative": </xsl:text><xsl:value-of select="normalize-space(c:date/@relative) = 'true' or normalize-space(c:date/@relative) = '1'"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:elections/c:election"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "author": {</xsl:text>
    <xsl:text>&#10;    "name": </xsl:text><xsl:value-of select="fn:json(c:author/c:name)"/>
    <xsl:text>,&#10;    "role": </xsl:text><xsl:value-of select="fn:json(c:author/c:role)"/>
    <xsl:text>&#10;  },&#10;  "spokesperson": {</xsl:text>
    <xsl:text>&#10;    "name": </xsl:text><xsl:value-of select="fn:json(c:spokesperson/c:name)"/>
    <xsl:text>,&#10;    "role": </xsl:text><xsl:value-of select="fn:json(c:spokesperson/c:role)"/>
    <xsl:text>,&#10;    "phone": </xsl:text><xsl:value-of select="fn:json(c:spokesperson/c:phone)"/>
    <xsl:text>,&#10;    "email": </xsl:text><xsl:value-of select="fn:json(c:spokesperson/c:email)"/>

    <xsl:text>&#10;  },&#10;  "paragraphs": [</xsl:text>
    <xsl:for-each select="c:body/c:p">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "n": </xsl:text><xsl:choose><xsl:when test="@n"><xsl:value-of select="normalize-space(@n)"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
      <xsl:text>,&#10;      "text": </xsl:text><xsl:value-of select="fn:json(.)"/>
      <xsl:text>,&#10;      "lines": </xsl:text><xsl:value-of select="fn:json(@lines)"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:body/c:p"><xsl:value-of select="$n1"/></xsl:if>
    <xsl:text>]</xsl:text>
    <xsl:text>,&#10;  "alignment_clause": </xsl:text><xsl:value-of select="fn:json(c:alignment/c:clause)"/>

    <xsl:text>,&#10;  "aligned_countries": [</xsl:text>
    <xsl:for-each select="c:alignment/c:aligned">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "name": </xsl:text><xsl:value-of select="fn:json(.)"/>
      <xsl:text>,&#10;      "iso": </xsl:text><xsl:value-of select="fn:json(@iso)"/>
      <xsl:text>,&#10;      "group": </xsl:text><xsl:value-of select="fn:json(normalize-space(@group))"/>
      <xsl:text>,&#10;      "written": </xsl:text><xsl:value-of select="fn:json(@written)"/>
      <xsl:text>,&#10;      "mark": </xsl:text><xsl:value-of select="fn:json(@mark)"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:alignment/c:aligned"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "footnotes": [</xsl:text>
    <xsl:for-each select="c:alignment/c:footnote">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "mark": </xsl:text><xsl:value-of select="fn:json(@mark)"/>
      <xsl:text>,&#10;      "text": </xsl:text><xsl:value-of select="fn:json(.)"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:alignment/c:footnote"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "organisations": [</xsl:text>
    <xsl:for-each select="c:mentions/c:organisation">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:value-of select="fn:json(.)"/>
    </xsl:for-each>
    <xsl:if test="c:mentions/c:organisation"><xsl:value-of select="$n1"/></xsl:if>
    <xsl:text>],&#10;  "agreements": [</xsl:text>
    <xsl:for-each select="c:mentions/c:agreement">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:value-of select="fn:json(.)"/>
    </xsl:for-each>
    <xsl:if test="c:mentions/c:agreement"><xsl:value-of select="$n1"/></xsl:if>
    <xsl:text>],&#10;  "people": [</xsl:text>
    <xsl:for-each select="c:mentions/c:person">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "name": </xsl:text><xsl:value-of select="fn:json(.)"/>
      <xsl:text>,&#10;      "role": </xsl:text><xsl:value-of select="fn:json(@role)"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:mentions/c:person"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "social_posts": [</xsl:text>
    <xsl:for-each select="c:social-posts/c:post">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "author": </xsl:text><xsl:value-of select="fn:json(c:author)"/>
      <xsl:text>,&#10;      "handle": </xsl:text><xsl:value-of select="fn:json(c:handle)"/>
      <xsl:text>,&#10;      "date": </xsl:text><xsl:choose><xsl:when test="c:date/@value"><xsl:value-of select="fn:json(normalize-space(c:date/@value))"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
      <xsl:text>,&#10;      "urls": [</xsl:text>
      <xsl:for-each select="c:url">
        <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n4"/>
        <xsl:value-of select="fn:json(.)"/>
      </xsl:for-each>
      <xsl:if test="c:url"><xsl:value-of select="$n3"/></xsl:if>
      <xsl:text>]</xsl:text>
      <xsl:text>,&#10;      "text": </xsl:text><xsl:value-of select="fn:json(c:text)"/>
      <xsl:text>,&#10;      "lines": </xsl:text><xsl:value-of select="fn:json(@lines)"/>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:social-posts/c:post"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "related": [</xsl:text>
    <xsl:for-each select="c:related/c:statement">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;      "id": </xsl:text><xsl:value-of select="fn:json(normalize-space(@id))"/>
      <xsl:text>,&#10;      "relation": </xsl:text><xsl:value-of select="fn:json(normalize-space(@relation))"/>
      <xsl:text>,&#10;      "title": </xsl:text><xsl:value-of select="fn:json(@title)"/>
      <xsl:text>,&#10;      "file": </xsl:text><xsl:value-of select="fn:json(@file)"/>
      <xsl:text>,&#10;      "overlap": </xsl:text><xsl:choose><xsl:when test="@overlap"><xsl:value-of select="normalize-space(@overlap)"/></xsl:when><xsl:otherwise>null</xsl:otherwise></xsl:choose>
      <xsl:value-of select="$n2"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:related/c:statement"><xsl:value-of select="$n1"/></xsl:if>

    <xsl:text>],&#10;  "source": {</xsl:text>
    <xsl:text>&#10;    "file": </xsl:text><xsl:value-of select="fn:json(c:source/@file)"/>
    <xsl:text>,&#10;    "form": </xsl:text><xsl:value-of select="fn:json(normalize-space(c:source/@form))"/>
    <xsl:text>,&#10;    "sha256": </xsl:text><xsl:value-of select="fn:json(c:source/@sha256)"/>
    <xsl:text>,&#10;    "url": </xsl:text><xsl:value-of select="fn:json(c:source/@url)"/>
    <xsl:text>,&#10;    "retrieved": </xsl:text><xsl:value-of select="fn:json(c:source/@retrieved)"/>
    <xsl:text>,&#10;    "set_aside": [</xsl:text>
    <xsl:for-each select="c:source/c:set-aside">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n3"/>
      <xsl:text>{</xsl:text>
      <xsl:text>&#10;        "kind": </xsl:text><xsl:value-of select="fn:json(normalize-space(@kind))"/>
      <xsl:text>,&#10;        "lines": </xsl:text><xsl:value-of select="fn:json(@lines)"/>
      <xsl:text>,&#10;        "text": </xsl:text><xsl:value-of select="fn:json(.)"/>
      <xsl:value-of select="$n3"/><xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:if test="c:source/c:set-aside"><xsl:value-of select="$n2"/></xsl:if>
    <!-- Provenance: JSON Pointer of each field → the raw lines that state
         it, or "given" for one a sidecar gave.  The pointers are quoted
         like any string. -->
    <xsl:text>]&#10;  },&#10;  "provenance": {</xsl:text>
    <xsl:for-each select="c:source/c:origin">
      <xsl:if test="position() > 1">,</xsl:if><xsl:value-of select="$n2"/>
      <xsl:value-of select="fn:json(@field)"/>
      <xsl:text>: </xsl:text>
      <xsl:choose>
        <xsl:when test="@given = 'true' or @given = '1'"><xsl:text>"given"</xsl:text></xsl:when>
        <xsl:otherwise><xsl:value-of select="fn:json(@lines)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="c:source/c:origin"><xsl:value-of select="$n1"/></xsl:if>
    <xsl:text>}&#10;}&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
