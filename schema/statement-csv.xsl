<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → one CSV row (with the header row): what `render -f csv`
     writes, for a spreadsheet.
     RFC 4180: UTF-8, CRLF line ends, a header row, fields quoted (quotes
     doubled) where they hold a comma, a quote or a line break; a field
     that starts like a spreadsheet formula is quoted with a leading
     apostrophe.  Columns: id, date, title, issuer, kind, country (ISO),
     country_name, elections ("type date; …"), aligned_countries (ISO codes
     joined by ";"), source_url, source_file.  The row is the same as in
     collection-csv.xsl (statements.csv). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                xmlns:func="http://exslt.org/functions"
                extension-element-prefixes="func"
                exclude-result-prefixes="c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <!-- fn:csv(s): s as one RFC 4180 field.  The portable definition
       (xsltproc); communique replaces it by a C function (src/xslfunc.h),
       linear where this recursion is not. -->
  <func:function name="fn:csv">
    <xsl:param name="s"/>
    <xsl:variable name="v" select="string($s)"/>
    <xsl:variable name="formula" select="starts-with($v, '=') or starts-with($v, '+') or starts-with($v, '-') or starts-with($v, '@') or starts-with($v, '&#9;') or starts-with($v, '&#13;')"/>
    <xsl:choose>
      <xsl:when test="$formula or contains($v, ',') or contains($v, '&quot;') or contains($v, '&#10;') or contains($v, '&#13;')">
        <xsl:variable name="doubled"><xsl:call-template name="double-quotes"><xsl:with-param name="s" select="$v"/></xsl:call-template></xsl:variable>
        <func:result select="concat('&quot;', substring(&quot;'&quot;, 1, number($formula)), $doubled, '&quot;')"/>
      </xsl:when>
      <xsl:otherwise><func:result select="$v"/></xsl:otherwise>
    </xsl:choose>
  </func:function>

  <xsl:template name="double-quotes">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&quot;')">
        <xsl:value-of select="concat(substring-before($s, '&quot;'), '&quot;&quot;')"/>
        <xsl:call-template name="double-quotes"><xsl:with-param name="s" select="substring-after($s, '&quot;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:variable name="header" select="'id,date,title,issuer,kind,country,country_name,elections,aligned_countries,source_url,source_file&#13;&#10;'"/>

  <!-- One statement's row; the context is its c:statement. -->
  <xsl:template name="row">
    <xsl:variable name="elections">
      <xsl:for-each select="c:elections/c:election">
        <xsl:if test="position() > 1">; </xsl:if>
        <xsl:if test="@early = 'true'">early </xsl:if>
        <xsl:value-of select="@type"/>
        <xsl:if test="c:date/@value"><xsl:value-of select="concat(' ', c:date/@value)"/></xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="aligned">
      <xsl:for-each select="c:alignment/c:aligned">
        <xsl:if test="position() > 1">;</xsl:if>
        <xsl:value-of select="@iso"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="concat(fn:csv(@id), ',', fn:csv(c:date/@value), ',', fn:csv(c:title), ',',
                                 fn:csv(c:issuer), ',', fn:csv(c:kind), ',', fn:csv(c:country/@iso), ',',
                                 fn:csv(c:country), ',', fn:csv($elections), ',', fn:csv($aligned), ',',
                                 fn:csv(c:source/@url), ',', fn:csv(c:source/@file), '&#13;&#10;')"/>
  </xsl:template>

  <xsl:template match="/c:statement">
    <xsl:value-of select="$header"/>
    <xsl:call-template name="row"/>
  </xsl:template>
</xsl:stylesheet>
