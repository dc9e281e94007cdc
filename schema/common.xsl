<?xml version="1.0" encoding="UTF-8"?>
<!-- Templates the stylesheets share (xsl:include): the names a reader is
     shown for the schema's codes, and dates as a reader wants them.  The
     codes are the schema's (statement.xsd: statementKind, alignmentGroup);
     a code this file does not know is shown as it is. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A statement kind's name: "osce-pc-statement" → "OSCE Permanent
       Council statement". -->
  <xsl:template name="kind-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'osce-pc-statement'">OSCE Permanent Council statement</xsl:when>
      <xsl:when test="$code = 'spokesperson-statement'">Spokesperson statement</xsl:when>
      <xsl:when test="$code = 'hrvp-declaration'">High Representative declaration</xsl:when>
      <xsl:when test="$code = 'presidency-declaration'">Council Presidency declaration</xsl:when>
      <xsl:when test="$code = 'local-statement'">Local statement (EU delegations)</xsl:when>
      <xsl:when test="$code = 'press-release'">Press release</xsl:when>
      <xsl:when test="$code = 'news-report'">News report</xsl:when>
      <xsl:when test="$code = 'other'">Other</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The group an aligned country is named in. -->
  <xsl:template name="group-name">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'candidate'">candidate country</xsl:when>
      <xsl:when test="$code = 'potential-candidate'">potential candidate</xsl:when>
      <xsl:when test="$code = 'efta-eea'">EFTA country, member of the EEA</xsl:when>
      <xsl:when test="$code = 'other'">other</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date value as a reader wants it: a partial value (the year not
       stated, month 11 and day 20) reads "20 November (year not stated)";
       a full or year-month value is shown as it is. -->
  <xsl:template name="shown-date">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="starts-with($value, '--')">
        <xsl:value-of select="concat(number(substring($value, 6, 2)), ' ',
            normalize-space(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ',
                                      9 * (number(substring($value, 3, 2)) - 1) + 1, 9)),
            ' (year not stated)')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
