package io.saidwho.bench;

import java.util.SplittableRandom;

/**
 * A speaker in a synthetic article: a person (title, names, pronoun) or an organisation (only
 * {@code last} is set, e.g. "the Red Cross").
 *
 * @param title job title, e.g. "Foreign Minister"; empty for an organisation
 * @param first given name; empty for an organisation
 * @param last surname, or the organisation's name
 * @param pronoun "he", "she" or "they" for a person; "it" for an organisation
 */
record Speaker(String title, String first, String last, String pronoun) {

  static Speaker person(SplittableRandom random) {
    boolean female = random.nextBoolean();
    String first = Lexicon.pick(random, female ? Lexicon.FEMALE_NAMES : Lexicon.MALE_NAMES);
    String pronoun = random.nextInt(20) == 0 ? "they" : female ? "she" : "he";
    String title = Lexicon.pick(random, Lexicon.TITLES);
    return new Speaker(title, first, Lexicon.pick(random, Lexicon.SURNAMES), pronoun);
  }

  static Speaker organization(SplittableRandom random) {
    return new Speaker("", "", Lexicon.pick(random, Lexicon.ORGS), "it");
  }

  boolean isPerson() {
    return !first.isEmpty();
  }

  /** How the article names this speaker the first time. */
  String firstMention(SplittableRandom random) {
    if (!isPerson()) {
      return last;
    }
    int form = random.nextInt(10);
    if (form < 6) {
      return title + " " + first + " " + last;
    }
    return form < 9 ? first + " " + last : title + " " + last;
  }

  /** How the article names this speaker after the first time. */
  String laterMention(SplittableRandom random) {
    if (!isPerson()) {
      return last;
    }
    return random.nextInt(10) == 0 ? first + " " + last : last;
  }
}
