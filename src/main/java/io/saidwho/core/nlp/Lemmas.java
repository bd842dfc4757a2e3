package io.saidwho.core.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * Lower-case lemmas of single words by OpenNLP's UD English lemmatizer, asked only for the tokens a
 * rule needs (candidate verbs next to quotes), one word at a time, and remembered: the same word
 * and tag is lemmatized once per partition. Out of its sentence the model is less sure ("blamed"
 * comes out "blam" first, "blame" second), so a lexicon lookup takes its {@link #CANDIDATES} best
 * guesses ({@link #candidates}). Tags are UD ({@code VERB}, {@code AUX}, ...); a contraction tag
 * ({@code PRON+AUX}) counts by its first part. Not thread-safe (holds a {@link LemmatizerME}): one
 * per partition or thread, like {@link TextAnalyzer}.
 */
public final class Lemmas {

  /** Remembered lemmas before the cache starts over (bounds memory on endless vocabularies). */
  private static final int MAX_CACHED = 50_000;

  /** How many of the model's best guesses {@link #candidates} returns. */
  static final int CANDIDATES = 3;

  private final LemmatizerME lemmatizer;
  private final Map<String, List<String>> cache = new HashMap<>();

  public Lemmas(LemmatizerModel model) {
    this.lemmatizer = new LemmatizerME(model);
  }

  /** The lemma of {@code word} read as part of speech {@code pos} (null reads as a verb). */
  public String of(String word, String pos) {
    return candidates(word, pos).get(0);
  }

  /** The model's best guesses at the lemma, best first, distinct, never empty. */
  public List<String> candidates(String word, String pos) {
    String tag = pos == null ? "VERB" : firstTag(pos);
    String lower = word.toLowerCase(Locale.ROOT);
    String key = tag + ' ' + lower;
    List<String> lemmas = cache.get(key);
    if (lemmas == null) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      lemmas = lemmatize(lower, tag);
      cache.put(key, lemmas);
    }
    return lemmas;
  }

  private List<String> lemmatize(String lower, String tag) {
    String[][] best = lemmatizer.predictLemmas(CANDIDATES, new String[] {lower}, new String[] {tag});
    List<String> out = new ArrayList<>(CANDIDATES);
    for (String[] guess : best) {
      String lemma = guess.length == 0 ? null : guess[0];
      if (lemma != null && !lemma.isEmpty() && !"O".equals(lemma)) {
        String l = lemma.toLowerCase(Locale.ROOT);
        if (!out.contains(l)) {
          out.add(l);
        }
      }
    }
    if (out.isEmpty()) {
      out.add(lower);
    }
    return List.copyOf(out);
  }

  private static String firstTag(String pos) {
    int plus = pos.indexOf('+');
    return plus > 0 ? pos.substring(0, plus) : pos;
  }
}
