package io.saidwho.core.attribution;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.FirstNames;
import io.saidwho.core.name.NameOccurrence;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.Paragraph;
import io.saidwho.core.text.Sentence;
import io.saidwho.core.text.Token;
import java.util.List;
import java.util.Locale;

/**
 * Finds what a pronoun or description refers to, from the article's name index (no tagging): the
 * nearest person named earlier in the same sentence, else the subject of the closest earlier
 * sentence (the speaker of a quote attributed there, or its first person named as a subject),
 * looking back at most into the previous paragraph. Names inside quotes are skipped. Not
 * thread-safe (reads the shared context).
 */
final class Antecedents {

  private static final int MAX_SENTENCES_BACK = 6;
  private static final int HEADLINE_REACH = 3;

  private Antecedents() {}

  /**
   * The person {@code offset} most likely refers to, or null; a sentence before whose subject is a
   * description by role ("the party spokesman") stands for the person of that role named before.
   */
  static NameParts person(SieveContext context, int offset, Referent referent) {
    NameParts found = person(context, offset, referent, true);
    if (found == null && referent.pronoun() != null) {
      found = gendered(context, offset, referent.pronoun());
    }
    return found != null || !inHeadline(context, offset) ? found : personAhead(context, referent);
  }

  /**
   * "“…,” Jane Roe told Tom Lee. “…,” he replied.": when no subject before it may be meant, "he" or
   * "she" refers to the nearest person, subject or not, of its sentence or the one before whose
   * given name or honorific has that gender.
   */
  private static NameParts gendered(SieveContext context, int offset, String pronoun) {
    AnalyzedText text = context.text();
    int s = Math.min(text.sentenceFrom(offset), text.sentences().size() - 1);
    int from = text.sentences().get(Math.max(0, s - 1)).begin();
    NameOccurrence nearest = null;
    for (NameOccurrence o : context.names().occurrences()) {
      if (o.begin() >= from && o.span().end() <= offset && o.isPerson()
          && !insideQuote(context.quotes(), o.begin()) && hasGender(context, o, pronoun)) {
        nearest = o;
      }
    }
    return nearest == null ? null : nearest.parts();
  }

  private static boolean hasGender(SieveContext context, NameOccurrence o, String pronoun) {
    NameParts full = Referent.canonical(o.parts(), context.names());
    return "she".equals(pronoun) ? FirstNames.isFemale(full) : FirstNames.isMale(full);
  }

  /** True when {@code offset} lies in the article's first paragraph (its headline line). */
  private static boolean inHeadline(SieveContext context, int offset) {
    List<Paragraph> paragraphs = context.text().paragraphs();
    return paragraphs.size() > 1 && paragraphs.get(0).span().contains(offset);
  }

  /**
   * A headline names its people before the body does: its pronoun or description refers to the
   * first person the body names as a subject, in its first paragraphs.
   */
  private static NameParts personAhead(SieveContext context, Referent referent) {
    List<Paragraph> paragraphs = context.text().paragraphs();
    int from = paragraphs.get(1).begin();
    int to = paragraphs.get(Math.min(paragraphs.size() - 1, HEADLINE_REACH)).end();
    NameOccurrence any = null;
    for (NameOccurrence o : context.names().occurrences()) {
      if (o.begin() < from || o.begin() >= to) {
        continue;
      }
      if (referent.roleWord() != null && isTitled(context, o, referent)) {
        return o.parts();
      }
      if (!isCandidate(context, o)) {
        continue;
      }
      if (referent.roleWord() == null && referent.accepts(o.parts(), context.names())) {
        return o.parts();
      }
      any = any == null && referent.pronoun() == null ? o : any;
    }
    return any == null ? null : any.parts();
  }

  /**
   * A person whose own title holds the role ("objections from Mayor Jane Roe" for "mayor"),
   * wherever the name stands in its clause.
   */
  private static boolean isTitled(SieveContext context, NameOccurrence o, Referent referent) {
    return o.isPerson() && !insideQuote(context.quotes(), o.begin())
        && referent.accepts(o.parts(), context.names());
  }

  private static NameParts person(
      SieveContext context, int offset, Referent referent, boolean readDescriptions) {
    AnalyzedText text = context.text();
    int s = text.sentenceFrom(offset);
    if (s >= text.sentences().size()) {
      s = text.sentences().size() - 1;
    }
    int firstParagraph = s < 0 ? 0 : text.sentences().get(s).paragraphIndex() - 1;
    if (NarrativeParagraphs.namesNobody(context, firstParagraph)) {
      firstParagraph--;
    }
    for (int k = s; k >= 0 && s - k <= MAX_SENTENCES_BACK; k--) {
      Sentence sentence = text.sentences().get(k);
      if (sentence.paragraphIndex() < firstParagraph) {
        break;
      }
      if (k < s && opensWithPronoun(text, sentence)) {
        firstParagraph = Math.min(firstParagraph, sentence.paragraphIndex() - 1);
      }
      NameParts found = k < s && readDescriptions
          ? describedSubject(context, sentence, referent) : null;
      if (found == null) {
        found = personIn(context, sentence, Math.min(offset, sentence.end()), k == s, referent);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * "But the party spokesman questioned ...": a sentence whose subject is a definite description
   * by role, before any name, refers to the person of that role named before it.
   */
  private static NameParts describedSubject(
      SieveContext context, Sentence sentence, Referent referent) {
    if (!mayOpenWithDescription(context, sentence)) {
      return null;
    }
    List<Token> tokens = context.text().taggedTokens(sentence.index());
    String text = context.text().normalizedText();
    int i = 0;
    while (i < tokens.size() && isOpener(tokens.get(i))) {
      i++;
    }
    if (i >= tokens.size() || !"the".equalsIgnoreCase(tokens.get(i).text(text))) {
      return null;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 5; k++) {
      Token t = tokens.get(k);
      String word = t.text(text);
      if (Lexicons.PERSON_ROLE_NOUNS.contains(word) && Character.isLowerCase(word.charAt(0))) {
        boolean verbNext = k + 1 < tokens.size() && isVerb(tokens.get(k + 1));
        return verbNext
            ? person(context, sentence.begin(), Referent.role(word.toLowerCase(Locale.ROOT)),
                false)
            : null;
      }
      if (t.pos() == null || t.pos().startsWith("VERB") || t.pos().startsWith("PUNCT")) {
        return null;
      }
    }
    return null;
  }

  private static final int DESCRIPTION_REACH = 8;

  /**
   * A check on the raw words before tagging: "the" and a role noun among the sentence's first
   * words, or the sentence cannot open with a description by role (tagging is the costly part).
   */
  private static boolean mayOpenWithDescription(SieveContext context, Sentence sentence) {
    String text = context.text().normalizedText();
    int end = Math.min(sentence.end(), sentence.begin() + 80);
    String[] words = text.substring(sentence.begin(), end).split(" ", DESCRIPTION_REACH + 1);
    boolean the = false;
    for (int i = 0; i < Math.min(words.length, DESCRIPTION_REACH); i++) {
      String word = words[i];
      the |= word.equalsIgnoreCase("the");
      if (the && Lexicons.PERSON_ROLE_NOUNS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpener(Token t) {
    return t.pos() != null && (t.pos().startsWith("CCONJ") || t.pos().startsWith("ADV"));
  }

  private static boolean isVerb(Token t) {
    return t.pos() != null && (t.pos().startsWith("VERB") || t.pos().startsWith("AUX"));
  }

  /** A sentence whose subject is "He" or "She" hands the search on to the sentences before. */
  private static boolean opensWithPronoun(AnalyzedText text, Sentence sentence) {
    String opening =
        text.text().substring(sentence.begin(), Math.min(sentence.end(), sentence.begin() + 4));
    return opening.startsWith("He ") || opening.startsWith("She ");
  }

  private static NameParts personIn(
      SieveContext context, Sentence sentence, int end, boolean nearest, Referent referent) {
    NameOccurrence best = null;
    for (NameOccurrence o : context.names().occurrences()) {
      if (o.begin() < sentence.begin() || o.begin() >= end) {
        continue;
      }
      if (isCandidate(context, o) && referent.accepts(o.parts(), context.names())) {
        if (!nearest && best != null && !reportsSpeech(context, o)) {
          continue;
        }
        best = o;
        if (!nearest && reportsSpeech(context, o)) {
          break;
        }
      }
    }
    Attribution speaker = nearest ? null : quoteSpeakerIn(context, sentence, referent);
    if (speaker != null && (best == null || speaker.mentionSpan().begin() <= best.begin())) {
      return partsOf(speaker);
    }
    return best == null ? null : best.parts();
  }

  /**
   * "If Mr Blair stays away, they could go ahead, Lord Holme said.": the name right before a
   * speech verb reports the sentence, so a "he said" after it refers to that name first.
   */
  private static boolean reportsSpeech(SieveContext context, NameOccurrence o) {
    String text = context.text().normalizedText();
    int i = o.span().end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
      j++;
    }
    if (j == i) {
      return false;
    }
    for (String lemma : context.text().verbLemmaCandidates(text.substring(i, j))) {
      if (Lexicons.SAY_VERBS.contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCandidate(SieveContext context, NameOccurrence o) {
    if (!o.isPerson() || !o.subjectLike() || insideQuote(context.quotes(), o.begin())) {
      return false;
    }
    String name = o.parts().name();
    return context.names().isKnownPerson(name) || context.isSpeaker(name);
  }

  /** The earliest-mentioned person speaker of a quote attributed in this sentence, or null. */
  private static Attribution quoteSpeakerIn(
      SieveContext context, Sentence sentence, Referent referent) {
    Attribution found = null;
    for (int q = 0; q < context.quotes().size(); q++) {
      Attribution a = context.result(q);
      if (a == null
          || !a.hasSpeaker()
          || a.mentionSpan() == null
          || a.speakerType() != SpeakerType.PERSON
          || !sentence.span().contains(a.mentionSpan().begin())
          || !referent.accepts(
              partsOf(a), context.names())) {
        continue;
      }
      if (found == null || a.mentionSpan().begin() < found.mentionSpan().begin()) {
        found = a;
      }
    }
    return found;
  }

  /**
   * The organization named nearest before {@code offset}: the last one whose name holds {@code
   * head} ("the association" -> "... Operators Association"), else the nearest within two
   * paragraphs; or null.
   */
  static NameParts organization(SieveContext context, int offset, String head) {
    AnalyzedText text = context.text();
    int p = text.paragraphAt(Math.min(offset, text.text().length() - 1));
    int from = p <= 2 ? 0 : text.paragraphs().get(p - 2).begin();
    NameParts nearest = null;
    NameParts matching = null;
    for (NameOccurrence o : context.names().occurrences()) {
      if (o.begin() >= offset) {
        break;
      }
      if (!isOrganization(o) || insideQuote(context.quotes(), o.begin())) {
        continue;
      }
      if (o.begin() >= from) {
        nearest = o.parts();
      }
      if (head.length() > 2 && o.parts().name().toLowerCase(Locale.ROOT).contains(head)) {
        matching = o.parts();
      }
    }
    if (matching == null && inHeadline(context, offset)) {
      matching = organizationAhead(context, head);
    }
    return matching != null || Lexicons.UNNAMED_BODY_NOUNS.contains(head) ? matching : nearest;
  }

  /** The first organization the body names whose name holds {@code head}, for a headline. */
  private static NameParts organizationAhead(SieveContext context, String head) {
    List<Paragraph> paragraphs = context.text().paragraphs();
    int from = paragraphs.get(1).begin();
    int to = paragraphs.get(Math.min(paragraphs.size() - 1, HEADLINE_REACH)).end();
    for (NameOccurrence o : context.names().occurrences()) {
      if (o.begin() >= from && o.begin() < to && isOrganization(o) && head.length() > 2
          && o.parts().name().toLowerCase(Locale.ROOT).contains(head)) {
        return o.parts();
      }
    }
    return null;
  }

  /** An organization's name: its head, or the word before its "of", is an organization word. */
  private static boolean isOrganization(NameOccurrence o) {
    if (!o.isOrganization()) {
      return false;
    }
    List<String> words = o.parts().nameWords();
    String head = words.get(words.size() - 1);
    int of = words.indexOf("of");
    if (of > 0 && NameWords.isOrganizationHead(words.get(of - 1))) {
      return true;
    }
    return !isPlaceName(words)
        && !NameWords.isDemonym(head)
        && (NameWords.isOrganizationHead(head) || NameWords.isAcronym(head));
  }

  /**
   * "West Bank" is a place, "Dunmore Bank" a bank: a head that is both a place word and an
   * organization word names a place only after another place word.
   */
  private static boolean isPlaceName(List<String> words) {
    String head = words.get(words.size() - 1);
    if (!NameWords.isPlace(head)) {
      return false;
    }
    return !NameWords.isOrganizationHead(head)
        || words.size() > 1 && NameWords.isPlace(words.get(words.size() - 2));
  }

  /**
   * A person speaker of an earlier quote as name parts: the name in the normalised spelling (to
   * look it up in the name index), the title as the article wrote it (it is reported as is).
   */
  static NameParts partsOf(Attribution a) {
    return new NameParts(a.speakerTitle(), ArticleContext.normalized(a.speaker()), false);
  }

  static boolean insideQuote(List<Quote> quotes, int offset) {
    for (Quote quote : quotes) {
      if (quote.span().contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
