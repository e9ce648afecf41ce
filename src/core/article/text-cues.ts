/**
 * Cues in the text itself that a block is not part of the story, for the places where markup says nothing:
 * ad labels, "read also" lines, a paywall or subscription pitch after the last paragraph, photo credits,
 * disclosures, page controls written as text, author biographies.
 * The phrases are how newsrooms address the reader in the usual languages of the web, not any site's
 * wording; they are only trusted on short blocks in the positions where such notes sit.
 */

/**
 * The text with every run of white space as one plain space: pages write "&nbsp;" between words as often as
 * a space, and the phrases below are written with plain spaces.
 */
export function spaced(text: string): string {
  // Most short texts have nothing to normalize: a test does not build a new string, a replace does.
  return UNSPACED.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** White space other than a single plain space. */
const UNSPACED = /[^\S ]| {2}/;

/**
 * A call to action addressed to the reader: subscribe, sign up, follow us, download the app, support us,
 * write to us, reprint notices. Only phrases that do not occur in reporting ("subscribers rose 5%" does not
 * match; "please subscribe" does).
 */
const CALL_TO_ACTION = new RegExp(
  [
    // English
    'subscribe (now|today|to (our|the))',
    'please subscribe',
    'already a subscriber',
    'first-time subscribers',
    'sign(ing)? up (for|to) (our|the)',
    'sign up now',
    'our newsletter',
    'download (the|our) [^.]{0,40}apps?\\b',
    'follow (us|the [^.]{0,30} on (twitter|facebook|instagram|x))',
    'on twitter and instagram',
    'send us (a|your)',
    'letter to the editor',
    'copyrighted property',
    'all rights reserved',
    'written permission',
    'if you enjoyed',
    'we want to hear',
    'support (our|independent|quality) journalism',
    'become a (member|subscriber|supporter)',
    'never miss (the|a) ',
    'log in for (immediate|full)',
    'for the full story',
    // German
    'abonnieren sie',
    'jetzt abonnieren',
    'zum newsletter',
    'unser(en)? newsletter',
    'registrieren sie sich',
    'folgen sie uns',
    'unterstütze[n]? (uns|sie)',
    'jede (kleine )?spende',
    'besuchen sie unseren',
    'gefällt (dir|ihnen) unser',
    'lust auf mehr\\?',
    'per kontaktformular',
    'in den kommentaren',
    'kommentare zu schreiben',
    'leave a comment',
    'kommentar (verfassen|schreiben)',
    'leave a reply',
    'write a comment',
    'weitere infos unter',
    'noch mehr infos',
    'vorteile sichern',
    'jetzt (testen|bestellen|anmelden)',
    'cancela cuando quieras',
    'cancel (at )?any ?time',
    'jederzeit kündbar',
    'noch kein kunde',
    'angemeldet sein,? um kommentare',
    'let us know in the comments',
    // Spanish, Portuguese, French, Italian, Polish
    'suscr[ií]bete',
    'suscríbase',
    'únete',
    'hazte miembro',
    'síguenos',
    'escríbenos',
    'puede escribirnos',
    'assine (já|agora)',
    'abonnez-vous',
    'inscrivez-vous',
    'abbonati',
    'iscriviti',
    'zapraszamy (też |także )?do (subskrypcji|prenumeraty)',
  ].join('|'),
  'i',
);

/** True for a short block that asks the reader to subscribe, follow, support or write in. */
export function isCallToAction(text: string): boolean {
  return text.length < 400 && CALL_TO_ACTION.test(spaced(text));
}

/** Photo agencies and stock libraries whose name alone is an image credit. */
const AGENCY =
  /\b(getty ?images|istock(photo)?(\.com)?|shutterstock|unsplash|clipdealer|adobe ?stock|imago|picture[- ]alliance|afp|reuters|dpa|epa|ap photo|keystone)\b/i;

/** A label that opens a credit line: "Foto: …", "Photo by …", "Crédits photos : …", "Źródło: …". */
const CREDIT_LABEL =
  /^\s*\(?\s*(fotos?|photos?|photograph|bild(er)?|images?|quelle|source|sources|credits?|crédits?( photos?)?|kuva|źródło|zdjęcie|fot\.|fuente|crédito|abbildung)\s*(by\b|via\b|:|\/)|(photo|foto|bild)\s*:\s*$/i;

/**
 * True for a short line that is an image credit or source rather than text: "Foto: Christof Stache",
 * "Getty Images", "AFP / Marco Bertorello", "(Quelle: dpa)". Lines with a sentence in them are not.
 */
export function isCreditLine(text: string): boolean {
  const t = spaced(text).trim();
  if (t.length === 0 || t.length > 90) return false;
  if (CREDIT_LABEL.test(t)) return true;
  // An agency name with at most a photographer's name around it, no sentence.
  return AGENCY.test(t) && t.split(/\s+/).length <= 5 && !/[.!?]\s/.test(t);
}

/**
 * Looser than CREDIT_LABEL, for short texts inside a figure only: there the label needs no colon ("Foto dpa")
 * and "©" or "(c)" opens a credit too.
 */
const CREDIT_TEXT =
  /^\s*(\(?(foto|fotos|photo|photos|bild|bilder|image|images|quelle|source|credit|credits|crédit|crédits|zdjęcie|fot|©|\(c\))\b\s*[:©]?)/i;

/** True when a short text in a figure opens like a credit line. */
export function isCreditText(text: string): boolean {
  return text.length < 120 && CREDIT_TEXT.test(spaced(text));
}

/**
 * Notes about the text rather than text: advertising and affiliate disclosures, "opinions are the author's
 * own" disclaimers, "no liability" notes, cookie and privacy notices.
 */
const DISCLOSURE = new RegExp(
  [
    'enthält (werbung|affiliate)',
    'contains (affiliate links|references to products)',
    'affiliate links?\\b',
    'do(es)? not necessarily (reflect|represent)',
    'nicht notwendigerweise die',
    "n'engagent que",
    'not responsible for the opinions',
    'alle angaben ohne gewähr',
    'materiał chroniony prawem',
    // Cookie and privacy notices that sit in the page without a cookie class.
    'respektieren (deine|ihre) privatsphäre',
    'we respect your privacy',
    'korzystamy z (plików )?cookies',
    'we use cookies',
    'wir verwenden cookies',
    '(diese|this) (website|webseite|site) (verwendet|uses) cookies',
    'nous utilisons des cookies',
    '(utilizamos|usamos) cookies',
    '^anzeige\\s*[-–:]',
  ].join('|'),
  'i',
);

/** True for a short advertising disclosure or disclaimer. */
export function isDisclosure(text: string): boolean {
  return text.length < 300 && DISCLOSURE.test(spaced(text).trim());
}

/** Page controls written as text ("Print recipe", "Show image", "Download as PDF"), reading-time badges, taxonomy lines ("Tags: …"). */
const CONTROL =
  /^[‹«<\s]*((kategorie|kategorien|category|categories|tags?|schlagw(ö|o)rter|stichw(ö|o)rter|filed under|posted in|abgelegt unter)\s*:.*|print( this)?( article| recipe| page)?|e-?mail( this)?( article| story| page)?|tweet( this)?|share( this)?( article| story| page)?|play video|(view|show|open) (the )?(full |photo )?(gallery|slideshow)|(zurück|back) (zum|zur|to) \S+( \S+)?|rezept drucken|artikel drucken|drucken|bild anzeigen|quellen (anzeigen|ausblenden)|externer inhalt|view comments|show comments|kommentare anzeigen|download (as )?pdf|als pdf herunterladen|dieses [^ ]+ als pdf herunterladen|\d+\s*(min\.?|minutes?|minuten|minut)\s*(read|reading time|lesezeit|czytania|de lecture|de lectura|di lettura)|(lesezeit|reading time|czas czytania)\s*:?\s*\d+\s*(min\.?|minuten|minutes?|minut))$/i;

/** True for a short text that is a page control or a reading-time badge, not writing. */
export function isControlText(text: string): boolean {
  const t = spaced(text).trim();
  return t.length < 60 && CONTROL.test(t);
}

/**
 * The opening of an author biography: a name of two to four words, then "is a/the …" or a job title
 * ("Jane Roe is professor emeritus of …", "Max Muster ist Redakteur …").
 */
const BIO =
  /^\s*(\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+\s+(is|was|ist|war|est|es|jest)\s+(a|an|the|ein|eine|der|die|un|une|el|la|professor|founder|director|editor|reporter|journalist|correspondent|redakteur|redakteurin|autor|autorin|journalistin)\b/u;

/** True for a short paragraph that introduces the author (to be trusted only after the story's end). */
export function isAuthorBio(text: string): boolean {
  return text.length < 600 && BIO.test(spaced(text));
}

/** Short labels that stand alone as ad markers or section furniture, in the languages the corpus covers. */
const LABEL_TEXT =
  /^(advertisement|advertising|ad|ads|sponsored|sponsored content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|reklame|annonce|advertentie|mainos|reclame)$/i;

/** True when `text` (trimmed) is a bare ad label such as "Advertisement" or "Anzeige". */
export function isAdLabel(text: string): boolean {
  return text.length < 30 && LABEL_TEXT.test(spaced(text).trim());
}

/** Openings of "read this too" lines that point to other stories, in the languages the corpus covers. */
const SEE_ALSO =
  /^\s*(sie könnten auch|das könnte sie auch|vorschau auf den nächsten|nächster artikel|next article|previous article|vorheriger artikel|alle artikel|aktuelle news|latest news|ähnliche (beiträge|artikel)|similar articles|weitere (artikel|beiträge|nachrichten)|read more|read also|also read|see also|related|more on this|more:|recommended|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das thema könnte dich auch interessieren|das könnte dich auch interessieren|weitere tourentipps|you may also like|you might also like|more stories|more from|read next|weiterlesen|siehe auch|lea también|lea más|lee también|ver también|leia também|lire aussi|à lire aussi|voir aussi|leggi anche|czytaj też|czytaj także|zobacz też|zobacz także|läs också|lees ook)\b/i;

/** True when a short block opens like a pointer to another story ("Read also: ...", "Lesen Sie auch"). */
export function isSeeAlso(text: string): boolean {
  return text.length < 300 && SEE_ALSO.test(spaced(text));
}

/** Labels of the boxes that follow a story: about the author, contact, sources, the original publication. */
const BOX_LABEL =
  /^\s*(about the author|über den autor|über die autorin|à propos de l.auteur|sobre el autor|o autorze|kontakt|contact|ansprechpartner(in)?( zum [^:]{0,40})?|über diese reihe|quellen(angaben)?|sources?|originalpublikation|originalartikel|zusatzinformationen)\s*:?\s*$/i;

/** True for a short heading or label line that names a box after the story rather than a part of it. */
export function isBoxLabel(text: string): boolean {
  return text.length < 60 && BOX_LABEL.test(spaced(text));
}

/**
 * The heading over the readers' comments: "Comments", "12 Comments", "Comments (3)", "3 Responses to …",
 * "Leave a Reply", "Post a comment", and the same in the usual languages of the web. A bare word needs the
 * whole heading ("Responses to the crisis" is a subheading); a count or a reply prompt may open a longer one.
 */
const COMMENTS_HEADING = new RegExp(
  '^\\W*(' +
    [
      '(\\d+\\s+)?(comments?|responses?|replies|reader comments|trackbacks?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze|reacciones)(\\s*\\(\\d+\\))?\\W*$',
      '\\d+\\s+(comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze)\\b',
      '(leave|post|add|write) (a|your) (comment|reply|response)',
      '(einen )?kommentar (schreiben|verfassen|hinterlassen)',
      'laisser un commentaire',
      'deja (un|tu) comentario',
      'lascia un commento',
      'dodaj komentarz',
    ].join('|') +
    ')',
  'i',
);

/** True for a short heading that opens the readers' comments under a story. */
export function isCommentsHeading(text: string): boolean {
  return text.length < 120 && COMMENTS_HEADING.test(spaced(text));
}
