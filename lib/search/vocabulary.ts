/**
 * Word classes and stemming. IDF alone cannot tell a generic word from a rare one in a knowledge base
 * of a few dozen pages (every page says "agent" and "error"), so two small lists of general English
 * and general computing words carry that knowledge instead. They hold no word specific to this
 * product: that is what keeps "Access is denied" or "service" from ever deciding a match on its own.
 */

/** Light stemmer: plural, possessive, -ed, -ing and a final -e, so "fails/failed/failing" meet. */
export function stemWord(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return word;
  let s = word;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 5) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && s.length > 6) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 5) s = s.slice(0, -2);
  if (/([b-df-hj-km-np-tv-z])\1$/.test(s) && !/(?:ll|ss|zz)$/.test(s)) s = s.slice(0, -1);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

const STOP_WORDS = `a an and are as at be been but by can could did do does doesn don for from had has
have he her his how i if in into is isn it its me my no not of on or our she so such than that the
their them then there these they this those to too us was wasn we were what when where which while
who why will with won would you your yours also any all each every just only very via per after before
about above below again once here both few more most other some same own out up down over under`;

/**
 * Admins on localized Windows frame an English error in their own words ("Seit gestern schlägt … fehl:",
 * "Bonjour, le service ne démarre pas :"): those languages' function words say nothing either.
 * German, French and Spanish; none is an English word this knowledge base uses.
 */
const OTHER_LANGUAGES_STOP_WORDS = `der die das dem den des ein eine einen einem einer und oder aber ist sind war
wird werden wurde hat haben nicht kein keine mit von zu zum zur im am um aus auf für über unter bei seit nach
auch noch schon jetzt hier dort wenn dass sich wir ich sie es wie wo was bitte danke hallo
le la les un une des du de et est sont été être pas ne que qui dans sur pour par avec sans au aux ce cette
ces il elle ils nous vous je mais ou où donc car si plus très bonjour merci avons avez ont fait
el los las una unos unas del al en con por para sin es son está están se su sus lo les nos hay pero como
más muy ya también desde hola gracias tenemos hemos ha`;

const GENERIC_WORDS = `error errors fail failed fails failing failure exception exceptions access denied
service services connection connections connect connected system systems file files message messages
code codes unable cannot invalid value values object objects data user users server servers application
applications app request requests response responses status name names type types default time times
timed timeout timeouts
start started starting run running runs log logs logging check checked ensure found find load loaded
set get new use used using see problem problems issue issues work works working help try again
specified please occurred unexpected result results process program read write open close network
following occur occurs happen happens shown show display message info information warning detail
details operation operations option options setting settings value number version make sure way thing
one two first last next previous current issue instance method function call called return returned
able allow allowed need needs needed want wants like know still even because without within between
while during since until already yet now well good bad wrong correct right left page pages select
selected click go going going click screen window windows step steps
system component model reflection invocation threading win`;

function stemmedSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(stemWord));
}

export const stopWords: ReadonlySet<string> = stemmedSet(`${STOP_WORDS} ${OTHER_LANGUAGES_STOP_WORDS}`);
export const genericWords: ReadonlySet<string> = stemmedSet(GENERIC_WORDS);

/** Short function words a run-together identifier may contain ("ValidByLdapStyle"). */
export const joinWords: ReadonlySet<string> = new Set(['by', 'of', 'to', 'in', 'on', 'is', 'at', 'as', 'or', 'no']);
