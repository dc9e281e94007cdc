<?xml version="1.0" encoding="UTF-8"?>
<!-- Statement XML → a standalone HTML5 page: semantic elements, a small
     embedded stylesheet that reads on a phone and prints cleanly,
     metadata as a definition list, numbered paragraphs, the aligned
     countries, and the source notes (every set-aside block, folded). -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="c fn">
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- kind-name, group-name: names for the schema's codes -->
  <xsl:include href="common.xsl"/>

  <!-- Provenance: hovering a field shows the raw lines it came from. -->
  <xsl:key name="origin" match="c:origin" use="@field"/>

  <xsl:template name="from">
    <xsl:param name="field"/>
    <xsl:variable name="o" select="key('origin', $field)"/>
    <xsl:if test="$o">
      <xsl:attribute name="title">source line <xsl:value-of select="$o/@lines"/></xsl:attribute>
      <xsl:attribute name="data-source-lines"><xsl:value-of select="$o/@lines"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="field"/>
    <xsl:if test="string($value) != ''">
      <dt><xsl:value-of select="$label"/></dt>
      <dd><xsl:call-template name="from"><xsl:with-param name="field" select="$field"/></xsl:call-template><xsl:value-of select="$value"/></dd>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/c:statement">
    <html lang="{@xml:lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="communique"/>
        <title><xsl:value-of select="c:title"/></title>
        <style>
body{font:1.05rem/1.55 Georgia,"Times New Roman",serif;margin:0 auto;max-width:42rem;padding:1rem;color:#1a1a1a;background:#fff}
header h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
.derived{font-size:.8rem;color:#666;font-style:italic}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font:.9rem/1.4 system-ui,sans-serif;margin:1rem 0;padding:.75rem;background:#f4f4f4;border-radius:4px}
dt{font-weight:600;color:#444}dd{margin:0}
ol.paragraphs{padding-left:2rem}ol.paragraphs li{margin:.6rem 0}
ul.unnumbered{list-style:none;padding:0}ul.unnumbered li{margin:.6rem 0}
section{margin-top:1.5rem}h2{font:600 1rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#555}
table{border-collapse:collapse;font:.9rem system-ui,sans-serif}td,th{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}
details{font:.85rem/1.4 system-ui,sans-serif;color:#444}details li{margin:.3rem 0}
.kind{display:inline-block;min-width:7rem;color:#777}
nav.back{font:.9rem system-ui,sans-serif}nav.back a::before{content:"← "}
@media (max-width:30rem){dl{grid-template-columns:1fr}dt{margin-top:.4rem}}
@media print{body{max-width:none;font-size:11pt}dl{background:none;border:1px solid #999}details,nav.back{display:none}a{color:inherit}}
        </style>
      </head>
      <body>
        <nav class="back" aria-label="Collection"><a href="./index.html">All statements</a></nav>
        <article>
          <header>
            <h1><xsl:call-template name="from"><xsl:with-param name="field" select="'/title'"/></xsl:call-template><xsl:value-of select="c:title"/></h1>
            <xsl:if test="c:title/@derived = 'true'">
              <p class="derived">Title composed by communique: the source has none.</p>
            </xsl:if>
            <dl>
              <xsl:call-template name="row"><xsl:with-param name="label" select="'Issuer'"/><xsl:with-param name="value" select="c:issuer"/><xsl:with-param name="field" select="'/issuer'"/></xsl:call-template>
              <xsl:if test="c:author">
                <dt>Author</dt>
                <dd>
                  <xsl:call-template name="from"><xsl:with-param name="field" select="concat('/author/', substring('name', 1, 4 * boolean(c:author/c:name)), substring('role', 1, 4 * not(c:author/c:name)))"/></xsl:call-template>
                  <xsl:value-of select="c:author/c:name"/>
                  <xsl:if test="c:author/c:name and c:author/c:role">, </xsl:if>
                  <xsl:value-of select="c:author/c:role"/>
                </dd>
              </xsl:if>
              <xsl:call-template name="row"><xsl:with-param name="label" select="'Kind'"/><xsl:with-param name="value"><xsl:call-template name="kind-name"><xsl:with-param name="code" select="c:kind"/></xsl:call-template></xsl:with-param><xsl:with-param name="field" select="'/kind'"/></xsl:call-template>
              <xsl:if test="c:date">
                <dt>Date</dt>
                <dd><xsl:call-template name="from"><xsl:with-param name="field" select="'/date'"/></xsl:call-template><time datetime="{c:date/@value}"><xsl:value-of select="c:date"/></time></dd>
              </xsl:if>
              <xsl:if test="c:forum">
                <dt>Forum</dt>
                <dd><xsl:call-template name="from"><xsl:with-param name="field" select="'/forum'"/></xsl:call-template><xsl:value-of select="c:forum"/><xsl:if test="c:forum/@meeting">, meeting No. <xsl:value-of select="c:forum/@meeting"/></xsl:if></dd>
              </xsl:if>
              <xsl:call-template name="row"><xsl:with-param name="label" select="'Place'"/><xsl:with-param name="value" select="c:place"/><xsl:with-param name="field" select="'/place'"/></xsl:call-template>
              <xsl:call-template name="row"><xsl:with-param name="label" select="'Reference'"/><xsl:with-param name="value" select="c:reference"/><xsl:with-param name="field" select="'/reference'"/></xsl:call-template>
              <xsl:for-each select="c:distribution">
                <xsl:call-template name="row"><xsl:with-param name="label" select="'Distribution'"/><xsl:with-param name="value" select="."/></xsl:call-template>
              </xsl:for-each>
              <xsl:if test="c:country">
                <dt>Country</dt>
                <dd><xsl:call-template name="from"><xsl:with-param name="field" select="'/country'"/></xsl:call-template><xsl:value-of select="c:country"/> (<abbr title="ISO 3166-1 alpha-2"><xsl:value-of select="c:country/@iso"/></abbr>)</dd>
              </xsl:if>
              <xsl:for-each select="c:elections/c:election">
                <dt>Election</dt>
                <dd>
                  <xsl:call-template name="from"><xsl:with-param name="field" select="concat('/elections/', position() - 1)"/></xsl:call-template>
                  <xsl:if test="@early = 'true'">early </xsl:if>
                  <xsl:value-of select="@type"/>
                  <xsl:if test="c:chamber"> (<xsl:value-of select="c:chamber"/>)</xsl:if>
                  <xsl:if test="c:date">, <time>
                    <xsl:if test="c:date/@value"><xsl:attribute name="datetime"><xsl:value-of select="c:date/@value"/></xsl:attribute></xsl:if>
                    <xsl:value-of select="c:date"/></time></xsl:if>
                </dd>
              </xsl:for-each>
              <xsl:if test="c:spokesperson">
                <dt>Contact</dt>
                <dd>
                  <xsl:call-template name="from"><xsl:with-param name="field" select="'/spokesperson/name'"/></xsl:call-template>
                  <xsl:value-of select="c:spokesperson/c:name"/>
                  <xsl:if test="c:spokesperson/c:role">, <xsl:value-of select="c:spokesperson/c:role"/></xsl:if>
                  <xsl:if test="c:spokesperson/c:phone">, <a href="tel:{translate(c:spokesperson/c:phone, ' ()', '')}"><xsl:value-of select="c:spokesperson/c:phone"/></a></xsl:if>
                  <xsl:if test="c:spokesperson/c:email">, <xsl:value-of select="c:spokesperson/c:email"/></xsl:if>
                </dd>
              </xsl:if>
              <dt>Id</dt>
              <dd><code><xsl:value-of select="@id"/></code></dd>
            </dl>
          </header>
          <xsl:choose>
            <xsl:when test="c:body/c:p[@n]">
              <ol class="paragraphs">
                <xsl:for-each select="c:body/c:p">
                  <li title="source lines {@lines}">
                    <xsl:if test="@n"><xsl:attribute name="value"><xsl:value-of select="@n"/></xsl:attribute></xsl:if>
                    <xsl:value-of select="."/>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <ul class="unnumbered">
                <xsl:for-each select="c:body/c:p">
                  <li title="source lines {@lines}"><xsl:value-of select="."/></li>
                </xsl:for-each>
              </ul>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="c:alignment">
            <section class="alignment">
              <h2>Alignment</h2>
              <xsl:if test="c:alignment/c:clause"><p><xsl:value-of select="c:alignment/c:clause"/></p></xsl:if>
              <xsl:if test="c:alignment/c:aligned">
                <table>
                  <thead><tr><th>Country</th><th>ISO</th><th>Group</th></tr></thead>
                  <tbody>
                    <xsl:for-each select="c:alignment/c:aligned">
                      <tr><xsl:call-template name="from"><xsl:with-param name="field" select="concat('/aligned_countries/', position() - 1)"/></xsl:call-template><td><xsl:value-of select="."/><xsl:value-of select="@mark"/></td><td><xsl:value-of select="@iso"/></td><td><xsl:call-template name="group-name"><xsl:with-param name="code" select="@group"/></xsl:call-template></td></tr>
                    </xsl:for-each>
                  </tbody>
                </table>
              </xsl:if>
              <xsl:for-each select="c:alignment/c:footnote">
                <p><small><xsl:value-of select="@mark"/><xsl:text> </xsl:text><xsl:value-of select="."/></small></p>
              </xsl:for-each>
            </section>
          </xsl:if>
          <xsl:if test="c:social-posts">
            <section class="social-posts">
              <h2>Embedded posts</h2>
              <xsl:for-each select="c:social-posts/c:post">
                <blockquote>
                  <p><xsl:value-of select="c:text"/></p>
                  <footer>— <xsl:value-of select="c:author"/>
                    <xsl:if test="c:handle"> (@<xsl:value-of select="c:handle"/>)</xsl:if>
                    <xsl:if test="c:date">, <xsl:value-of select="c:date"/></xsl:if>
                    <!-- Only http(s) links are links ("pic.twitter.com/…" is
                         one without its scheme); anything else is text. -->
                    <xsl:for-each select="c:url">
                      <xsl:text> </xsl:text>
                      <xsl:choose>
                        <xsl:when test="starts-with(., 'https://') or starts-with(., 'http://')"><a rel="nofollow noopener" href="{.}"><xsl:value-of select="."/></a></xsl:when>
                        <xsl:when test="starts-with(., 'pic.twitter.com/')"><a rel="nofollow noopener" href="https://{.}"><xsl:value-of select="."/></a></xsl:when>
                        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                      </xsl:choose>
                    </xsl:for-each>
                  </footer>
                </blockquote>
              </xsl:for-each>
            </section>
          </xsl:if>
          <xsl:if test="c:related">
            <section class="related">
              <h2>Related statements</h2>
              <ul>
                <xsl:for-each select="c:related/c:statement">
                  <li data-relation="{@relation}">
                    <span class="kind"><xsl:value-of select="translate(@relation, '-', ' ')"/></span>
                    <xsl:text> </xsl:text>
                    <a><xsl:attribute name="href"><xsl:call-template name="page-of"><xsl:with-param name="file" select="@file"/></xsl:call-template></xsl:attribute><xsl:value-of select="@title"/></a>
                    <xsl:if test="@overlap">
                      <xsl:text> (</xsl:text><xsl:value-of select="@overlap"/><xsl:text>% of the quoting text matched)</xsl:text>
                    </xsl:if>
                  </li>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>
          <footer>
            <details>
              <summary>Source: <xsl:value-of select="c:source/@file"/> (<xsl:value-of select="c:source/@form"/>)</summary>
              <p>SHA-256 <code><xsl:value-of select="c:source/@sha256"/></code></p>
              <xsl:if test="starts-with(c:source/@url, 'https://') or starts-with(c:source/@url, 'http://')">
                <p>Published at <a href="{c:source/@url}" rel="noopener noreferrer"><xsl:value-of select="c:source/@url"/></a><xsl:if test="c:source/@retrieved">, retrieved <time datetime="{c:source/@retrieved}"><xsl:value-of select="c:source/@retrieved"/></time></xsl:if></p>
              </xsl:if>
              <xsl:if test="c:source/c:set-aside">
                <p>Set aside from the body:</p>
                <ul>
                  <xsl:for-each select="c:source/c:set-aside">
                    <li><span class="kind"><xsl:value-of select="@kind"/></span><xsl:text> </xsl:text><xsl:value-of select="."/></li>
                  </xsl:for-each>
                </ul>
              </xsl:if>
            </details>
          </footer>
        </article>
      </body>
    </html>
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
