<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → plain text, wrapped at 72 columns, in the manner of a
     press-release archive entry: title, metadata lines, numbered
     paragraphs, alignment clause.  Lines are filled by fn:wrap, a C
     extension function of communique's (src/xslfunc.h): linear in the
     paragraph's length, where recursion in XSLT is quadratic in memory and
     runs into libxslt's depth limit on long paragraphs.  The func:function
     fn:wrap below is the portable stand-in (xsltproc): it does not fill,
     each piece stays on one line with the same indents; communique drops
     it and binds the C function.  Lines are written in place, not through
     named templates (each call with parameters costs more than the line). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                xmlns:func="http://exslt.org/functions"
                extension-element-prefixes="func"
                exclude-result-prefixes="c fn">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="width" select="72"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <func:function name="fn:wrap">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:param name="indent"/>
    <xsl:param name="first"/>
    <func:result select="concat($first, normalize-space($text), $nl)"/>
  </func:function>

  <!-- shown-date -->
  <xsl:include href="common.xsl"/>

  <xsl:template match="/c:statement">
    <xsl:value-of select="fn:wrap(normalize-space(c:title), $width, '', '')"/>
    <xsl:value-of select="concat('========================================================================', $nl, $nl)"/>
    <xsl:if test="string(c:issuer) != ''"><xsl:value-of select="fn:wrap(concat('Issuer: ', c:issuer), $width, '    ', '')"/></xsl:if>
    <xsl:if test="c:author">
      <xsl:variable name="author" select="normalize-space(concat(c:author/c:name,
              substring(', ', 1, 2 * boolean(c:author/c:name and c:author/c:role)), c:author/c:role))"/>
      <xsl:if test="$author != ''"><xsl:value-of select="fn:wrap(concat('Author: ', $author), $width, '    ', '')"/></xsl:if>
    </xsl:if>
    <xsl:if test="string(c:kind) != ''"><xsl:value-of select="fn:wrap(concat('Kind: ', c:kind), $width, '    ', '')"/></xsl:if>
    <xsl:if test="string(c:date/@value) != ''">
      <xsl:variable name="date"><xsl:call-template name="shown-date"><xsl:with-param name="value" select="c:date/@value"/></xsl:call-template></xsl:variable>
      <xsl:value-of select="fn:wrap(concat('Date: ', $date), $width, '    ', '')"/>
    </xsl:if>
    <xsl:variable name="forum" select="concat(c:forum, substring(concat(', meeting No. ', c:forum/@meeting), 1, 1000 * boolean(c:forum/@meeting)))"/>
    <xsl:if test="$forum != ''"><xsl:value-of select="fn:wrap(concat('Forum: ', $forum), $width, '    ', '')"/></xsl:if>
    <xsl:if test="string(c:place) != ''"><xsl:value-of select="fn:wrap(concat('Place: ', c:place), $width, '    ', '')"/></xsl:if>
    <xsl:if test="string(c:reference) != ''"><xsl:value-of select="fn:wrap(concat('Reference: ', c:reference), $width, '    ', '')"/></xsl:if>
    <xsl:for-each select="c:distribution">
      <xsl:if test="string(.) != ''"><xsl:value-of select="fn:wrap(concat('Distribution: ', .), $width, '    ', '')"/></xsl:if>
    </xsl:for-each>
    <xsl:if test="c:country">
      <xsl:value-of select="fn:wrap(concat('Country: ', c:country, ' (', c:country/@iso, ')'), $width, '    ', '')"/>
    </xsl:if>
    <xsl:for-each select="c:elections/c:election">
      <xsl:variable name="edate"><xsl:call-template name="shown-date"><xsl:with-param name="value" select="c:date/@value"/></xsl:call-template></xsl:variable>
      <xsl:variable name="election" select="normalize-space(concat(substring('early ', 1, 6 * (@early = 'true')), @type,
              substring(concat(' (', c:chamber, ')'), 1, 1000 * boolean(c:chamber)),
              substring(concat(', ', $edate), 1, 1000 * boolean(c:date/@value)),
              substring(concat(', &quot;', c:date, '&quot;'), 1, 1000 * boolean(c:date and not(c:date/@value)))))"/>
      <xsl:if test="$election != ''"><xsl:value-of select="fn:wrap(concat('Election: ', $election), $width, '    ', '')"/></xsl:if>
    </xsl:for-each>
    <xsl:if test="c:spokesperson">
      <xsl:variable name="contact" select="normalize-space(concat(c:spokesperson/c:name,
              substring(concat(', ', c:spokesperson/c:role), 1, 1000 * boolean(c:spokesperson/c:role)),
              substring(concat(', ', c:spokesperson/c:phone), 1, 1000 * boolean(c:spokesperson/c:phone)),
              substring(concat(', ', c:spokesperson/c:email), 1, 1000 * boolean(c:spokesperson/c:email))))"/>
      <xsl:if test="$contact != ''"><xsl:value-of select="fn:wrap(concat('Contact: ', $contact), $width, '    ', '')"/></xsl:if>
    </xsl:if>
    <xsl:if test="string(@id) != ''"><xsl:value-of select="fn:wrap(concat('Id: ', @id), $width, '    ', '')"/></xsl:if>
    <xsl:for-each select="c:body/c:p">
      <xsl:value-of select="$nl"/>
      <xsl:choose>
        <xsl:when test="@n">
          <xsl:value-of select="fn:wrap(normalize-space(.), $width, '    ', substring(concat(@n, '.    '), 1, 4))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="fn:wrap(normalize-space(.), $width, '', '')"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="c:alignment/c:clause">
      <xsl:value-of select="$nl"/>
      <xsl:value-of select="fn:wrap(normalize-space(c:alignment/c:clause), $width, '', '')"/>
    </xsl:if>
    <xsl:for-each select="c:alignment/c:footnote">
      <xsl:value-of select="$nl"/>
      <xsl:value-of select="fn:wrap(normalize-space(concat(@mark, ' ', .)), $width, '', '')"/>
    </xsl:for-each>
    <xsl:for-each select="c:related/c:statement">
      <xsl:if test="position() = 1"><xsl:value-of select="$nl"/></xsl:if>
      <xsl:value-of select="fn:wrap(concat('Related (', @relation, '): ', @title, ' [', @id, ']'), $width, '    ', '')"/>
    </xsl:for-each>
    <xsl:if test="c:source">
      <xsl:value-of select="$nl"/>
      <xsl:if test="c:source/@url">
        <xsl:value-of select="fn:wrap(concat('Published at: ', c:source/@url,
            substring(concat(', retrieved ', c:source/@retrieved), 1, 1000 * boolean(c:source/@retrieved))), $width, '    ', '')"/>
      </xsl:if>
      <xsl:value-of select="fn:wrap(concat('Source: ', c:source/@file, ' (', c:source/@form, '), sha256 ', c:source/@sha256), $width, '    ', '')"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
