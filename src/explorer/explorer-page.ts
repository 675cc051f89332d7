/**
 * The explorer's HTML shell. Everything it loads comes from this server (see the
 * Content-Security-Policy of explorer-routes.ts), so it works offline.
 */

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A favicon as a data URI: one request fewer, nothing to serve. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='4' cy='4' r='3' fill='%230072B2'/%3E%3Ccircle cx='12' cy='6' r='3' fill='%23E69F00'/%3E%3Ccircle cx='7' cy='12' r='3' fill='%23009E73'/%3E%3C/svg%3E";

export function explorerHtml(version: string): string {
  const v = escapeAttribute(version);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Techniekpact explorer</title>
<link rel="icon" href="${FAVICON}">
<link rel="stylesheet" href="/assets/explorer/explorer.css?v=${v}">
</head>
<body>
<a class="skip-link" href="#app">Skip to content</a>
<header class="top-bar">
  <a class="brand" href="#/">Techniekpact graph</a>
  <nav class="top-nav" aria-label="Main">
    <a href="#/" data-page="explore">Explore</a>
    <a href="#/paths" data-page="paths">Paths</a>
    <a href="#/actions" data-page="actions">Actions</a>
    <a href="#/regions" data-page="regions">Regions</a>
    <a href="#/sources" data-page="sources">Sources</a>
    <a href="/graphql">GraphQL</a>
  </nav>
</header>
<main id="app" tabindex="-1"></main>
<noscript><p class="page">The explorer needs JavaScript. The data is also at <a href="/graphql">/graphql</a>.</p></noscript>
<script src="/assets/explorer/explorer.js?v=${v}"></script>
</body>
</html>
`;
}
