package io.saidwho.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills the placeholders of a {@link Phrasebook} template for one article: keeps which speakers
 * were named already (full name first, surname later) and who spoke last (for pronouns). One per
 * article; not thread-safe.
 */
final class TemplateFiller {

  private final SplittableRandom random;
  private final Set<Speaker> named = new HashSet<>();
  private Speaker speaker;

  TemplateFiller(SplittableRandom random) {
    this.random = random;
  }

  /** Makes {@code next} the speaker that {@code {S}}, {@code {P}} and {@code {L}} refer to. */
  void speaker(Speaker next) {
    this.speaker = next;
  }

  Speaker speaker() {
    return speaker;
  }

  /** The template with every placeholder filled and its first letter capitalised. */
  String sentence(String template) {
    String filled = fill(template);
    char first = filled.charAt(0);
    if (Character.isLowerCase(first)) {
      return Character.toUpperCase(first) + filled.substring(1);
    }
    return filled;
  }

  private String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close < 0) {
        out.append(c);
        i++;
      } else {
        out.append(value(template.substring(i + 1, close)));
        i = close + 1;
      }
    }
    return out.toString();
  }

  private String value(String key) {
    return switch (key) {
      case "S" -> mention();
      case "P" -> speaker.pronoun();
      case "Pc" -> capitalize(speaker.pronoun());
      case "L" -> speaker.last();
      case "Q" -> quote();
      case "Qc" -> withComma(quote());
      case "Ql" -> lowerFirst(quote());
      case "PQ" -> pick(Phrasebook.PARTIAL_QUOTES);
      case "C" -> fill(pick(Phrasebook.CLAIMS));
      case "V" -> fill(pick(Phrasebook.SPEECH_VERBS));
      case "APPOS" -> fill(pick(Phrasebook.APPOSITIVES));
      case "SLOGAN" -> pick(Phrasebook.SLOGANS);
      case "ORG" -> pick(Lexicon.ORGS);
      case "PLACE" -> pick(Lexicon.PLACES);
      case "DAY" -> pick(Lexicon.DAYS);
      case "TOPIC" -> pick(Lexicon.TOPICS);
      case "NUM" -> Integer.toString(2 + random.nextInt(498));
      case "AGE" -> Integer.toString(18 + random.nextInt(70));
      case "PCT" -> Integer.toString(1 + random.nextInt(30));
      default -> throw new IllegalArgumentException("Unknown placeholder {" + key + "}");
    };
  }

  private String mention() {
    if (named.add(speaker)) {
      return speaker.firstMention(random);
    }
    return speaker.laterMention(random);
  }

  private String quote() {
    return fill(pick(Phrasebook.QUOTES));
  }

  private String pick(List<String> list) {
    return Lexicon.pick(random, list);
  }

  private static String withComma(String quote) {
    return quote.endsWith(".") ? quote.substring(0, quote.length() - 1) + "," : quote;
  }

  private static String lowerFirst(String quote) {
    if (quote.startsWith("I ") || quote.startsWith("I’")) {
      return quote;
    }
    return Character.toLowerCase(quote.charAt(0)) + quote.substring(1);
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
