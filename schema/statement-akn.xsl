<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → an Akoma Ntoso 3.0 <statement> document (OASIS
     LegalDocML, namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0).

     What it carries: FRBR identification at the Work, Expression and
     Manifestation levels; TLC references for the issuer, the country, the
     elections, the people (the author, the spokesperson and those
     mentioned, with their roles), the organisations and the aligned
     countries; the title, issuer, author, date and place as preface (the
     author is also the Work's second FRBRauthor); the paragraphs as numbered
     <paragraph>s in <mainBody>; the alignment clause, its footnotes and the
     spokesperson as <conclusions>; the statement's id, source file and
     SHA-256 under <proprietary>.

     The URIs follow the AKN naming convention's shape
       /akn/CC/statement/KIND/DATE/NUMBER[/LANG@][/!main[.akn]]
     built from the statement id (DATE-CC-KIND-HASH): CC is the country the
     statement is ABOUT (the schema records no issuing jurisdiction), DATE
     the statement's full date or "undated", NUMBER the id's hash.  What it
     does not do is listed in docs/akoma-ntoso.md. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
                exclude-result-prefixes="c">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="*"/>

  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <!-- Punctuation a slug drops (a space or a slash becomes "-"). -->
  <xsl:variable name="punct">.,;:!?()[]&amp;"'’‘“”</xsl:variable>

  <!-- The parts of the id DATE-CC-KIND-HASH. -->
  <xsl:variable name="id" select="normalize-space(/c:statement/@id)"/>
  <xsl:variable name="id-date">
    <xsl:choose>
      <xsl:when test="starts-with($id, 'undated-')">undated</xsl:when>
      <xsl:otherwise><xsl:value-of select="substring($id, 1, 10)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="id-rest" select="substring($id, string-length($id-date) + 2)"/>
  <xsl:variable name="id-country" select="substring($id-rest, 1, 2)"/>
  <xsl:variable name="id-kind-hash" select="substring($id-rest, 4)"/>
  <xsl:variable name="id-hash" select="substring($id-kind-hash, string-length($id-kind-hash) - 7)"/>
  <xsl:variable name="id-kind" select="substring($id-kind-hash, 1, string-length($id-kind-hash) - 9)"/>

  <!-- AKN names languages by ISO 639-2 alpha-3 code. -->
  <xsl:variable name="lang2" select="translate(substring-before(concat(normalize-space(/c:statement/@xml:lang), '-'), '-'), $upper, $lower)"/>
  <xsl:variable name="lang3">
    <xsl:choose>
      <xsl:when test="$lang2 = 'en'">eng</xsl:when>
      <xsl:when test="$lang2 = 'fr'">fra</xsl:when>
      <xsl:when test="$lang2 = 'de'">deu</xsl:when>
      <xsl:when test="$lang2 = 'es'">spa</xsl:when>
      <xsl:when test="$lang2 = 'it'">ita</xsl:when>
      <xsl:when test="$lang2 = 'pt'">por</xsl:when>
      <xsl:when test="$lang2 = 'nl'">nld</xsl:when>
      <xsl:when test="$lang2 = 'pl'">pol</xsl:when>
      <xsl:when test="$lang2 = 'ru'">rus</xsl:when>
      <xsl:when test="$lang2 = 'uk'">ukr</xsl:when>
      <xsl:when test="$lang2 = 'kk'">kaz</xsl:when>
      <xsl:when test="$lang2 = 'bg'">bul</xsl:when>
      <xsl:when test="$lang2 = 'ro'">ron</xsl:when>
      <xsl:when test="$lang2 = 'cs'">ces</xsl:when>
      <xsl:when test="$lang2 = 'sk'">slk</xsl:when>
      <xsl:when test="$lang2 = 'sl'">slv</xsl:when>
      <xsl:when test="$lang2 = 'hr'">hrv</xsl:when>
      <xsl:when test="$lang2 = 'sr'">srp</xsl:when>
      <xsl:when test="$lang2 = 'bs'">bos</xsl:when>
      <xsl:when test="$lang2 = 'mk'">mkd</xsl:when>
      <xsl:when test="$lang2 = 'sq'">sqi</xsl:when>
      <xsl:when test="$lang2 = 'el'">ell</xsl:when>
      <xsl:when test="$lang2 = 'tr'">tur</xsl:when>
      <xsl:when test="$lang2 = 'hu'">hun</xsl:when>
      <xsl:when test="$lang2 = 'fi'">fin</xsl:when>
      <xsl:when test="$lang2 = 'sv'">swe</xsl:when>
      <xsl:when test="$lang2 = 'da'">dan</xsl:when>
      <xsl:when test="$lang2 = 'nb'">nob</xsl:when>
      <xsl:when test="$lang2 = 'no'">nor</xsl:when>
      <xsl:when test="$lang2 = 'et'">est</xsl:when>
      <xsl:when test="$lang2 = 'lv'">lav</xsl:when>
      <xsl:when test="$lang2 = 'lt'">lit</xsl:when>
      <xsl:when test="$lang2 = 'ga'">gle</xsl:when>
      <xsl:when test="$lang2 = 'mt'">mlt</xsl:when>
      <xsl:when test="$lang2 = 'ka'">kat</xsl:when>
      <xsl:when test="$lang2 = 'hy'">hye</xsl:when>
      <xsl:when test="$lang2 = 'az'">aze</xsl:when>
      <xsl:when test="$lang2 = 'ky'">kir</xsl:when>
      <xsl:when test="$lang2 = 'uz'">uzb</xsl:when>
      <xsl:when test="$lang2 = 'tg'">tgk</xsl:when>
      <xsl:when test="$lang2 = 'be'">bel</xsl:when>
      <xsl:when test="$lang2 = 'ar'">ara</xsl:when>
      <xsl:when test="$lang2 = 'fa'">fas</xsl:when>
      <xsl:when test="$lang2 = 'zh'">zho</xsl:when>
      <xsl:when test="$lang2 = 'ja'">jpn</xsl:when>
      <xsl:when test="$lang2 = 'ko'">kor</xsl:when>
      <xsl:when test="$lang2 = 'ca'">cat</xsl:when>
      <xsl:when test="$lang2 = 'is'">isl</xsl:when>
      <xsl:when test="$lang2 = 'lb'">ltz</xsl:when>
      <xsl:when test="string-length($lang2) = 3"><xsl:value-of select="$lang2"/></xsl:when>
      <xsl:otherwise>und</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:variable name="work" select="concat('/akn/', $id-country, '/statement/', $id-kind, '/', $id-date, '/', $id-hash)"/>
  <xsl:variable name="expression" select="concat($work, '/', $lang3, '@')"/>

  <!-- FRBRdate needs an xs:date: the statement's date, completed to a
       full date when the text gives only a year or a month; the name
       says how precise it is. -->
  <xsl:variable name="date-value" select="normalize-space(/c:statement/c:date/@value)"/>
  <xsl:variable name="frbr-date">
    <xsl:choose>
      <xsl:when test="string-length($date-value) = 10 and not(starts-with($date-value, '--'))"><xsl:value-of select="$date-value"/></xsl:when>
      <xsl:when test="string-length($date-value) = 7 and not(starts-with($date-value, '--'))"><xsl:value-of select="concat($date-value, '-01')"/></xsl:when>
      <xsl:when test="string-length($date-value) = 4"><xsl:value-of select="concat($date-value, '-01-01')"/></xsl:when>
      <xsl:otherwise>0001-01-01</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="frbr-date-name">
    <xsl:choose>
      <xsl:when test="string-length($date-value) = 10 and not(starts-with($date-value, '--'))">issued</xsl:when>
      <xsl:when test="string-length($date-value) = 7 and not(starts-with($date-value, '--'))">issued-month</xsl:when>
      <xsl:when test="string-length($date-value) = 4">issued-year</xsl:when>
      <xsl:otherwise>undated</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- A name as the last segment of a TLC href: lower case, spaces as
       hyphens, punctuation dropped. -->
  <xsl:template name="slug">
    <xsl:param name="s"/>
    <xsl:value-of select="translate(normalize-space($s), concat($upper, ' /', $punct), concat($lower, '--'))"/>
  </xsl:template>

  <xsl:template match="/c:statement">
    <akomaNtoso>
      <statement name="{$id-kind}" contains="originalVersion">
        <meta>
          <identification source="#communique">
            <FRBRWork>
              <FRBRthis value="{$work}/!main"/>
              <FRBRuri value="{$work}"/>
              <FRBRdate date="{$frbr-date}" name="{$frbr-date-name}"/>
              <FRBRauthor href="#issuer"/>
              <xsl:for-each select="c:author[c:name]">
                <FRBRauthor href="#author"><xsl:if test="c:role"><xsl:attribute name="as">#author_role</xsl:attribute></xsl:if></FRBRauthor>
              </xsl:for-each>
              <FRBRcountry value="{$id-country}"/>
              <FRBRsubtype value="{$id-kind}"/>
              <FRBRnumber value="{$id-hash}"/>
              <FRBRname value="{c:title}"/>
            </FRBRWork>
            <FRBRExpression>
              <FRBRthis value="{$expression}/!main"/>
              <FRBRuri value="{$expression}"/>
              <FRBRdate date="{$frbr-date}" name="{$frbr-date-name}"/>
              <FRBRauthor href="#issuer"/>
              <FRBRlanguage language="{$lang3}"/>
            </FRBRExpression>
            <FRBRManifestation>
              <FRBRthis value="{$expression}/!main.akn"/>
              <FRBRuri value="{$expression}.akn"/>
              <FRBRdate date="{$frbr-date}" name="{$frbr-date-name}"/>
              <FRBRauthor href="#communique"/>
              <FRBRformat value="application/akn+xml"/>
            </FRBRManifestation>
          </identification>
          <references source="#communique">
            <TLCOrganization eId="communique" href="/ontology/organization/communique" showAs="communique"/>
            <xsl:choose>
              <xsl:when test="c:issuer">
                <TLCOrganization eId="issuer" showAs="{normalize-space(c:issuer)}">
                  <xsl:attribute name="href">/ontology/organization/<xsl:call-template name="slug"><xsl:with-param name="s" select="c:issuer"/></xsl:call-template></xsl:attribute>
                </TLCOrganization>
              </xsl:when>
              <xsl:otherwise>
                <TLCOrganization eId="issuer" href="/ontology/organization/unknown" showAs="unknown issuer"/>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:for-each select="c:country">
              <TLCLocation eId="country" href="/ontology/location/{translate(normalize-space(@iso), $upper, $lower)}" showAs="{normalize-space(.)}"/>
            </xsl:for-each>
            <xsl:for-each select="c:place">
              <TLCLocation eId="place" showAs="{normalize-space(.)}">
                <xsl:attribute name="href">/ontology/location/<xsl:call-template name="slug"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:attribute>
              </TLCLocation>
            </xsl:for-each>
            <xsl:for-each select="c:elections/c:election">
              <TLCEvent eId="election_{position()}" showAs="{normalize-space(@type)} election{substring(' (early)', 1, 8 * (normalize-space(@early) = 'true' or normalize-space(@early) = '1'))}">
                <xsl:attribute name="href">/ontology/event/<xsl:value-of select="normalize-space(@type)"/>-election<xsl:if test="c:date/@value">-<xsl:value-of select="normalize-space(c:date/@value)"/></xsl:if></xsl:attribute>
              </TLCEvent>
            </xsl:for-each>
            <xsl:for-each select="c:author[c:name]">
              <TLCPerson eId="author" showAs="{normalize-space(c:name)}">
                <xsl:attribute name="href">/ontology/person/<xsl:call-template name="slug"><xsl:with-param name="s" select="c:name"/></xsl:call-template></xsl:attribute>
              </TLCPerson>
            </xsl:for-each>
            <xsl:for-each select="c:author/c:role">
              <TLCRole eId="author_role" showAs="{normalize-space(.)}">
                <xsl:attribute name="href">/ontology/role/<xsl:call-template name="slug"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:attribute>
              </TLCRole>
            </xsl:for-each>
            <xsl:for-each select="c:spokesperson[c:name]">
              <TLCPerson eId="spokesperson" showAs="{normalize-space(c:name)}">
                <xsl:attribute name="href">/ontology/person/<xsl:call-template name="slug"><xsl:with-param name="s" select="c:name"/></xsl:call-template></xsl:attribute>
              </TLCPerson>
            </xsl:for-each>
            <xsl:for-each select="c:spokesperson/c:role">
              <TLCRole eId="spokesperson_role" showAs="{normalize-space(.)}">
                <xsl:attribute name="href">/ontology/role/<xsl:call-template name="slug"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:attribute>
              </TLCRole>
            </xsl:for-each>
            <xsl:for-each select="c:mentions/c:person">
              <TLCPerson eId="person_{position()}" showAs="{normalize-space(.)}">
                <xsl:attribute name="href">/ontology/person/<xsl:call-template name="slug"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:attribute>
              </TLCPerson>
            </xsl:for-each>
            <xsl:for-each select="c:mentions/c:person[normalize-space(@role)]">
              <TLCRole eId="person_{count(preceding-sibling::c:person) + 1}_role" showAs="{normalize-space(@role)}">
                <xsl:attribute name="href">/ontology/role/<xsl:call-template name="slug"><xsl:with-param name="s" select="@role"/></xsl:call-template></xsl:attribute>
              </TLCRole>
            </xsl:for-each>
            <xsl:for-each select="c:mentions/c:organisation">
              <TLCOrganization eId="organisation_{position()}" showAs="{normalize-space(.)}">
                <xsl:attribute name="href">/ontology/organization/<xsl:call-template name="slug"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:attribute>
              </TLCOrganization>
            </xsl:for-each>
            <xsl:for-each select="c:alignment/c:aligned">
              <TLCLocation eId="aligned_{position()}" href="/ontology/location/{translate(normalize-space(@iso), $upper, $lower)}" showAs="{normalize-space(.)}"/>
            </xsl:for-each>
          </references>
          <proprietary source="#communique">
            <c:statement id="{$id}" version="{normalize-space(@version)}">
              <c:source file="{c:source/@file}" form="{normalize-space(c:source/@form)}" sha256="{c:source/@sha256}"/>
            </c:statement>
          </proprietary>
        </meta>
        <preface>
          <p class="title"><docTitle><xsl:value-of select="c:title"/></docTitle></p>
          <p class="issuer"><docAuthority refersTo="#issuer"><xsl:value-of select="normalize-space(c:issuer)"/><xsl:if test="not(c:issuer)">unknown issuer</xsl:if></docAuthority></p>
          <xsl:for-each select="c:author">
            <p class="author">
              <xsl:if test="c:name"><person refersTo="#author"><xsl:if test="c:role"><xsl:attribute name="as">#author_role</xsl:attribute></xsl:if><xsl:value-of select="c:name"/></person></xsl:if>
              <xsl:if test="c:name and c:role">, </xsl:if>
              <xsl:if test="c:role"><role refersTo="#author_role"><xsl:value-of select="c:role"/></role></xsl:if>
            </p>
          </xsl:for-each>
          <xsl:for-each select="c:forum">
            <p class="forum"><xsl:value-of select="."/></p>
          </xsl:for-each>
          <xsl:for-each select="c:date">
            <p class="date">
              <xsl:choose>
                <xsl:when test="$frbr-date-name = 'issued'"><docDate date="{$frbr-date}"><xsl:value-of select="."/></docDate></xsl:when>
                <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
              </xsl:choose>
            </p>
          </xsl:for-each>
          <xsl:for-each select="c:place">
            <p class="place"><location refersTo="#place"><xsl:value-of select="."/></location></p>
          </xsl:for-each>
          <xsl:for-each select="c:reference">
            <p class="reference"><docNumber><xsl:value-of select="."/></docNumber></p>
          </xsl:for-each>
        </preface>
        <mainBody>
          <xsl:for-each select="c:body/c:p">
            <paragraph eId="para_{position()}">
              <xsl:if test="@n"><num><xsl:value-of select="normalize-space(@n)"/>.</num></xsl:if>
              <content><p><xsl:value-of select="."/></p></content>
            </paragraph>
          </xsl:for-each>
          <xsl:if test="not(c:body/c:p)"><p/></xsl:if>
        </mainBody>
        <xsl:if test="c:alignment or c:spokesperson">
          <conclusions>
            <xsl:for-each select="c:alignment/c:clause">
              <p class="alignment"><xsl:value-of select="."/></p>
            </xsl:for-each>
            <xsl:for-each select="c:alignment/c:footnote">
              <p class="footnote"><xsl:if test="@mark"><sup><xsl:value-of select="@mark"/></sup><xsl:text> </xsl:text></xsl:if><xsl:value-of select="."/></p>
            </xsl:for-each>
            <xsl:for-each select="c:spokesperson">
              <p class="spokesperson">
                <xsl:if test="c:name"><person refersTo="#spokesperson"><xsl:if test="c:role"><xsl:attribute name="as">#spokesperson_role</xsl:attribute></xsl:if><xsl:value-of select="c:name"/></person></xsl:if>
                <xsl:if test="c:name and c:role">, </xsl:if>
                <xsl:if test="c:role"><role refersTo="#spokesperson_role"><xsl:value-of select="c:role"/></role></xsl:if>
                <xsl:if test="c:phone"><xsl:if test="c:name or c:role">, </xsl:if><xsl:value-of select="c:phone"/></xsl:if>
                <xsl:if test="c:email"><xsl:if test="c:name or c:role or c:phone">, </xsl:if><xsl:value-of select="c:email"/></xsl:if>
              </p>
            </xsl:for-each>
          </conclusions>
        </xsl:if>
      </statement>
    </akomaNtoso>
  </xsl:template>
</xsl:stylesheet>
