<?xml version="1.0" encoding="UTF-8"?>
<!-- A collection of statements (src/feed.h) → index.html: every statement,
     newest first, linking to its page; one filter bar, a search box and
     sortable columns.

     The filter bar is a set of links, one per country, year, kind and
     election type, with names and counts.  Without JavaScript each link
     goes to a #f-… fragment, and CSS :target rules hide the rows that do
     not carry that value and show that value's count (one facet at a
     time).  With JavaScript the same links combine (one value per facet,
     a second click lets it go), the search box appears (every word typed
     must begin a word of the statement's title, issuer, country, author or
     text: search.js, beside the page, holds those words), the column
     headers sort, and the count says how many of how many are shown.  Row
     classes are tokens the schema restricts (ISO codes, kinds, years,
     election types), so they are safe as class names and fragment ids. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:k="urn:communique:collection:1"
                xmlns:c="urn:communique:statement:1"
                xmlns:fn="urn:communique:functions"
                exclude-result-prefixes="k c fn">
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>
  <xsl:strip-space elements="*"/>

  <!-- kind-name, shown-date -->
  <xsl:include href="common.xsl"/>

  <xsl:key name="country" match="c:country" use="@iso"/>
  <xsl:key name="year" match="k:item" use="@year"/>
  <xsl:key name="kind" match="c:kind" use="."/>
  <xsl:key name="election" match="c:election" use="@type"/>

  <!-- The facet values, each once, in a stable order. -->
  <xsl:variable name="countries" select="//c:statement/c:country[generate-id() = generate-id(key('country', @iso)[1])]"/>
  <xsl:variable name="years" select="/k:collection/k:item[generate-id() = generate-id(key('year', @year)[1])]"/>
  <xsl:variable name="kinds" select="//c:statement/c:kind[generate-id() = generate-id(key('kind', .)[1])]"/>
  <xsl:variable name="elections" select="//c:statement/c:elections/c:election[generate-id() = generate-id(key('election', @type)[1])]"/>
  <xsl:variable name="total" select="count(/k:collection/k:item)"/>

  <xsl:template match="/k:collection">
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="communique"/>
        <title><xsl:value-of select="@title"/></title>
        <link rel="alternate" type="application/atom+xml" href="atom.xml" title="Atom feed"/>
        <link rel="alternate" type="application/feed+json" href="feed.json" title="JSON Feed"/>
        <style>
          body { font: 16px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 76rem; padding: 1rem; color: #1a1a1a; }
          h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
          .count { color: #444; }
          .count .only, #shown { display: none; }
          html.js .count .all { display: none; }
          html.js #shown { display: inline; }
          form.filters { margin: .75rem 0; }
          form.filters p { margin: .3rem 0; }
          form.filters b { display: inline-block; min-width: 5rem; font-weight: 600; color: #444; }
          form.filters a { display: inline-block; margin: 0 .4rem .2rem 0; padding: .05rem .45rem; border: 1px solid #ccd; border-radius: 1rem; text-decoration: none; white-space: nowrap; }
          form.filters a[aria-pressed="true"] { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
          form.filters a.clear { border-style: dashed; }
          form.filters .n { color: #667; font-size: .85em; }
          details.facets summary { cursor: pointer; color: #444; font-weight: 600; margin: .3rem 0; }
          form.filters a[aria-pressed="true"] .n { color: #dde; }
          input[type=search] { font: inherit; padding: .3rem .5rem; width: min(28rem, 100%); box-sizing: border-box; }
          table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
          th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #ddd; }
          th { font-size: .85rem; color: #444; white-space: nowrap; }
          th button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; font-weight: 600; }
          th[aria-sort="ascending"] button::after { content: " \25B2"; }
          th[aria-sort="descending"] button::after { content: " \25BC"; }
          td.date { white-space: nowrap; }
          .related { font-size: .85rem; color: #444; }
          .target { display: none; }
          @media (max-width: 40rem) {
            thead { display: none; }
            table, tbody, tr, td { display: block; border: 0; padding: .1rem 0; }
            td, td.date { white-space: normal; overflow-wrap: anywhere; }
            tr { border-bottom: 1px solid #ddd; padding: .5rem 0; }
            td[data-label]:not(:empty)::before { content: attr(data-label) ": "; font-weight: 600; color: #555; }
            td.title::before { display: none; }
          }
          <!-- Without script: one facet at a time, by the fragment. -->
          <xsl:for-each select="$countries">html:not(.js) #f-country-<xsl:value-of select="@iso"/>:target ~ table tbody tr:not(.country-<xsl:value-of select="@iso"/>),
          </xsl:for-each>
          <xsl:for-each select="$years">html:not(.js) #f-year-<xsl:value-of select="@year"/>:target ~ table tbody tr:not(.year-<xsl:value-of select="@year"/>),
          </xsl:for-each>
          <xsl:for-each select="$kinds">html:not(.js) #f-kind-<xsl:value-of select="."/>:target ~ table tbody tr:not(.kind-<xsl:value-of select="."/>),
          </xsl:for-each>
          <xsl:for-each select="$elections">html:not(.js) #f-election-<xsl:value-of select="@type"/>:target ~ table tbody tr:not(.election-<xsl:value-of select="@type"/>),
          </xsl:for-each>
          html:not(.js) .target:target ~ .count .all,
          .never { display: none; }
          <xsl:for-each select="$countries">html:not(.js) #f-country-<xsl:value-of select="@iso"/>:target ~ .count .only-country-<xsl:value-of select="@iso"/>,
          </xsl:for-each>
          <xsl:for-each select="$years">html:not(.js) #f-year-<xsl:value-of select="@year"/>:target ~ .count .only-year-<xsl:value-of select="@year"/>,
          </xsl:for-each>
          <xsl:for-each select="$kinds">html:not(.js) #f-kind-<xsl:value-of select="."/>:target ~ .count .only-kind-<xsl:value-of select="."/>,
          </xsl:for-each>
          <xsl:for-each select="$elections">html:not(.js) #f-election-<xsl:value-of select="@type"/>:target ~ .count .only-election-<xsl:value-of select="@type"/>,
          </xsl:for-each>
          .never { display: inline; }
          <xsl:for-each select="$countries">html:not(.js) #f-country-<xsl:value-of select="@iso"/>:target ~ form a[data-value="<xsl:value-of select="@iso"/>"][data-facet="country"],
          </xsl:for-each>
          <xsl:for-each select="$years">html:not(.js) #f-year-<xsl:value-of select="@year"/>:target ~ form a[data-value="<xsl:value-of select="@year"/>"][data-facet="year"],
          </xsl:for-each>
          <xsl:for-each select="$kinds">html:not(.js) #f-kind-<xsl:value-of select="."/>:target ~ form a[data-value="<xsl:value-of select="."/>"][data-facet="kind"],
          </xsl:for-each>
          <xsl:for-each select="$elections">html:not(.js) #f-election-<xsl:value-of select="@type"/>:target ~ form a[data-value="<xsl:value-of select="@type"/>"][data-facet="election"],
          </xsl:for-each>
          .never { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
        </style>
      </head>
      <body>
        <main>
          <h1><xsl:value-of select="@title"/></h1>
          <!-- The fragments the filter links go to, before what they
               change (the ~ combinator looks forward). -->
          <xsl:for-each select="$countries"><i class="target" id="f-country-{@iso}"></i></xsl:for-each>
          <xsl:for-each select="$years"><i class="target" id="f-year-{@year}"></i></xsl:for-each>
          <xsl:for-each select="$kinds"><i class="target" id="f-kind-{.}"></i></xsl:for-each>
          <xsl:for-each select="$elections"><i class="target" id="f-election-{@type}"></i></xsl:for-each>
          <p class="count">
            <span class="all"><xsl:value-of select="$total"/> statements, newest first.</span>
            <xsl:for-each select="$countries">
              <span class="only only-country-{@iso}"><xsl:value-of select="count(key('country', @iso))"/> of <xsl:value-of select="$total"/> statements: <xsl:value-of select="."/>.</span>
            </xsl:for-each>
            <xsl:for-each select="$years">
              <span class="only only-year-{@year}"><xsl:value-of select="count(key('year', @year))"/> of <xsl:value-of select="$total"/> statements: <xsl:value-of select="@year"/>.</span>
            </xsl:for-each>
            <xsl:for-each select="$kinds">
              <span class="only only-kind-{.}"><xsl:value-of select="count(key('kind', .))"/> of <xsl:value-of select="$total"/> statements: <xsl:call-template name="kind-name"><xsl:with-param name="code" select="."/></xsl:call-template>.</span>
            </xsl:for-each>
            <xsl:for-each select="$elections">
              <span class="only only-election-{@type}"><xsl:value-of select="count(/k:collection/k:item[c:statement/c:elections/c:election/@type = current()/@type])"/> of <xsl:value-of select="$total"/> statements: <xsl:value-of select="@type"/> elections.</span>
            </xsl:for-each>
            <output id="shown" for="q"></output>
            Feeds: <a href="atom.xml">Atom</a>, <a href="feed.json">JSON Feed</a>,
            <a href="statements.jsonl">JSON Lines</a>, <a href="statements.csv">CSV</a>.
          </p>
          <form class="filters" id="filters" role="search" aria-label="Filter the statements">
            <p class="search" hidden="hidden"><label><b>Search</b><xsl:text> </xsl:text><input type="search" id="q" name="q" placeholder="words of the titles and texts" autocomplete="off"/></label></p>
            <details class="facets" open="open"><summary>Filters</summary>
            <p><b>Country</b><xsl:text> </xsl:text>
              <xsl:for-each select="$countries">
                <xsl:sort select="."/>
                <a href="#f-country-{@iso}" data-facet="country" data-value="{@iso}"><xsl:value-of select="."/><xsl:text> </xsl:text><span class="n">(<xsl:value-of select="count(key('country', @iso))"/>)</span></a>
              </xsl:for-each>
            </p>
            <p><b>Year</b><xsl:text> </xsl:text>
              <xsl:for-each select="$years">
                <xsl:sort select="string(@year = 'undated')"/>
                <xsl:sort select="@year" order="descending"/>
                <a href="#f-year-{@year}" data-facet="year" data-value="{@year}"><xsl:value-of select="@year"/><xsl:text> </xsl:text><span class="n">(<xsl:value-of select="count(key('year', @year))"/>)</span></a>
              </xsl:for-each>
            </p>
            <p><b>Kind</b><xsl:text> </xsl:text>
              <xsl:for-each select="$kinds">
                <xsl:sort select="."/>
                <a href="#f-kind-{.}" data-facet="kind" data-value="{.}"><xsl:call-template name="kind-name"><xsl:with-param name="code" select="."/></xsl:call-template><xsl:text> </xsl:text><span class="n">(<xsl:value-of select="count(key('kind', .))"/>)</span></a>
              </xsl:for-each>
            </p>
            <p><b>Election</b><xsl:text> </xsl:text>
              <xsl:for-each select="$elections">
                <xsl:sort select="@type"/>
                <a href="#f-election-{@type}" data-facet="election" data-value="{@type}"><xsl:value-of select="@type"/><xsl:text> </xsl:text><span class="n">(<xsl:value-of select="count(/k:collection/k:item[c:statement/c:elections/c:election/@type = current()/@type])"/>)</span></a>
              </xsl:for-each>
              <a href="#" class="clear">all statements</a>
            </p>
            </details>
          </form>
          <table id="statements">
            <thead>
              <tr><th scope="col" data-key="date">Date</th><th scope="col" data-key="title">Statement</th><th scope="col" data-key="country">Country</th><th scope="col" data-key="kind">Kind</th><th scope="col" data-key="election">Election</th><th scope="col" data-key="election-date">Election date</th><th scope="col" data-key="issuer">Issuer</th></tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="k:item"/>
            </tbody>
          </table>
        </main>
        <script src="search.js"></script>
        <script>
          (function () {
            'use strict';
            var form = document.getElementById('filters');
            var q = document.getElementById('q');
            var shown = document.getElementById('shown');
            var tbody = document.querySelector('#statements tbody');
            var rows = Array.prototype.slice.call(tbody.rows);
            var index = window.communiqueSearch || {};
            // Case and marks folded as search.js was made (utf8proc's case
            // folding and mark stripping): "Élections" is "elections",
            // "Außen" "aussen", a final sigma a sigma.
            function fold(s) {
              return String(s || '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
                .replace(/\u00df/g, 'ss').replace(/\u03c2/g, '\u03c3');
            }
            var words = rows.map(function (row) {
              var w = index[row.getAttribute('data-href')];
              return ' ' + fold(w === undefined ? row.textContent : w).split(/[^\p{L}\p{N}]+/u).join(' ') + ' ';
            });
            var chosen = {};
            var links = Array.prototype.slice.call(form.querySelectorAll('a[data-facet]'));
            function apply() {
              var terms = fold(q.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
              var count = 0;
              rows.forEach(function (row, i) {
                var ok = Object.keys(chosen).every(function (f) {
                  return row.classList.contains(f + '-' + chosen[f]);
                }) &amp;&amp; terms.every(function (t) { return words[i].indexOf(' ' + t) >= 0; });
                row.hidden = !ok;
                if (ok) count++;
              });
              links.forEach(function (a) {
                a.setAttribute('aria-pressed', String(chosen[a.dataset.facet] === a.dataset.value));
              });
              shown.value = count + ' of ' + rows.length + ' statements shown.';
            }
            form.addEventListener('click', function (e) {
              var a = e.target.closest('a');
              if (!a) return;
              e.preventDefault();
              if (a.classList.contains('clear')) {
                chosen = {};
                q.value = '';
              } else if (chosen[a.dataset.facet] === a.dataset.value) {
                delete chosen[a.dataset.facet];
              } else {
                chosen[a.dataset.facet] = a.dataset.value;
              }
              apply();
            });
            form.addEventListener('submit', function (e) { e.preventDefault(); });
            q.addEventListener('input', apply);
            // A link from the page without script (#f-country-KZ) is kept.
            var m = /^#f-(country|year|kind|election)-(.+)$/.exec(location.hash);
            if (m) {
              try { chosen[m[1]] = decodeURIComponent(m[2]); } catch (err) { /* not a value */ }
            }
            q.parentNode.parentNode.hidden = false;
            // On a phone the filters start folded, under the search box.
            if (window.matchMedia('(max-width: 40rem)').matches)
              form.querySelector('details.facets').open = false;
            // Sortable columns: a header sorts by its column's keys, again
            // to reverse; rows without a key go last either way.
            var heads = Array.prototype.slice.call(document.querySelectorAll('#statements th'));
            heads.forEach(function (th, col) {
              var b = document.createElement('button');
              b.type = 'button';
              b.textContent = th.textContent;
              th.textContent = '';
              th.appendChild(b);
              b.addEventListener('click', function () {
                var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
                heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
                rows.sort(function (x, y) {
                  var a = x.cells[col].getAttribute('data-key') || '', c = y.cells[col].getAttribute('data-key') || '';
                  if (!a || !c) return !a - !c;
                  return dir * a.localeCompare(c, undefined, {numeric: true, sensitivity: 'base'});
                });
                rows.forEach(function (row) { tbody.appendChild(row); });
                words = rows.map(function (row) {
                  var w = index[row.getAttribute('data-href')];
                  return ' ' + fold(w === undefined ? row.textContent : w).split(/[^\p{L}\p{N}]+/u).join(' ') + ' ';
                });
              });
            });
            heads[0].setAttribute('aria-sort', 'descending');
            // Only now, with everything in place, do the script's filters
            // take over from the links' (a failure above leaves those).
            document.documentElement.classList.add('js');
            apply();
          })();
        </script>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="k:item">
    <xsl:variable name="s" select="c:statement"/>
    <tr data-href="{@href}">
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
      <td class="date" data-label="Date" data-key="{$s/c:date/@value}">
        <xsl:choose>
          <xsl:when test="$s/c:date/@value"><xsl:call-template name="shown-date"><xsl:with-param name="value" select="$s/c:date/@value"/></xsl:call-template></xsl:when>
          <xsl:otherwise>undated</xsl:otherwise>
        </xsl:choose>
      </td>
      <td class="title" data-label="Statement" data-key="{$s/c:title}">
        <a href="{@href}"><xsl:value-of select="$s/c:title"/></a>
        <xsl:for-each select="$s/c:related/c:statement">
          <br/><span class="related"><xsl:value-of select="translate(@relation, '-', ' ')"/>: <a><xsl:attribute name="href"><xsl:call-template name="page-of"><xsl:with-param name="file" select="@file"/></xsl:call-template></xsl:attribute><xsl:value-of select="@title"/></a></span>
        </xsl:for-each>
      </td>
      <td data-label="Country" data-key="{$s/c:country}"><xsl:value-of select="$s/c:country"/></td>
      <xsl:variable name="kind"><xsl:call-template name="kind-name"><xsl:with-param name="code" select="$s/c:kind"/></xsl:call-template></xsl:variable>
      <td data-label="Kind" data-key="{$kind}"><xsl:value-of select="$kind"/></td>
      <td data-label="Election" data-key="{$s/c:elections/c:election/@type}">
        <xsl:for-each select="$s/c:elections/c:election">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:if test="@early = 'true'">early </xsl:if>
          <xsl:value-of select="@type"/>
        </xsl:for-each>
      </td>
      <td class="date" data-label="Election date" data-key="{$s/c:elections/c:election/c:date/@value}">
        <xsl:for-each select="$s/c:elections/c:election[c:date/@value]">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:call-template name="shown-date"><xsl:with-param name="value" select="c:date/@value"/></xsl:call-template>
        </xsl:for-each>
      </td>
      <td data-label="Issuer" data-key="{$s/c:issuer}"><xsl:value-of select="$s/c:issuer"/></td>
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
