package io.saidwho.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The word lists the {@link ArticleSynthesizer} draws from: given names (with the pronoun they
 * take), surnames, titles, organisations, places, days and topics. Immutable and thread-safe.
 * Combinations (given name x surname x title) give tens of thousands of distinct speakers.
 */
final class Lexicon {

  static final List<String> FEMALE_NAMES =
      List.of(
          "Anna", "Maria", "Sarah", "Fatima", "Yuki", "Elena", "Priya", "Grace", "Olga", "Amara",
          "Chloe", "Ingrid", "Leila", "Sofia", "Mei", "Hannah", "Aisha", "Claire", "Nadia", "Rosa",
          "Keiko", "Tamar", "Jen", "Ursula", "Beatriz", "Kamala", "Ngozi", "Liz", "Marine", "Zhao");

  static final List<String> MALE_NAMES =
      List.of(
          "John", "Ahmed", "Carlos", "Wei", "Dmitri", "James", "Rahul", "Kwame", "Luca", "Hiroshi",
          "Omar", "Pedro", "Antony", "Benny", "Sergei", "Tom", "Yossi", "Jean-Luc", "Mohammed",
          "Andrzej", "Lars", "Kenji", "Emmanuel", "Rishi", "Olaf", "Nadav", "Joe", "Viktor", "Ali",
          "Pierre");

  static final List<String> SURNAMES =
      List.of(
          "Smith", "Kowalski", "Nakamura", "Okafor", "Haddad", "Garcia", "Petrov", "Chen", "Singh",
          "Müller", "O’Brien", "Rossi", "Cohen", "Dubois", "Kim", "Nguyen", "Andersen", "Mensah",
          "Silva", "Ivanova", "Blinken", "Gantz", "Levy", "Schmidt", "Tanaka", "Al-Rashid",
          "Moreau",
          "Hernández", "Van der Berg", "Novak", "Adeyemi", "Kaplan", "Walsh", "Fischer", "Ortiz",
          "McAllister", "Yilmaz", "Sato", "Bianchi", "Kovač");

  static final List<String> TITLES =
      List.of(
          "Prime Minister", "Foreign Minister", "Health Minister", "Defense Minister",
          "Finance Minister", "President", "Secretary of State", "Senator", "Mayor", "Governor",
          "Chief Executive", "police spokesperson", "Dr.", "Professor", "Ambassador", "General",
          "opposition leader", "union leader", "coach", "Judge", "Rep.", "Deputy Mayor",
          "Interior Minister", "Chancellor", "Commissioner");

  static final List<String> ORGS =
      List.of(
          "the United Nations", "the World Health Organization", "the European Commission",
          "the Interior Ministry", "the Federal Reserve", "Amnesty International", "NATO",
          "the Red Cross", "the central bank", "the Health Ministry", "the city council",
          "the IMF", "the Supreme Court", "the electoral commission", "Acme Corp.",
          "the state broadcaster", "the teachers’ union", "the Pentagon", "the Kremlin",
          "the White House");

  static final List<String> PLACES =
      List.of(
          "Gaza", "Kyiv", "Brussels", "Washington", "Lagos", "Tokyo", "São Paulo", "Jerusalem",
          "Nairobi", "Berlin", "New Delhi", "Manila", "Paris", "Mexico City", "Geneva", "Cairo",
          "Warsaw", "Seoul", "Toronto", "Jakarta", "the capital", "the border region",
          "the northern province", "St. Petersburg");

  static final List<String> DAYS =
      List.of(
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
          "last week", "on Jan. 5", "earlier this month", "late on Tuesday");

  static final List<String> TOPICS =
      List.of(
          "the ceasefire", "the budget", "the vaccine rollout", "the trade agreement",
          "the election", "the strike", "the reform package", "the investigation", "the merger",
          "the flood response", "the peace talks", "interest rates", "the new law",
          "the security operation", "fuel prices", "the housing plan", "the court ruling",
          "the border closure", "the climate summit", "the pension reform");

  private Lexicon() {}

  static String pick(SplittableRandom random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }
}
