<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → JSON (one object per statement).
     The key set is a published contract (README, "JSON output"): every key
     is always present; unknown scalars are null, unknown lists [], and
     objects (country, spokesperson, source) are always objects.
     Strings are quoted by fn:json-string, a C extension function of
     communique's (src/xslfunc.h; jansson escapes): linear in the string's
     length, where a recursive XSLT replace is quadratic.  Under another
     processor (xsltproc) the template "escape" below stands in.  communique
     re-parses the result with jansson before writing it. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <!-- A string, or null when the node is absent. -->
  <xsl:template name="opt">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n and function-available('fn:json-string')">
        <xsl:value-of select="fn:json-string(string($n))"/>
      </xsl:when>
      <xsl:when test="$n">
        <xsl:text>"</xsl:text>
        <xsl:call-template name="escape"><xsl:with-param name="s" select="string($n)"/></xsl:call-template>
        <xsl:text>"</xsl:text>
      </xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Without communique (a bare xsltproc): JSON escaping in XSLT 1.0,
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

  <!-- "key": value-or-null, with a leading comma unless first. -->
  <xsl:template name="field">
    <xsl:param name="key"/>
    <xsl:param name="n"/>
    <xsl:param name="first" select="false()"/>
    <xsl:if test="not($first)">,</xsl:if>
    <xsl:text>"</xsl:text><xsl:value-of select="$key"/><xsl:text>":</xsl:text>
    <xsl:call-template name="opt"><xsl:with-param name="n" select="$n"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="bool">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="normalize-space($v) = 'true' or normalize-space($v) = '1'">true</xsl:when>
      <xsl:otherwise>false</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/c:statement">
    <xsl:text>{</xsl:text>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'id'"/><xsl:with-param name="n" select="@id"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'schema_version'"/><xsl:with-param name="n" select="@version"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'title'"/><xsl:with-param name="n" select="c:title"/></xsl:call-template>
    <xsl:text>,"title_derived":</xsl:text>
    <xsl:call-template name="bool"><xsl:with-param name="v" select="c:title/@derived"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'language'"/><xsl:with-param name="n" select="@xml:lang"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'issuer'"/><xsl:with-param name="n" select="c:issuer"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'kind'"/><xsl:with-param name="n" select="c:kind"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'date'"/><xsl:with-param name="n" select="c:date/@value"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'date_text'"/><xsl:with-param name="n" select="c:date"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'forum'"/><xsl:with-param name="n" select="c:forum"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'meeting'"/><xsl:with-param name="n" select="c:forum/@meeting"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'place'"/><xsl:with-param name="n" select="c:place"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'reference'"/><xsl:with-param name="n" select="c:reference"/></xsl:call-template>
    <xsl:text>,"distribution":[</xsl:text>
    <xsl:for-each select="c:distribution">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:call-template name="opt"><xsl:with-param name="n" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>],"country":{</xsl:text>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'name'"/><xsl:with-param name="n" select="c:country"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'iso'"/><xsl:with-param name="n" select="c:country/@iso"/></xsl:call-template>
    <xsl:text>},"elections":[</xsl:text>
    <xsl:for-each select="c:elections/c:election">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'type'"/><xsl:with-param name="n" select="@type"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:text>,"early":</xsl:text>
      <xsl:call-template name="bool"><xsl:with-param name="v" select="@early"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'chamber'"/><xsl:with-param name="n" select="c:chamber"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'date'"/><xsl:with-param name="n" select="c:date/@value"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'date_text'"/><xsl:with-param name="n" select="c:date"/></xsl:call-template>
      <xsl:text>,"date_relative":</xsl:text>
      <xsl:call-template name="bool"><xsl:with-param name="v" select="c:date/@relative"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"spokesperson":{</xsl:text>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'name'"/><xsl:with-param name="n" select="c:spokesperson/c:name"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'role'"/><xsl:with-param name="n" select="c:spokesperson/c:role"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'phone'"/><xsl:with-param name="n" select="c:spokesperson/c:phone"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'email'"/><xsl:with-param name="n" select="c:spokesperson/c:email"/></xsl:call-template>
    <xsl:text>},"paragraphs":[</xsl:text>
    <xsl:for-each select="c:body/c:p">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{"n":</xsl:text>
      <xsl:choose>
        <xsl:when test="@n"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
        <xsl:otherwise>null</xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'text'"/><xsl:with-param name="n" select="."/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'lines'"/><xsl:with-param name="n" select="@lines"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'alignment_clause'"/><xsl:with-param name="n" select="c:alignment/c:clause"/></xsl:call-template>
    <xsl:text>,"aligned_countries":[</xsl:text>
    <xsl:for-each select="c:alignment/c:aligned">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'name'"/><xsl:with-param name="n" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'iso'"/><xsl:with-param name="n" select="@iso"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'group'"/><xsl:with-param name="n" select="@group"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'written'"/><xsl:with-param name="n" select="@written"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'mark'"/><xsl:with-param name="n" select="@mark"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"footnotes":[</xsl:text>
    <xsl:for-each select="c:alignment/c:footnote">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'mark'"/><xsl:with-param name="n" select="@mark"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'text'"/><xsl:with-param name="n" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"organisations":[</xsl:text>
    <xsl:for-each select="c:mentions/c:organisation">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:call-template name="opt"><xsl:with-param name="n" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>],"agreements":[</xsl:text>
    <xsl:for-each select="c:mentions/c:agreement">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:call-template name="opt"><xsl:with-param name="n" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>],"people":[</xsl:text>
    <xsl:for-each select="c:mentions/c:person">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'name'"/><xsl:with-param name="n" select="."/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'role'"/><xsl:with-param name="n" select="@role"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"social_posts":[</xsl:text>
    <xsl:for-each select="c:social-posts/c:post">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'author'"/><xsl:with-param name="n" select="c:author"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'handle'"/><xsl:with-param name="n" select="c:handle"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'date'"/><xsl:with-param name="n" select="c:date/@value"/></xsl:call-template>
      <xsl:text>,"urls":[</xsl:text>
      <xsl:for-each select="c:url">
        <xsl:if test="position() > 1">,</xsl:if>
        <xsl:call-template name="opt"><xsl:with-param name="n" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'text'"/><xsl:with-param name="n" select="c:text"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'lines'"/><xsl:with-param name="n" select="@lines"/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"related":[</xsl:text>
    <xsl:for-each select="c:related/c:statement">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'id'"/><xsl:with-param name="n" select="@id"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'relation'"/><xsl:with-param name="n" select="@relation"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'title'"/><xsl:with-param name="n" select="@title"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'file'"/><xsl:with-param name="n" select="@file"/></xsl:call-template>
      <xsl:text>,"overlap":</xsl:text>
      <xsl:choose>
        <xsl:when test="@overlap"><xsl:value-of select="normalize-space(@overlap)"/></xsl:when>
        <xsl:otherwise>null</xsl:otherwise>
      </xsl:choose>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>],"source":{</xsl:text>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'file'"/><xsl:with-param name="n" select="c:source/@file"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'form'"/><xsl:with-param name="n" select="c:source/@form"/></xsl:call-template>
    <xsl:call-template name="field"><xsl:with-param name="key" select="'sha256'"/><xsl:with-param name="n" select="c:source/@sha256"/></xsl:call-template>
    <xsl:text>,"set_aside":[</xsl:text>
    <xsl:for-each select="c:source/c:set-aside">
      <xsl:if test="position() > 1">,</xsl:if>
      <xsl:text>{</xsl:text>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'kind'"/><xsl:with-param name="n" select="@kind"/><xsl:with-param name="first" select="true()"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'lines'"/><xsl:with-param name="n" select="@lines"/></xsl:call-template>
      <xsl:call-template name="field"><xsl:with-param name="key" select="'text'"/><xsl:with-param name="n" select="."/></xsl:call-template>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <!-- Provenance: JSON Pointer of each extracted field → raw lines. -->
    <xsl:text>]},"provenance":{</xsl:text>
    <xsl:for-each select="c:source/c:origin">
      <xsl:call-template name="field"><xsl:with-param name="key" select="@field"/><xsl:with-param name="n" select="@lines"/><xsl:with-param name="first" select="position() = 1"/></xsl:call-template>
    </xsl:for-each>
    <xsl:text>}}</xsl:text>
  </xsl:template>
</xsl:stylesheet>
