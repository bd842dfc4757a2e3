package io.saidwho.core.attribution;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A general English lexicon of speech and communication verbs ("said", "told", "warned", "called
 * on", "described as"), in all inflected forms, that cue a quote's speaker. Thread-safe.
 */
final class CueVerbs {

  private static final Set<String> LEMMAS =
      words(
          "say tell add state note warn urge call describe declare insist explain ask "
              + "reply respond argue claim announce emphasize emphasise stress charge express "
              + "blame accuse acknowledge admit write tweet comment remark recall predict "
              + "promise vow assert observe conclude suggest lament complain testify decry "
              + "deny demand confirm concede caution contend maintain quip report reiterate "
              + "underscore proclaim mention pledge plead appeal agree discuss thank praise "
              + "criticize criticise condemn wonder shout cry whisper affirm point highlight "
              + "recount counter retort joke boast concur dismiss reject brand label dub term "
              + "hail slam blast");

  private static final Set<String> PARTICLES = words("on for as out to");

  private CueVerbs() {}

  /** True when {@code word} is an inflected form of a speech verb. */
  static boolean isCue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (LEMMAS.contains(w)) {
      return true;
    }
    switch (w) {
      case "said":
      case "says":
      case "saying":
      case "told":
      case "tells":
      case "telling":
      case "wrote":
      case "writes":
      case "writing":
      case "written":
      case "cried":
      case "denied":
      case "replied":
      case "testified":
      case "decried":
      case "quipped":
      case "retorted":
        return true;
      default:
        return LEMMAS.contains(lemma(w));
    }
  }

  /** True when the verb takes {@code particle} as part of the cue ("called on", "pointed out"). */
  static boolean takesParticle(String verb, String particle) {
    String v = lemma(verb.toLowerCase(Locale.ROOT));
    String p = particle.toLowerCase(Locale.ROOT);
    if (!PARTICLES.contains(p)) {
      return false;
    }
    return "call".equals(v) && ("on".equals(p) || "for".equals(p))
        || "describe".equals(v) && "as".equals(p)
        || "point".equals(v) && "out".equals(p)
        || "stress".equals(v) && "out".equals(p);
  }

  /** True for the verbs that always introduce speech; the others need a nearby quote. */
  static boolean isSay(String word) {
    String l = lemma(word.toLowerCase(Locale.ROOT));
    return "say".equals(l) || "tell".equals(l) || "said".equals(word) || "told".equals(word);
  }

  /** A rough lemma for regular inflections ("warned" -> "warn", "urges" -> "urge"). */
  static String lemma(String w) {
    if (w.endsWith("ing") && w.length() > 5) {
      return stem(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ied")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("ed") && w.length() > 4) {
      return stem(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("es") && LEMMAS.contains(w.substring(0, w.length() - 2))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String stem(String base) {
    if (LEMMAS.contains(base)) {
      return base;
    }
    if (LEMMAS.contains(base + "e")) {
      return base + "e";
    }
    int n = base.length();
    if (n > 2 && base.charAt(n - 1) == base.charAt(n - 2)) {
      return base.substring(0, n - 1);
    }
    return base;
  }

  private static Set<String> words(String spaced) {
    return Set.copyOf(Arrays.asList(spaced.split(" ")));
  }
}
