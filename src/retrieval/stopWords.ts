/**
 * Function words that say nothing about which claim a text is about. Short on purpose: negations ("not", "no",
 * "never") are kept, as a fact-check of "X is not true" is about X too, and so are numbers and modal-free verbs.
 * Tweets add their own filler ("rt", "via", "lol").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just let me more most my myself of off
  on once only or other ought our ours ourselves out over own same shall she should so some such than that the
  their theirs them themselves then there these they this those through to too under until up upon very was we
  were what when where which while who whom why will with would you your yours yourself yourselves s t d ll m re
  ve y isn wasn weren hasn haven hadn doesn don didn won wouldn shouldn couldn mustn may might must
  rt via amp lol omg pls please im ive id youre hes shes theyre thats whats dont doesnt didnt cant wont isnt
  wasnt arent werent one said says say`
    .split(/\s+/)
    .filter(Boolean),
);
