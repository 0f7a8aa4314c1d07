/**
 * Articles written for these tests (none comes from a corpus): a short local news report whose speakers are new
 * to the graph but for one the fixture knows (John Legend), and saved web pages with active content that must
 * never run.
 */

export const BRIDGE_ARTICLE = `Riverside council approves the Harbor Street bridge

The Riverside city council voted on Tuesday to fund the Harbor Street bridge after a debate that lasted most of the night.

“This bridge will reconnect two neighbourhoods that have been cut off from each other for fifty years,” said Mara Okonkwo, the councillor who led the campaign.

John Legend, who sang at a benefit concert for the project last spring, welcomed the vote. “Music brought people together for this, and now the city has too,” Legend said.

Teodor Vance, who chairs the Riverside Taxpayers Association, said the project would cost far more than the council expects.

The first pillars are due to go up in the autumn.
`;

/** A calm paragraph in which nobody says anything. */
export const NARRATION_ONLY = `The river rose slowly through the week. By Friday the water reached the lowest step of the old mill, and the ducks moved their nests a little higher up the bank.\n`;

/**
 * A saved page around the bridge article: a script that would create `marker` if it ever ran, an inline event
 * handler that would do the same, an iframe, and navigation around the article.
 */
export function bridgePage(marker: string): string {
  const write = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Riverside council approves the Harbor Street bridge | Riverside Courier</title>
<meta name="author" content="Dana Whitfield">
<meta property="article:published_time" content="2024-03-05T18:30:00Z">
<script>${write}</script>
<script src="https://tracker.invalid/t.js"></script>
</head>
<body onload="${write.replace(/"/g, '&quot;')}">
<nav><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Riverside council approves the Harbor Street bridge</h1>
<p>The Riverside city council voted on Tuesday to fund the Harbor Street bridge after a debate that lasted most of the night.</p>
<p>“This bridge will reconnect two neighbourhoods that have been cut off from each other for fifty years,” said Mara Okonkwo, the councillor who led the campaign.</p>
<iframe src="https://ads.invalid/frame.html" onload="${write.replace(/"/g, '&quot;')}"></iframe>
<p onclick="${write.replace(/"/g, '&quot;')}">John Legend, who sang at a benefit concert for the project last spring, welcomed the vote. “Music brought people together for this, and now the city has too,” Legend said.</p>
<p>Teodor Vance, who chairs the Riverside Taxpayers Association, said the project would cost far more than the council expects.</p>
<p>The first pillars are due to go up in the autumn.</p>
</article>
<footer>© Riverside Courier. <a href="javascript:${write.replace(/"/g, '&quot;')}">Subscribe</a></footer>
</body>
</html>
`;
}
