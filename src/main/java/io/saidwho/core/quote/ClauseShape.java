package io.saidwho.core.quote;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.text.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells from UD POS tags whether a run of words (the words of one quote) opens with a complete
 * clause: a subject of its own followed by a finite verb. It is a shallow reading, not a parse:
 *
 * <ul>
 *   <li>leading conjunctions, adverbs, interjections, subordinators ("If", "But", "and") and an
 *       introductory phrase closed by a comma ("In all of these engagements,") are skipped;
 *   <li>the subject is a noun phrase (determiners, adjectives, nouns, proper nouns, numbers,
 *       pronouns, "of" + noun phrase), optionally followed by a relative clause that starts with
 *       its verb ("that advances that prospect") or by an aside between commas ("Russia, which has
 *       ..., has");
 *   <li>the verb is an AUX, or a VERB not ending in "-ing", after optional adverbs and "not";
 *   <li>a contraction tagged {@code PRON+AUX}, {@code PRON+VERB}, ... ("we’re", "there’s") is a
 *       subject and a verb at once.
 * </ul>
 *
 * <p>A quote starting with a verb ("has made clear ..."), "to" or a bare noun phrase ("deep
 * concerns", "concern that a ground offensive would ...") does not open with a clause. Immutable;
 * thread-safe.
 */
final class ClauseShape {

  private static final Set<String> LEADING = Set.of("PUNCT", "CCONJ", "INTJ", "ADV", "SCONJ");
  private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON");
  private static final Set<String> VERBAL = Set.of("AUX", "VERB", "ADV", "PART");
  private static final int INTRO_MAX = 12;
  private static final int OPENER_MAX = 3;
  private static final int RELATIVE_REACH = 10;
  private static final int ASIDE_MAX = 25;

  private final String[] words;
  private final String[] tags;

  /** The words of {@code tokens} in {@code text}; quote-mark tokens are left out. */
  ClauseShape(List<Token> tokens, CharSequence text) {
    int kept = 0;
    String[] w = new String[tokens.size()];
    String[] t = new String[tokens.size()];
    for (Token token : tokens) {
      String word = token.text(text);
      if (word.length() == 1 && QuoteMarks.isQuoteMark(word.charAt(0))) {
        continue;
      }
      w[kept] = word;
      t[kept] = withoutPossessive(token.pos() == null ? "X" : token.pos());
      kept++;
    }
    this.words = Arrays.copyOf(w, kept);
    this.tags = Arrays.copyOf(t, kept);
  }

  /** "People’s" is tagged {@code NOUN+PART}: a possessive noun is a noun here. */
  private static String withoutPossessive(String tag) {
    return tag.endsWith("+PART") ? tag.substring(0, tag.length() - "+PART".length()) : tag;
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  /** True when the words open with a clause (see the class comment). */
  boolean startsWithClause() {
    return clauseAt(0);
  }

  /** True when the words open with a clause, or a sentence or ";"-part inside them does. */
  boolean containsClause() {
    if (clauseAt(0) || isImperativeAt(skipLead(0))) {
      return true;
    }
    for (int i = 0; i + 1 < words.length; i++) {
      if (tags[i].equals("PUNCT") && ".!?;".contains(words[i]) && clauseAt(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A clause at {@code from}, or after a short opener closed by a comma ("Frankly, we ..."). */
  private boolean clauseAt(int from) {
    int start = skipLead(from);
    if (clauseFrom(start)) {
      return true;
    }
    int comma = nextComma(start, OPENER_MAX);
    return comma > 0 && clauseFrom(skipLead(comma + 1));
  }

  private boolean clauseFrom(int i) {
    if (i >= words.length) {
      return false;
    }
    if (isContractedClause(tags[i]) || isInvertedQuestion(i)) {
      return true;
    }
    if (!NOMINAL.contains(tags[i])) {
      return false;
    }
    int j = skipNounPhrase(i);
    if (finiteVerbAt(j)) {
      return true;
    }
    if (j < words.length && Lexicons.RELATIVE_PRONOUNS.contains(words[j])) {
      return hasMainVerbAfterRelative(j);
    }
    if (j < words.length && words[j].equals(",")) {
      int comma = nextComma(j + 1, ASIDE_MAX);
      return comma > 0 && finiteVerbAt(comma + 1);
    }
    return false;
  }

  /**
   * After "that"/"which"/"who" + its own verb, a finite verb further on (before any punctuation) is
   * the main verb: "The companies that pull back now are going ...".
   */
  private boolean hasMainVerbAfterRelative(int relative) {
    int k = skipVerbGroup(relative + 1);
    if (k == relative + 1) {
      return false;
    }
    for (int m = k; m < words.length && m < k + RELATIVE_REACH; m++) {
      if (tags[m].equals("PUNCT")) {
        return false;
      }
      if (finiteVerbAt(m)) {
        return true;
      }
    }
    return false;
  }

  /** "Is there a world where ...?": an AUX, then a subject, in a quote holding a question mark. */
  private boolean isInvertedQuestion(int i) {
    return tags[i].equals("AUX")
        && i + 1 < words.length
        && NOMINAL.contains(tags[i + 1])
        && Arrays.asList(words).contains("?");
  }

  /** "Leave now.": a capitalised bare verb opening a quote that stands on its own. */
  private boolean isImperativeAt(int i) {
    return i < words.length
        && tags[i].equals("VERB")
        && Character.isUpperCase(words[i].charAt(0))
        && !lower(i).endsWith("ing")
        && !lower(i).endsWith("ed");
  }

  private int skipLead(int from) {
    int i = from;
    while (i < words.length) {
      if (LEADING.contains(tags[i])) {
        i++;
      } else if (tags[i].equals("ADP") && nextComma(i, INTRO_MAX) > 0) {
        i = nextComma(i, INTRO_MAX) + 1;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isContractedClause(String tag) {
    int plus = tag.indexOf('+');
    return plus > 0
        && NOMINAL.contains(tag.substring(0, plus))
        && (tag.contains("+AUX") || tag.contains("+VERB"));
  }

  private int skipNounPhrase(int from) {
    int i = from;
    while (i < words.length) {
      if (NOMINAL.contains(tags[i]) && (i == from || !Lexicons.RELATIVE_PRONOUNS.contains(words[i])) || isJoiner(i)) {
        i++;
      } else if (i > from && isPrepositionBeforeNoun(i)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** "of", "in", ... inside a noun phrase: "The Secretary of State", "Nobody in Ohio". */
  private boolean isPrepositionBeforeNoun(int i) {
    return tags[i].equals("ADP") && i + 1 < words.length && NOMINAL.contains(tags[i + 1]);
  }

  /** A possessive "'s" or a hyphen inside a noun phrase. */
  private boolean isJoiner(int i) {
    return tags[i].equals("PART") && lower(i).endsWith("s") || words[i].equals("-");
  }

  private int skipVerbGroup(int from) {
    int i = from;
    while (i < words.length && VERBAL.contains(tags[i])) {
      i++;
    }
    return i;
  }

  private boolean finiteVerbAt(int from) {
    int i = from;
    while (i < words.length && (tags[i].equals("ADV") || isNegation(i))) {
      i++;
    }
    if (i >= words.length) {
      return false;
    }
    if (tags[i].equals("AUX") || tags[i].startsWith("AUX+")) {
      return true;
    }
    return tags[i].startsWith("VERB") && !lower(i).endsWith("ing");
  }

  private boolean isNegation(int i) {
    return tags[i].equals("PART") && (lower(i).equals("not") || lower(i).equals("n't"));
  }

  private int nextComma(int from, int within) {
    for (int i = from; i < words.length && i < from + within; i++) {
      if (words[i].equals(",")) {
        return i;
      }
    }
    return -1;
  }

  private String lower(int i) {
    return words[i].toLowerCase(Locale.ROOT);
  }
}
