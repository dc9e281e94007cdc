<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → plain text, wrapped at 72 columns, in the manner of a
     press-release archive entry: title, metadata lines, numbered
     paragraphs, alignment clause.  Lines are filled by fn:wrap, a C
     extension function of communique's (src/xslfunc.h): linear in the
     paragraph's length, where recursion in XSLT is quadratic in memory and
     runs into libxslt's depth limit on long paragraphs. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="width" select="72"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <!-- fn:wrap under communique; under another processor (xsltproc) the
       text is not filled: each piece on one line, with the same indents. -->
  <xsl:template name="fill">
    <xsl:param name="text"/>
    <xsl:param name="indent" select="''"/>
    <xsl:param name="first" select="$indent"/>
    <xsl:choose>
      <xsl:when test="function-available('fn:wrap')">
        <xsl:value-of select="fn:wrap($text, $width, $indent, $first)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($first, normalize-space($text), $nl)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="meta">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <xsl:call-template name="fill"><xsl:with-param name="text" select="concat($label, ': ', $value)"/><xsl:with-param name="indent" select="'    '"/><xsl:with-param name="first" select="''"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/c:statement">
    <xsl:call-template name="fill"><xsl:with-param name="text" select="normalize-space(c:title)"/></xsl:call-template>
    <xsl:value-of select="concat('========================================================================', $nl, $nl)"/>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Issuer'"/><xsl:with-param name="value" select="c:issuer"/></xsl:call-template>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Kind'"/><xsl:with-param name="value" select="c:kind"/></xsl:call-template>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Date'"/><xsl:with-param name="value" select="c:date/@value"/></xsl:call-template>
    <xsl:call-template name="meta">
      <xsl:with-param name="label" select="'Forum'"/>
      <xsl:with-param name="value" select="concat(c:forum, substring(concat(', meeting No. ', c:forum/@meeting), 1, 1000 * boolean(c:forum/@meeting)))"/>
    </xsl:call-template>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Place'"/><xsl:with-param name="value" select="c:place"/></xsl:call-template>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Reference'"/><xsl:with-param name="value" select="c:reference"/></xsl:call-template>
    <xsl:for-each select="c:distribution">
      <xsl:call-template name="meta"><xsl:with-param name="label" select="'Distribution'"/><xsl:with-param name="value" select="."/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="c:country">
      <xsl:call-template name="meta"><xsl:with-param name="label" select="'Country'"/><xsl:with-param name="value" select="concat(c:country, ' (', c:country/@iso, ')')"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="c:elections/c:election">
      <xsl:call-template name="meta">
        <xsl:with-param name="label" select="'Election'"/>
        <xsl:with-param name="value" select="normalize-space(concat(substring('early ', 1, 6 * (@early = 'true')), @type,
              substring(concat(' (', c:chamber, ')'), 1, 1000 * boolean(c:chamber)),
              substring(concat(', ', c:date/@value), 1, 1000 * boolean(c:date/@value)),
              substring(concat(', &quot;', c:date, '&quot;'), 1, 1000 * boolean(c:date and not(c:date/@value)))))"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="c:spokesperson">
      <xsl:call-template name="meta">
        <xsl:with-param name="label" select="'Contact'"/>
        <xsl:with-param name="value" select="normalize-space(concat(c:spokesperson/c:name,
              substring(concat(', ', c:spokesperson/c:role), 1, 1000 * boolean(c:spokesperson/c:role)),
              substring(concat(', ', c:spokesperson/c:phone), 1, 1000 * boolean(c:spokesperson/c:phone)),
              substring(concat(', ', c:spokesperson/c:email), 1, 1000 * boolean(c:spokesperson/c:email))))"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="meta"><xsl:with-param name="label" select="'Id'"/><xsl:with-param name="value" select="@id"/></xsl:call-template>
    <xsl:for-each select="c:body/c:p">
      <xsl:value-of select="$nl"/>
      <xsl:choose>
        <xsl:when test="@n">
          <xsl:call-template name="fill"><xsl:with-param name="text" select="normalize-space(.)"/><xsl:with-param name="indent" select="'    '"/><xsl:with-param name="first" select="substring(concat(@n, '.    '), 1, 4)"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="fill"><xsl:with-param name="text" select="normalize-space(.)"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="c:alignment/c:clause">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="fill"><xsl:with-param name="text" select="normalize-space(c:alignment/c:clause)"/></xsl:call-template>
    </xsl:if>
    <xsl:for-each select="c:alignment/c:footnote">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="fill"><xsl:with-param name="text" select="normalize-space(concat(@mark, ' ', .))"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="c:related/c:statement">
      <xsl:if test="position() = 1"><xsl:value-of select="$nl"/></xsl:if>
      <xsl:call-template name="fill"><xsl:with-param name="text" select="concat('Related (', @relation, '): ', @title, ' [', @id, ']')"/><xsl:with-param name="indent" select="'    '"/><xsl:with-param name="first" select="''"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="c:source">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="fill"><xsl:with-param name="text" select="concat('Source: ', c:source/@file, ' (', c:source/@form, '), sha256 ', c:source/@sha256)"/><xsl:with-param name="indent" select="'    '"/><xsl:with-param name="first" select="''"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
