<?xml version="1.0" encoding="UTF-8"?>
<!-- A collection of statements (built in memory by the feed stage,
     src/feed.h) → an Atom 1.0 feed (RFC 4287).  Ids are stable URNs made
     from the statement ids; an entry's authors are the statement's issuer and its named author;
     its content is the body as XHTML; links to related statements are
     atom:link rel="related" plus the statement's own c:related element
     (a foreign-namespace extension, which RFC 4287 allows). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns="http://www.w3.org/2005/Atom"
                xmlns:k="urn:communique:collection:1"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="k c fn">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/k:collection">
    <feed>
      <xsl:if test="@base-url">
        <xsl:attribute name="xml:base"><xsl:value-of select="@base-url"/></xsl:attribute>
      </xsl:if>
      <id><xsl:value-of select="@feed-id"/></id>
      <title type="text"><xsl:value-of select="@title"/></title>
      <updated><xsl:value-of select="@updated"/></updated>
      <generator version="{@generator-version}">communique</generator>
      <link rel="alternate" type="text/html" href="index.html"/>
      <xsl:if test="@base-url">
        <link rel="self" type="application/atom+xml" href="atom.xml"/>
      </xsl:if>
      <xsl:apply-templates select="k:item"/>
    </feed>
  </xsl:template>

  <xsl:template match="k:item">
    <xsl:variable name="s" select="c:statement"/>
    <entry xml:lang="{$s/@xml:lang}">
      <id>urn:communique:statement:<xsl:value-of select="$s/@id"/></id>
      <title type="text"><xsl:value-of select="$s/c:title"/></title>
      <updated><xsl:value-of select="@updated"/></updated>
      <xsl:if test="@published">
        <published><xsl:value-of select="@published"/></published>
      </xsl:if>
      <author>
        <name>
          <xsl:choose>
            <xsl:when test="$s/c:issuer"><xsl:value-of select="$s/c:issuer"/></xsl:when>
            <xsl:otherwise>Issuer not stated</xsl:otherwise>
          </xsl:choose>
        </name>
      </author>
      <xsl:for-each select="$s/c:author[c:name]">
        <author><name><xsl:value-of select="c:name"/></name></author>
      </xsl:for-each>
      <link rel="alternate" type="text/html" href="{@href}"/>
      <xsl:for-each select="$s/c:related/c:statement">
        <link rel="related" type="text/html" title="{@relation}: {@title}">
          <xsl:attribute name="href"><xsl:call-template name="page-of"><xsl:with-param name="file" select="@file"/></xsl:call-template></xsl:attribute>
        </link>
      </xsl:for-each>
      <xsl:for-each select="$s/c:country">
        <category scheme="urn:communique:country" term="{@iso}" label="{.}"/>
      </xsl:for-each>
      <category scheme="urn:communique:kind" term="{$s/c:kind}"/>
      <xsl:for-each select="$s/c:elections/c:election[not(@type = preceding-sibling::c:election/@type)]">
        <category scheme="urn:communique:election" term="{@type}"/>
      </xsl:for-each>
      <xsl:apply-templates select="$s/c:related" mode="plain"/>
      <content type="xhtml">
        <div xmlns="http://www.w3.org/1999/xhtml">
          <xsl:for-each select="$s/c:body/c:p">
            <p>
              <xsl:if test="@n"><xsl:value-of select="@n"/>. </xsl:if>
              <xsl:value-of select="."/>
            </p>
          </xsl:for-each>
        </div>
      </content>
    </entry>
  </xsl:template>

  <!-- A copy that declares only the statement namespace (copy-of would
       carry the collection's namespace along). -->
  <xsl:template match="*" mode="plain">
    <xsl:element name="c:{local-name()}" namespace="urn:communique:statement:1">
      <xsl:copy-of select="@*"/>
      <xsl:apply-templates mode="plain"/>
    </xsl:element>
  </xsl:template>
  <!-- The page of a related statement: fn:stem (the C naming rule) under
       communique; elsewhere the file name up to its first dot. -->
  <!-- The link to a statement's page: "./" + its name percent-encoded +
       ".html", so that no file name can be read as a scheme
       ("javascript:…"); bare xsltproc keeps the "./" but not the encoding. -->
  <xsl:template name="page-of">
    <xsl:param name="file"/>
    <xsl:choose>
      <xsl:when test="function-available('fn:page-href')"><xsl:value-of select="fn:page-href($file)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('./', substring-before(concat($file, '.'), '.'), '.html')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
