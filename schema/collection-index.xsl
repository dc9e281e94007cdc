<?xml version="1.0" encoding="UTF-8"?>
<!-- A collection of statements (src/feed.h) → index.html: every statement,
     newest first, linking to its page.

     Filtering works without JavaScript: each country, year, kind and
     election type is a link to a #f-… fragment, and a CSS :target rule
     hides the rows that do not carry that value (one facet at a time).
     With JavaScript, four drop-downs combine the facets.  Row classes are
     tokens the schema restricts (ISO codes, kinds, years, election types),
     so they are safe as class names and fragment ids. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:k="urn:communique:collection:1"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="k c fn">
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <xsl:key name="country" match="c:country" use="@iso"/>
  <xsl:key name="year" match="k:item" use="@year"/>
  <xsl:key name="kind" match="c:kind" use="."/>
  <xsl:key name="election" match="c:election" use="@type"/>

  <!-- The facet values, each once, in a stable order. -->
  <xsl:variable name="countries" select="//c:statement/c:country[generate-id() = generate-id(key('country', @iso)[1])]"/>
  <xsl:variable name="years" select="/k:collection/k:item[generate-id() = generate-id(key('year', @year)[1])]"/>
  <xsl:variable name="kinds" select="//c:statement/c:kind[generate-id() = generate-id(key('kind', .)[1])]"/>
  <xsl:variable name="elections" select="//c:statement/c:elections/c:election[generate-id() = generate-id(key('election', @type)[1])]"/>

  <!-- A date value as a reader wants it: a partial value (the year not
       stated, month 11 and day 20)
       reads "20 November (year not stated)"; a full or year-month value
       is shown as it is. -->
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

  <xsl:template match="/k:collection">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="communique"/>
        <title><xsl:value-of select="@title"/></title>
        <link rel="alternate" type="application/atom+xml" href="atom.xml" title="Atom feed"/>
        <link rel="alternate" type="application/feed+json" href="feed.json" title="JSON Feed"/>
        <style>
          body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; }
          h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
          nav.facets p { margin: .25rem 0; }
          nav.facets a { margin-right: .5rem; white-space: nowrap; }
          .count { color: #555; }
          table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
          th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #ddd; }
          th { font-size: .85rem; color: #444; }
          td.date { white-space: nowrap; }
          .related { font-size: .85rem; color: #444; }
          form.filters label { margin-right: 1rem; white-space: nowrap; }
          .target { display: none; }
          @media (max-width: 40rem) {
            thead { display: none; }
            tr, td { display: block; border: 0; padding: .1rem 0; }
            tr { border-bottom: 1px solid #ddd; padding: .5rem 0; }
          }
          <xsl:for-each select="$countries">#f-country-<xsl:value-of select="@iso"/>:target ~ table tbody tr:not(.country-<xsl:value-of select="@iso"/>),
          </xsl:for-each>
          <xsl:for-each select="$years">#f-year-<xsl:value-of select="@year"/>:target ~ table tbody tr:not(.year-<xsl:value-of select="@year"/>),
          </xsl:for-each>
          <xsl:for-each select="$kinds">#f-kind-<xsl:value-of select="."/>:target ~ table tbody tr:not(.kind-<xsl:value-of select="."/>),
          </xsl:for-each>
          <xsl:for-each select="$elections">#f-election-<xsl:value-of select="@type"/>:target ~ table tbody tr:not(.election-<xsl:value-of select="@type"/>),
          </xsl:for-each>
          .never { display: none; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="@title"/></h1>
          <p class="count"><xsl:value-of select="count(k:item)"/> statements, newest first.
            Feeds: <a href="atom.xml">Atom</a>, <a href="feed.json">JSON Feed</a>,
            <a href="statements.jsonl">JSON Lines</a>.</p>
          <nav class="facets" aria-label="Filter">
            <p>Country:<xsl:text> </xsl:text>
              <xsl:for-each select="$countries">
                <xsl:sort select="."/>
                <a href="#f-country-{@iso}"><xsl:value-of select="."/> (<xsl:value-of select="count(key('country', @iso))"/>)</a><xsl:text> </xsl:text>
              </xsl:for-each>
            </p>
            <p>Year:<xsl:text> </xsl:text>
              <xsl:for-each select="$years">
                <xsl:sort select="string(@year = 'undated')"/>
                <xsl:sort select="@year" order="descending"/>
                <a href="#f-year-{@year}"><xsl:value-of select="@year"/> (<xsl:value-of select="count(key('year', @year))"/>)</a><xsl:text> </xsl:text>
              </xsl:for-each>
            </p>
            <p>Kind:<xsl:text> </xsl:text>
              <xsl:for-each select="$kinds">
                <xsl:sort select="."/>
                <a href="#f-kind-{.}"><xsl:value-of select="translate(., '-', ' ')"/> (<xsl:value-of select="count(key('kind', .))"/>)</a><xsl:text> </xsl:text>
              </xsl:for-each>
            </p>
            <p>Election:<xsl:text> </xsl:text>
              <xsl:for-each select="$elections">
                <xsl:sort select="@type"/>
                <a href="#f-election-{@type}"><xsl:value-of select="@type"/> (<xsl:value-of select="count(/k:collection/k:item[c:statement/c:elections/c:election/@type = current()/@type])"/>)</a><xsl:text> </xsl:text>
              </xsl:for-each>
              <a href="#">all statements</a>
            </p>
          </nav>
          <form class="filters" hidden="hidden">
            <xsl:call-template name="select">
              <xsl:with-param name="facet" select="'country'"/>
              <xsl:with-param name="label" select="'Country'"/>
              <xsl:with-param name="values" select="$countries/@iso"/>
            </xsl:call-template>
            <xsl:call-template name="select">
              <xsl:with-param name="facet" select="'year'"/>
              <xsl:with-param name="label" select="'Year'"/>
              <xsl:with-param name="values" select="$years/@year"/>
            </xsl:call-template>
            <xsl:call-template name="select">
              <xsl:with-param name="facet" select="'kind'"/>
              <xsl:with-param name="label" select="'Kind'"/>
              <xsl:with-param name="values" select="$kinds"/>
            </xsl:call-template>
            <xsl:call-template name="select">
              <xsl:with-param name="facet" select="'election'"/>
              <xsl:with-param name="label" select="'Election'"/>
              <xsl:with-param name="values" select="$elections/@type"/>
            </xsl:call-template>
            <output class="count" id="shown"></output>
          </form>
          <xsl:for-each select="$countries"><i class="target" id="f-country-{@iso}"></i></xsl:for-each>
          <xsl:for-each select="$years"><i class="target" id="f-year-{@year}"></i></xsl:for-each>
          <xsl:for-each select="$kinds"><i class="target" id="f-kind-{.}"></i></xsl:for-each>
          <xsl:for-each select="$elections"><i class="target" id="f-election-{@type}"></i></xsl:for-each>
          <table>
            <thead>
              <tr><th>Date</th><th>Statement</th><th>Country</th><th>Kind</th><th>Election</th><th>Issuer</th></tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="k:item"/>
            </tbody>
          </table>
        </main>
        <script>
          // Combines the four facets; without JavaScript the facet links
          // above filter one facet at a time.
          (function () {
            var form = document.querySelector('form.filters');
            var rows = document.querySelectorAll('tbody tr');
            form.hidden = false;
            function apply() {
              var shown = 0;
              rows.forEach(function (row) {
                var ok = Array.prototype.every.call(form.elements, function (el) {
                  return !el.name || !el.value || row.classList.contains(el.name + '-' + el.value);
                });
                row.hidden = !ok;
                if (ok) shown++;
              });
              document.getElementById('shown').value = shown + ' shown';
            }
            form.addEventListener('change', apply);
            apply();
          })();
        </script>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="select">
    <xsl:param name="facet"/>
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <label><xsl:value-of select="$label"/><xsl:text> </xsl:text>
      <select name="{$facet}">
        <option value="">all</option>
        <xsl:for-each select="$values">
          <xsl:sort select="."/>
          <option value="{.}"><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
    </label>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="k:item">
    <xsl:variable name="s" select="c:statement"/>
    <tr>
      <xsl:attribute name="class">
        <xsl:text>country-</xsl:text>
        <xsl:choose>
          <xsl:when test="$s/c:country"><xsl:value-of select="$s/c:country/@iso"/></xsl:when>
          <xsl:otherwise>none</xsl:otherwise>
        </xsl:choose>
        <xsl:text> year-</xsl:text><xsl:value-of select="@year"/>
        <xsl:text> kind-</xsl:text><xsl:value-of select="$s/c:kind"/>
        <xsl:for-each select="$s/c:elections/c:election">
          <xsl:text> election-</xsl:text><xsl:value-of select="@type"/>
        </xsl:for-each>
      </xsl:attribute>
      <td class="date">
        <xsl:choose>
          <xsl:when test="$s/c:date/@value"><xsl:call-template name="shown-date"><xsl:with-param name="value" select="$s/c:date/@value"/></xsl:call-template></xsl:when>
          <xsl:otherwise>undated</xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <a href="{@href}"><xsl:value-of select="$s/c:title"/></a>
        <xsl:for-each select="$s/c:related/c:statement">
          <br/><span class="related"><xsl:value-of select="translate(@relation, '-', ' ')"/>: <a><xsl:attribute name="href"><xsl:call-template name="page-of"><xsl:with-param name="file" select="@file"/></xsl:call-template></xsl:attribute><xsl:value-of select="@title"/></a></span>
        </xsl:for-each>
      </td>
      <td><xsl:value-of select="$s/c:country"/></td>
      <td><xsl:value-of select="translate($s/c:kind, '-', ' ')"/></td>
      <td>
        <xsl:for-each select="$s/c:elections/c:election">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:value-of select="@type"/>
        </xsl:for-each>
      </td>
      <td><xsl:value-of select="$s/c:issuer"/></td>
    </tr>
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
