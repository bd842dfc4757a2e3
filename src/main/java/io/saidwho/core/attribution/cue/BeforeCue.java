package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.FirstNames;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.text.TextSpan;

/**
 * The cue in the words before a quote's opening mark: the last speech verb of the words with its
 * subject to its left ({@link Frame#BEFORE}: {@code Blinken told reporters that “…”}), skipping
 * adverbs, auxiliaries and a comma-delimited apposition; a participle ({@code …, saying “…”}) takes
 * the subject of its main clause. Words ending in a colon or dash are a lead-in ({@link
 * Frame#COLON}), also without a speech verb ({@code Jane Roe, the chair, was more upbeat:}).
 * Stateless.
 */
final class BeforeCue {

  private BeforeCue() {}

  /**
   * The cue of the words before a quote (same sentence), or null: a speech verb with its subject;
   * else any verb that introduces the quote directly ({@code X VERB “…”}, {@code X VERB that “…”},
   * {@code X VERB (in a statement, on Monday, to reporters) that “…”}, {@code X VERB: “…”}); else
   * the subject of the nearest verb of the writer's clause the quote is woven into ({@link
   * Frame#CLAUSE}: {@code X called the plan “…”}), unless the words start after an earlier quote
   * of the sentence (the clause is then that quote's). After an earlier quote, a speech verb of the
   * sentence before it reports this quote too ({@code Roe says his “friend” Lee ran “…”}).
   */
  static Cue read(Words before, Words after, Words sentence, boolean followsQuote) {
    boolean colon = endsWithColon(before);
    Frame frame = colon ? Frame.COLON : Frame.BEFORE;
    Words words = trimColon(before);
    Cue cue = lastCue(words, frame, !followsQuote);
    if (cue == null && !followsQuote) {
      cue = invertedLead(before);
    }
    if (cue == null) {
      cue = invertedParenthetical(words);
    }
    if (cue == null && followsQuote) {
      cue = lastCue(trimColon(sentence), frame);
    }
    if (cue == null) {
      cue = frontedParticiple(before, after, frame);
    }
    if (cue == null && hasAgentlessSpeechPassive(words)) {
      return null;
    }
    if (cue == null) {
      cue = possessiveSpeechNoun(words, frame);
    }
    if (cue == null) {
      cue = introducingVerb(words, frame);
    }
    if (cue == null && colon) {
      cue = clauseSubject(words, Frame.COLON);
    }
    if (cue == null && colon) {
      cue = nameLeadIn(words);
    }
    if (cue == null && colon) {
      cue = roundupLeadIn(words);
    }
    if (cue == null && colon) {
      cue = presentingLeadIn(words);
    }
    if (cue == null && !colon && !followsQuote) {
      cue = nearestVerb(words);
    }
    return outerReport(words, cue, frame);
  }

  /**
   * "Said Comey, “…”", "Added the mayor: “…”": a lead-in that opens with a speech verb (maybe
   * after a short adverbial: "In other words, explained the host:"), its subject after it, and
   * ends in a comma or colon before the quote.
   */
  private static Cue invertedLead(Words w) {
    int n = w.size();
    int v = afterOpeningAdverbial(w);
    if (n < v + 3 || !(w.is(n - 1, ",") || w.is(n - 1, ":")) || v == 0 && !w.isCapitalised(0)
        || !CueVerbs.isCue(w.verbLemmas(v)) || w.isParticiple(v)) {
      return null;
    }
    int end = cueEnd(w, v);
    Mention subject = NounPhrases.subjectRight(w, end + 1);
    if (subject == null || subject.span().end() > w.begin(n - 1)) {
      return null;
    }
    return new Cue(Frame.BEFORE, w.text(v, end), w.span(v, end), subject);
  }

  /**
   * "The paradox of it, says Jane Roe, a historian, is that she was “…”", "The answer, said Roe,
   * was “…”": a reporting clause set off by commas inside the sentence, its speech verb first and
   * its subject after it, reports the quote.
   */
  private static Cue invertedParenthetical(Words w) {
    for (int k = 1; k + 2 < w.size(); k++) {
      if (!w.is(k, ",") || !w.isCue(k + 1) || w.isParticiple(k + 1)
          || w.isCapitalised(k + 1)) {
        continue;
      }
      Mention subject = NounPhrases.subjectRight(w, k + 2);
      int next = subject == null ? -1 : w.indexFrom(subject.span().end());
      if (next > 0 && next < w.size() && w.is(next, ",")) {
        return new Cue(Frame.BEFORE, w.text(k + 1, k + 1), w.span(k + 1, k + 1), subject);
      }
    }
    return null;
  }

  private static final int MAX_OPENING_ADVERBIAL = 5;

  /**
   * "In other words, explained X:", "Later, said X:": the index after a short opening adverbial
   * and its comma (a phrase without a verb), else 0.
   */
  private static int afterOpeningAdverbial(Words w) {
    for (int i = 0; i < w.size() && i <= MAX_OPENING_ADVERBIAL; i++) {
      if (w.is(i, ",")) {
        return i > 0 ? i + 1 : 0;
      }
      if (w.isVerb(i) || w.hasPos(i, "AUX") || w.hasPos(i, "PROPN") || w.hasPos(i, "PRON")) {
        return 0;
      }
    }
    return 0;
  }

  private static final int MAX_NOUN_MODIFIERS = 4;

  /**
   * "Roe's most explosive claim is that the panel is a “…”", "the senator's answer was: “…”",
   * "over her remark that “…”": a possessive (or "his", "her", "their") followed by a noun of
   * saying (after a few modifiers) makes its owner the speaker of a quote later in the words,
   * unless another clause with a subject of its own reports it.
   */
  static Cue possessiveSpeechNoun(Words w, Frame frame) {
    for (int i = 0; i + 1 < w.size(); i++) {
      boolean pronoun = isPersonalPossessive(w, i);
      if (!pronoun && (!NameWords.isPossessive(w.word(i))
          || !(w.hasPos(i, "PROPN") || w.hasPos(i, "NOUN")))) {
        continue;
      }
      for (int n = i + 1; n < w.size() && n - i <= MAX_NOUN_MODIFIERS; n++) {
        if (Lexicons.SPEECH_NOUNS.contains(w.word(n).toLowerCase(java.util.Locale.ROOT))) {
          Mention owner = pronoun
              ? Mention.of(w, w.span(i, i), Mention.subjectForm(w.word(i)), null)
              : NounPhrases.subjectLeft(w, i + 1, 0);
          return owner == null ? null : new Cue(frame, w.text(n, n), w.span(n, n), owner);
        }
        if (!w.hasPos(n, "ADJ") && !w.hasPos(n, "ADV") && !w.hasPos(n, "NOUN")
            && !w.hasPos(n, "PROPN")) {
          break;
        }
      }
    }
    return null;
  }

  /** "his", "her", "their" as a possessive determiner: its owner is a person or group. */
  private static boolean isPersonalPossessive(Words w, int i) {
    String lower = w.word(i).toLowerCase(java.util.Locale.ROOT);
    return w.isPossessiveDeterminer(i) && !lower.equals(Mention.subjectForm(lower))
        && Mention.isPronoun(Mention.subjectForm(lower));
  }

  /**
   * Any verb that introduces the quote: between it and the mark stand only adverbials
   * (prepositional phrases, time words, adverbs), then an optional comma or "that": {@code Roe
   * tweeted Monday that “…”}, {@code Roe told reporters in a statement: “…”}.
   */
  private static Cue introducingVerb(Words w, Frame frame) {
    for (int v = w.size() - 1; v >= 0; v--) {
      if (w.isVerb(v) && !w.isCapitalised(v)) {
        if (!onlyAdverbialsAfter(w, v)) {
          return null;
        }
        Mention mention =
            w.isParticiple(v) ? participleSubject(w, v) : NounPhrases.subjectLeft(w, v, 0);
        return mention == null ? null : new Cue(frame, w.text(v, v), w.span(v, v), mention);
      }
    }
    return null;
  }

  /** True when the words after verb {@code v} are adverbial chunks, then "," or "that". */
  private static boolean onlyAdverbialsAfter(Words w, int v) {
    int i = v + 1;
    while (i < w.size()) {
      if (w.is(i, ",") || w.is(i, "that")) {
        i++;
      } else if (w.hasPos(i, "ADV") || Lexicons.TIMES.contains(w.word(i))) {
        i++;
        while (i < w.size() && w.hasPos(i, "NOUN")) {
          i++;
        }
      } else if (w.hasPos(i, "ADP") && !w.is(i, "that")) {
        i = skipNominal(w, i + 1);
      } else if (i == v + 1 && isObjectPronoun(w, i)) {
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /** "told us", "told them": a pronoun object right after the verb. */
  private static boolean isObjectPronoun(Words w, int i) {
    return w.hasPos(i, "PRON") && !w.isPersonalPronoun(i);
  }

  private static int skipNominal(Words w, int i) {
    while (i < w.size()
        && (w.hasPos(i, "DET") || w.hasPos(i, "ADJ") || w.hasPos(i, "NUM") || w.hasPos(i, "NOUN")
            || w.hasPos(i, "PROPN") || w.hasPos(i, "PRON") || w.hasPos(i, "PART"))) {
      i++;
    }
    return i;
  }

  /**
   * The subject of the nearest verb left of the quote that has one ({@link Frame#CLAUSE}): the
   * writer's clause the quote is built into ({@code He also seeks “…”}, {@code Trump in his speech
   * called them “…”}).
   */
  private static Cue nearestVerb(Words w) {
    for (int v = w.size() - 1; v > 0; v--) {
      if (Words.isClauseEnd(w.word(v))) {
        return null;
      }
      if (!w.isVerb(v) || w.isCapitalised(v)) {
        continue;
      }
      Mention mention =
          w.isParticiple(v) ? participleSubject(w, v) : NounPhrases.subjectLeft(w, v, 0);
      if (mention != null) {
        return new Cue(Frame.CLAUSE, w.text(v, v), w.span(v, v), mention);
      }
    }
    return null;
  }

  /** The cue of a lead-in closing the previous paragraph with a colon, or null. */
  static Cue readColon(Words leadIn) {
    Cue cue = lastCue(trimColon(leadIn), Frame.COLON);
    if (cue == null) {
      cue = invertedLead(leadIn);
    }
    return cue != null ? cue : clauseSubject(trimColon(leadIn), Frame.COLON);
  }

  /**
   * A nested report: when the cue's subject opens a clause (after "that" or right after a speech
   * verb) reported by an earlier speech verb with a subject, the quote is that outer report's.
   * A pronoun subject must be able to stand for the outer subject ("She said she asked the
   * question “…”"); any other subject must have a speech verb of its own ("Roe said members had
   * described the tunnel as a “death trap”": the one quoted in the article, Roe, is the source).
   * Else {@code inner} itself.
   */
  private static Cue outerReport(Words w, Cue inner, Frame frame) {
    if (inner == null) {
      return inner;
    }
    int first = indexAt(w, inner.mention().span().begin());
    if (first <= 0) {
      return inner;
    }
    boolean that = w.is(first - 1, "that");
    int end = that ? first - 1 : first;
    if (end <= 0 || !that && !w.isCue(end - 1)) {
      return inner;
    }
    Cue outer = lastCue(w.head(end), frame);
    if (outer == null) {
      return inner;
    }
    if (inner.mention().kind() != MentionKind.PRONOUN) {
      return inner.verbSpan() != null && w.isCue(indexAt(w, inner.verbSpan().begin()))
          ? outer : inner;
    }
    return agrees(outer.mention(), inner.mention().head()) ? outer : inner;
  }

  /** True when {@code pronoun} may stand for {@code mention}: the same pronoun, or a name. */
  private static boolean agrees(Mention mention, String pronoun) {
    if (mention.kind() == MentionKind.PRONOUN) {
      return mention.head().equals(pronoun);
    }
    if (mention.kind() != MentionKind.NAME || mention.parts().organization()) {
      return false;
    }
    return switch (pronoun) {
      case "he" -> !FirstNames.isFemale(mention.parts());
      case "she" -> !FirstNames.isMale(mention.parts());
      default -> false;
    };
  }

  /** The last cue of the words with its subject, or null. */
  static Cue lastCue(Words w, Frame frame) {
    return lastCue(w, frame, true);
  }

  /**
   * The last cue of the words with its subject, or null; {@code openSentence} says whether the words
   * start their sentence (else they start right after an earlier quote's closing mark).
   */
  private static Cue lastCue(Words w, Frame frame, boolean openSentence) {
    for (int c = w.size() - 1; c >= 0; c--) {
      if (!w.isCue(c) || insideOpeningSubordinateClause(w, c)) {
        continue;
      }
      Mention mention =
          w.isParticiple(c) ? participleSubject(w, c) : NounPhrases.subjectLeft(w, c, 0);
      if (mention == null) {
        mention = catenativeSubject(w, c);
      }
      if (mention != null && closedByClause(w, cueEnd(w, c))
          && !isParenthetical(w, mention, openSentence)) {
        continue;
      }
      if (mention != null) {
        return new Cue(frame, w.text(c, cueEnd(w, c)), w.span(c, cueEnd(w, c)), mention);
      }
      if (!sharesSubject(w, c)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "When Roe announced her bid, she called them “…”": a cue inside a subordinate clause opening
   * the words, closed by a comma after which a main clause has a verb of its own, reports nothing
   * the main clause goes on to say; a cue right before that comma ("As Roe explained, taxes were
   * cut, “…”") is a parenthetical report and still reports.
   */
  private static boolean insideOpeningSubordinateClause(Words w, int c) {
    int first = openingSubordinator(w);
    if (first < 0 || first >= c) {
      return false;
    }
    for (int k = first + 1; k < w.size(); k++) {
      if (w.is(k, ",")) {
        return k > cueEnd(w, c) + 1 && closedByClause(w, k - 1);
      }
    }
    return false;
  }

  /**
   * "the reform Labour had promised, there had been an “…”": a verb followed by a comma and then a
   * clause with a verb of its own has no complement reaching the quote.
   */
  private static boolean closedByClause(Words w, int end) {
    if (end + 1 >= w.size() || !w.is(end + 1, ",")) {
      return false;
    }
    for (int k = end + 2; k < w.size(); k++) {
      if ((w.hasPos(k, "VERB") || w.hasPos(k, "AUX")) && !w.isCapitalised(k)
          && !w.isParticiple(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The email goes on to say:", "Roe is alleged to have said that": a speech verb in the
   * infinitive (perfect or not) after a verb (and its particle) takes that verb's subject.
   */
  private static Mention catenativeSubject(Words w, int c) {
    int to = w.is(c - 1, "have") ? c - 2 : c - 1;
    if (to < 1 || !w.is(to, "to")) {
      return null;
    }
    int v = to - 1;
    if (v > 0 && !w.isVerb(v) && w.hasPos(v, "ADV") || v > 0 && w.hasPos(v, "ADP")) {
      v--;
    }
    return w.hasPos(v, "VERB") && !w.isCapitalised(v) ? NounPhrases.subjectLeft(w, v, 0) : null;
  }

  /**
   * ", he said, Congress can …", "as she later explained,": a reporting clause set off by commas
   * (or opening the sentence) reports the clause after it; right after a quote it is a relative
   * clause on the quoted words ("the “reform” Labour promised, there was …").
   */
  private static boolean isParenthetical(Words w, Mention subject, boolean openSentence) {
    int before = indexAt(w, subject.span().begin()) - 1;
    if (before < 0) {
      return openSentence;
    }
    return w.is(before, ",") || w.is(before, "as") || w.hasPos(before, "CCONJ");
  }

  /**
   * A participle that opens its sentence before the quote ({@code Calling it a “sham,” Roe said})
   * takes the subject of the main clause after the quote: the first name, after a comma, that is
   * the subject of a verb. Null when the words before hold no such participle.
   */
  private static Cue frontedParticiple(Words before, Words after, Frame frame) {
    int c = 0;
    while (c < before.size()
        && (before.hasPos(c, "CCONJ") || before.hasPos(c, "ADV") || before.hasPos(c, "PUNCT"))) {
      c++;
    }
    if (c >= before.size() || !before.isCue(c) || !before.isParticiple(c)) {
      return null;
    }
    for (int v = 1; v < after.size(); v++) {
      if (!after.hasPos(v, "VERB") || Words.isClauseEnd(after.word(v - 1))) {
        continue;
      }
      Mention subject = NounPhrases.subjectLeft(after, v, 0);
      if (subject != null
          && subject.kind() == MentionKind.NAME
          && after.is(indexAt(after, subject.span().begin()) - 1, ",")) {
        int end = cueEnd(before, c);
        return new Cue(frame, before.text(c, end), before.span(c, end), subject);
      }
    }
    return null;
  }

  private static int indexAt(Words w, int offset) {
    for (int i = 0; i < w.size(); i++) {
      if (w.begin(i) == offset) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the subordinator ("When", "Although") that opens the words, maybe after a
   * conjunction ("But when …"), or -1.
   */
  static int openingSubordinator(Words w) {
    int first = w.size() > 0 && w.hasPos(0, "CCONJ") ? 1 : 0;
    return first < w.size()
        && Lexicons.SUBORDINATORS.contains(w.word(first).toLowerCase(java.util.Locale.ROOT))
        ? first : -1;
  }

  /**
   * The first named subject of a verb in a lead-in that has no speech verb ({@code Jane Roe, the
   * chair, was more upbeat:}), or "he"/"she" opening it, or before a colon a source description
   * opening it, with that verb as the cue; null when there is none.
   */
  static Cue clauseSubject(Words w, Frame frame) {
    for (int v = 1; v < w.size(); v++) {
      if (!w.hasPos(v, "VERB") && !w.hasPos(v, "AUX") || w.isCapitalised(v)) {
        continue;
      }
      Mention subject = NounPhrases.subjectLeft(w, v, 0);
      if (subject != null
          && (subject.kind() == MentionKind.NAME || isOpeningPersonalPronoun(subject, w)
              || frame == Frame.COLON && isOpeningSourceDescription(subject, w))) {
        return new Cue(frame, w.text(v, v), w.span(v, v), subject);
      }
    }
    return null;
  }

  /**
   * "The minister was blunt:", "The memo had a warning:": a description opening a lead-in that
   * ends in a colon (maybe after a short adverbial: "Likewise, a study had this to say:"), whose
   * head is a person's role, a body or a document, is its subject (a
   * sentence without the colon may only set the scene: "The film is encrypted. “…”").
   */
  private static boolean isOpeningSourceDescription(Mention subject, Words w) {
    int first = openingSubjectIndex(w);
    if (subject.kind() != MentionKind.DESCRIPTION || first >= w.size()
        || subject.span().begin() != w.begin(first)) {
      return false;
    }
    String head = subject.head();
    return NounPhrases.isPersonNoun(head) || Lexicons.ORGANIZATION_DESCRIPTIONS.contains(head)
        || Lexicons.UNNAMED_BODY_NOUNS.contains(head) || Lexicons.DOCUMENT_NOUNS.contains(head)
        || Lexicons.WORK_NOUNS.contains(head);
  }

  /**
   * Where the subject of a lead-in opening with a conjunction or a short adverbial stands: after
   * "But", "Likewise," or "In response,"; else 0.
   */
  private static int openingSubjectIndex(Words w) {
    return w.hasPos(0, "CCONJ") ? 1 : afterOpeningAdverbial(w);
  }

  /**
   * "She then addressed the crowd:", "But he did say …": "he" or "she" opening the lead-in (after
   * a conjunction) is its subject.
   */
  private static boolean isOpeningPersonalPronoun(Mention subject, Words w) {
    int first = openingSubjectIndex(w);
    return subject.kind() == MentionKind.PRONOUN && first < w.size()
        && subject.span().begin() == w.begin(first)
        && ("he".equals(subject.head()) || "she".equals(subject.head()));
  }

  /**
   * "Jane Roe, Twitter: “…”", "Tom Reyes: “…”": a lead-in that is only a person's name, maybe with
   * a medium or a role after a comma, names the speaker (headline and social-media style).
   */
  private static Cue nameLeadIn(Words w) {
    int end = roleWordsBefore(w);
    while (end < w.size() && (w.hasPos(end, "PROPN") || isTitleWord(w, end))) {
      end++;
    }
    if (end == 0 || !w.hasPos(end - 1, "PROPN")) {
      return null;
    }
    int rest = afterParenthesis(w, end);
    for (int i = rest; i < w.size(); i++) {
      if (w.hasPos(i, "VERB") || w.hasPos(i, "AUX") || i == rest && !w.is(i, ",")) {
        return null;
      }
    }
    Mention name = Mention.of(w, w.span(0, end - 1), w.word(end - 1), null);
    return name.kind() == MentionKind.NAME && !name.parts().organization()
        ? new Cue(Frame.COLON, null, null, name) : null;
  }

  /**
   * "Here's Jane Roe in May 1990:", "Here is the senator on the budget:": a lead-in that presents
   * someone, with no verb after, names the speaker.
   */
  private static Cue presentingLeadIn(Words w) {
    int at = presentedAt(w);
    if (at < 0) {
      return null;
    }
    for (int i = at; i < w.size(); i++) {
      if (w.hasPos(i, "VERB") || w.hasPos(i, "AUX")) {
        return null;
      }
    }
    Mention subject = NounPhrases.subjectRight(w, at);
    return subject == null || subject.kind() == MentionKind.DESCRIPTION
            && !NounPhrases.isPersonNoun(subject.head())
        ? null : new Cue(Frame.COLON, w.text(0, at - 1), w.span(0, at - 1), subject);
  }

  /** The index after an opening "Here's" or "Here is", or -1. */
  private static int presentedAt(Words w) {
    if (w.size() > 1 && w.word(0).equalsIgnoreCase("here's")) {
      return 1;
    }
    boolean split = w.size() > 2 && w.word(0).equalsIgnoreCase("here")
        && (w.is(1, "'s") || w.is(1, "is"));
    return split ? 2 : -1;
  }

  /**
   * "Former secretary of state Jane Roe:": the number of role words (a capitalised first word,
   * then lower-case nouns, adjectives and "of") before a name that ends the lead-in; 0 when the
   * lead-in does not so open.
   */
  private static int roleWordsBefore(Words w) {
    int i = 0;
    while (i < w.size() && !w.hasPos(i, "PROPN")
        && (i == 0 ? w.isCapitalised(i) : !w.isCapitalised(i) || w.is(i, "of"))
        && (w.hasPos(i, "NOUN") || w.hasPos(i, "ADJ") || w.is(i, "of"))) {
      i++;
    }
    int name = i;
    while (name < w.size() && w.hasPos(name, "PROPN")) {
      name++;
    }
    return i > 0 && name > i && name == w.size() ? i : 0;
  }

  /** "Rep./NOUN Jane Roe": a capitalised common noun before the name is its title. */
  private static boolean isTitleWord(Words w, int i) {
    return w.isCapitalised(i) && w.hasPos(i, "NOUN") && i + 1 < w.size()
        && w.hasPos(i + 1, "PROPN");
  }

  /** "Jane Roe (D-Ohio):": the index after a parenthesis at {@code i}, else {@code i}. */
  private static int afterParenthesis(Words w, int i) {
    if (!w.is(i, "(")) {
      return i;
    }
    for (int k = i + 1; k < w.size() && k <= i + 6; k++) {
      if (w.is(k, ")")) {
        return k + 1;
      }
    }
    return i;
  }

  /**
   * The lead-ins of a roundup: "TURNOUT IS UP - Jane Roe:" (an item's headline, a dash, the name
   * quoted), "From the report:", "More from Lee and Park:" (the source quoted from); or null.
   */
  private static Cue roundupLeadIn(Words w) {
    Words item = w;
    for (int k = w.size() - 2; k > 0; k--) {
      if (w.is(k, "-") || w.is(k, "\u2014") || w.is(k, "\u2013")) {
        item = w.tail(k + 1);
        break;
      }
    }
    Cue named = item == w ? null : nameLeadIn(item);
    return named != null ? named : sourceQuotedFrom(item);
  }

  /** "From the report:", "More from Lee and Park:": the source the quote is taken from. */
  private static Cue sourceQuotedFrom(Words w) {
    int from = w.is(0, "more") ? 1 : 0;
    if (!w.is(from, "from") || from + 1 >= w.size()) {
      return null;
    }
    Mention source = NounPhrases.subjectRight(w, from + 1);
    return source != null && source.span().end() == w.end(w.size() - 1)
        ? new Cue(Frame.COLON, w.text(from, from), w.span(from, from), source) : null;
  }


  /**
   * True when the words end with a speech verb in the passive with no agent, maybe before "as"
   * ("He is described as “…”", "was quoted saying"): someone is reported, but nobody named.
   */
  static boolean endsWithAgentlessPassive(Words w) {
    int n = w.size();
    int v = n > 0 && w.is(n - 1, "as") ? n - 2 : n - 1;
    return v >= 1 && isSpeechPassive(w, v);
  }

  /**
   * "The plan was described as “…” by Tom Reyes", "the inquiry, often labeled as a “…” by critics":
   * a speech verb in the passive ending the words before the quote ("as" and a determiner may
   * follow it), and "by" and the agent opening the words after it; the agent is the speaker. Null
   * when the words are not so.
   */
  static Cue passiveAgent(Words before, Words after) {
    int n = before.size();
    int v = n > 0 && before.hasPos(n - 1, "DET") ? n - 2 : n - 1;
    v = v > 0 && before.is(v, "as") ? v - 1 : v;
    if (v < 1 || !after.is(0, "by") || after.size() < 2
        || !(isSpeechPassive(before, v) || isReducedSpeechPassive(before, v))) {
      return null;
    }
    Mention agent = NounPhrases.subjectRight(after, 1);
    return agent == null ? null
        : new Cue(Frame.AFTER, before.text(v, v), before.span(v, v), agent);
  }

  /** "…, often labeled as": a speech verb's participle after a comma or an adverb. */
  private static boolean isReducedSpeechPassive(Words w, int v) {
    return (w.is(v - 1, ",") || w.hasPos(v - 1, "ADV")) && w.word(v).endsWith("ed")
        && CueVerbs.isCue(w.verbLemmas(v));
  }

  /** "is described", "has been criticised": token {@code v} is a speech verb after a form of "be". */
  private static boolean isSpeechPassive(Words w, int v) {
    return Lexicons.PASSIVE_AUXILIARIES.contains(w.word(v - 1))
        && CueVerbs.isCue(w.verbLemmas(v))
        && !w.isParticiple(v);
  }

  /**
   * "Five has been criticised for sending “…”": a speech verb in the passive with no "by" agent
   * after it makes its subject the one spoken about; the words name no speaker.
   */
  private static boolean hasAgentlessSpeechPassive(Words w) {
    for (int v = 1; v < w.size(); v++) {
      if (isSpeechPassive(w, v) && !hasAgentAfter(w, v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAgentAfter(Words w, int v) {
    for (int k = v + 1; k < w.size(); k++) {
      if (w.is(k, "by")) {
        return true;
      }
    }
    return false;
  }

  /** The index of the cue's last token: the verb, or its particle ("called on"). */
  static int cueEnd(Words w, int c) {
    if (c + 1 >= w.size()) {
      return c;
    }
    return CueVerbs.takesParticle(w.verbLemmas(c), w.word(c + 1)) ? c + 1 : c;
  }

  /** A verb after "and"/"but"/"or" shares the subject of an earlier verb. */
  private static boolean sharesSubject(Words w, int c) {
    int j = NounPhrases.skipModifiers(w, c - 1, 0);
    return j >= 0 && w.hasPos(j, "CCONJ");
  }

  /**
   * The subject of the clause a participle hangs on: the nearest verb's named subject, leftwards;
   * failing a name, the nearest pronoun or description subject. After "with", and as a name right
   * after a comma or "and", the participle has its own subject ("…, with Sen. Jane Roe calling it
   * “…”", "…, Roe saying he was “…”").
   */
  private static Mention participleSubject(Words w, int c) {
    Mention own = NounPhrases.subjectLeft(w, c, 0);
    Mention ownSubject =
        own == null || own.kind() == MentionKind.PRONOUN ? null : ownSubject(w, own, c);
    if (ownSubject != null) {
      return ownSubject;
    }
    Mention fallback = null;
    for (int v = c - 1; v > 0; v--) {
      if (!w.hasPos(v, "VERB") && !w.hasPos(v, "AUX") || w.isCapitalised(v)) {
        continue;
      }
      Mention subject = NounPhrases.subjectLeft(w, v, 0);
      if (subject != null && isEmbedded(w, subject)) {
        continue;
      }
      if (subject != null && subject.kind() == MentionKind.NAME) {
        return subject;
      }
      fallback = fallback == null ? subject : fallback;
    }
    return fallback;
  }

  /**
   * The participle's own subject, a name or description {@code own} right before it: after "with"
   * ("…, with Sen. Jane Roe calling it “…”"), joined by "and" to a phrase after "with", or a name
   * after a comma or "and" ("…, Roe saying he was “…”"); null when it hangs on the main clause.
   */
  private static Mention ownSubject(Words w, Mention own, int c) {
    if (w.is(indexAt(w, own.span().begin()) - 1, "with")) {
      return own;
    }
    Mention joined = joinedAfterWith(w, own);
    if (joined != null) {
      return joined;
    }
    return isAbsoluteSubject(w, own, c) ? own : null;
  }

  private static final int MAX_CONJOINED = 4;

  /**
   * "…, with many marchers and spectators chanting “…”": the participle's own subject joined by
   * "and" to a phrase right after "with" is the whole joined phrase; null when there is none.
   */
  private static Mention joinedAfterWith(Words w, Mention own) {
    int and = indexAt(w, own.span().begin()) - 1;
    if (and < 1 || !w.is(and, "and")) {
      return null;
    }
    for (int k = and - 1; k >= 0 && and - k <= MAX_CONJOINED; k--) {
      if (w.is(k, "with")) {
        return k + 1 < and
            ? Mention.of(w, new TextSpan(w.begin(k + 1), own.span().end()), own.head(), null)
            : null;
      }
      if (!w.hasPos(k, "NOUN") && !w.hasPos(k, "ADJ") && !w.hasPos(k, "DET")
          && !w.hasPos(k, "NUM")) {
        return null;
      }
    }
    return null;
  }

  /**
   * "Both men issued a statement, Roe saying he was “…” and Lee calling it “…”": a name right
   * before the participle, after a comma or "and", is the participle's own subject.
   */
  private static boolean isAbsoluteSubject(Words w, Mention own, int c) {
    if (own.kind() != MentionKind.NAME || own.hasApposition()
        || w.indexFrom(own.span().end()) != c) {
      return false;
    }
    int before = indexAt(w, own.span().begin()) - 1;
    return before > 0 && (w.is(before, ",") || w.is(before, "and"));
  }

  /**
   * "X repeated claims that Lee recites ..., calling him": a subject right after "that", a
   * subordinator or a verb opens a clause inside the main one; a participle after it hangs on the
   * main clause, not on that one.
   */
  private static boolean isEmbedded(Words w, Mention subject) {
    int first = indexAt(w, subject.span().begin());
    if (first <= 0) {
      return false;
    }
    int before = first - 1;
    String word = w.word(before).toLowerCase(java.util.Locale.ROOT);
    return word.equals("that") || Lexicons.SUBORDINATORS.contains(word)
        || w.hasPos(before, "VERB") && !w.isCapitalised(before);
  }

  /** A lead-in ends in a colon or a dash: {@code X told members:}, {@code X didn't hesitate —}. */
  static boolean endsWithColon(Words w) {
    if (w.size() == 0) {
      return false;
    }
    String last = w.word(w.size() - 1);
    return ":".equals(last) || "\u2014".equals(last) || "\u2013".equals(last) || "--".equals(last);
  }

  private static Words trimColon(Words w) {
    return endsWithColon(w) ? w.head(w.size() - 1) : w;
  }
}
