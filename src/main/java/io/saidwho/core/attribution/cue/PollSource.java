package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import java.util.Locale;

/**
 * "In a poll released Sunday, 75 percent of voters said “…”", "The survey finds that a majority
 * say “…”": a share of a surveyed group speaks through the poll that asked it, so a poll named
 * earlier in the quote's sentence is the quote's source. Stateless.
 */
final class PollSource {

  private PollSource() {}

  /**
   * True when the cue's subject is a share of a group ("8 percent of Democrats", "a majority"),
   * read in the words {@code before} the quote that hold it.
   */
  static boolean hasShareSubject(Cue cue, Words before) {
    return cue != null && cue.mention().kind() != MentionKind.PRONOUN
        && (isShare(cue.mention().text()) || followsShareOf(cue.mention(), before));
  }

  /**
   * The cue with the poll named in {@code sentence} before its subject as its mention, else
   * {@code cue} itself; for a cue whose subject is a share ({@link #hasShareSubject}).
   */
  static Cue read(Cue cue, Words sentence) {
    for (int i = sentence.size() - 1; i >= 0; i--) {
      if (sentence.end(i) <= cue.mention().span().begin() && isPollNoun(sentence, i)) {
        Mention poll = pollPhrase(sentence, i);
        return new Cue(cue.frame(), cue.verb(), cue.verbSpan(), poll);
      }
    }
    return cue;
  }

  /** "a May Harbour Courier poll": the poll noun at {@code i} with its modifiers and article. */
  private static Mention pollPhrase(Words w, int i) {
    int from = i;
    while (from > 0 && !w.hasPos(from, "DET") && isModifier(w, from - 1)) {
      from--;
    }
    return Mention.of(w, w.span(from, i), w.word(i).toLowerCase(Locale.ROOT), null);
  }

  private static boolean isModifier(Words w, int i) {
    return w.hasPos(i, "DET") || w.hasPos(i, "ADJ") || w.hasPos(i, "PROPN") || w.hasPos(i, "NOUN")
        || w.hasPos(i, "NUM") || w.word(i).indexOf('-') > 0;
  }

  /** A poll noun whatever its tag ("a May Courier poll/VERB"); no verb after "to" or "they". */
  private static boolean isPollNoun(Words w, int i) {
    boolean verb = i > 0 && (w.is(i - 1, "to") || w.hasPos(i - 1, "PRON"));
    return !verb && Lexicons.POLL_NOUNS.contains(w.word(i).toLowerCase(Locale.ROOT));
  }

  /** "75 percent of residents": the mention follows a share word and "of". */
  private static boolean followsShareOf(Mention mention, Words w) {
    int first = w.indexFrom(mention.span().begin());
    return first >= 2 && first < w.size() && w.begin(first) == mention.span().begin()
        && w.is(first - 1, "of") && isShare(w.word(first - 2));
  }

  /** True when a phrase names a share of a group: a share word among its words. */
  private static boolean isShare(String text) {
    for (String word : text.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (Lexicons.SHARE_WORDS.contains(word) || word.endsWith("%")) {
        return true;
      }
    }
    return text.toLowerCase(Locale.ROOT).contains("per cent");
  }
}
