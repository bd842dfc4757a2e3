package io.saidwho.bench;

import io.saidwho.core.text.Article;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes synthetic-but-realistic news articles from the {@link Phrasebook} templates: 8-40
 * paragraphs (one per line) of narration, reported speech and quotations in the usual news
 * conventions, by a cast of 2-5 people and an organisation. About a quarter of the articles use
 * ASCII quote marks and apostrophes instead of typographic ones.
 *
 * <p>Article {@code i} depends only on the seed and {@code i} (its own random stream), so a corpus
 * is the same for the same seed, whatever order or thread it is generated in. Thread-safe.
 */
final class ArticleSynthesizer {

  private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");

  private final long seed;

  ArticleSynthesizer(long seed) {
    this.seed = seed;
  }

  Article article(long index) {
    SplittableRandom random = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
    List<Speaker> cast = cast(random);
    TemplateFiller filler = new TemplateFiller(random);
    String text = body(random, cast, filler);
    String title = title(random, cast);
    boolean ascii = random.nextInt(4) == 0;
    String source = Lexicon.pick(random, Phrasebook.OUTLETS);
    String id = String.format("gen-%d-%08d", seed, index);
    Instant time = EPOCH.plusSeconds(index * 420 + random.nextInt(420));
    String published = random.nextInt(30) == 0 ? null : time.toString();
    return new Article(
        id,
        ascii ? toAscii(title) : title,
        ascii ? toAscii(text) : text,
        source,
        "https://news.example/" + source + "/" + id,
        published);
  }

  private static List<Speaker> cast(SplittableRandom random) {
    int people = 2 + random.nextInt(4);
    List<Speaker> cast = new ArrayList<>(people + 1);
    for (int i = 0; i < people; i++) {
      cast.add(Speaker.person(random));
    }
    cast.add(Speaker.organization(random));
    return cast;
  }

  private static String body(SplittableRandom random, List<Speaker> cast, TemplateFiller filler) {
    int paragraphs = 8 + random.nextInt(33);
    StringBuilder text = new StringBuilder(paragraphs * 220);
    filler.speaker(cast.get(0));
    narration(random, filler, text);
    int written = 1;
    while (written < paragraphs) {
      text.append('\n');
      written += paragraph(random, cast, filler, text, paragraphs - written);
    }
    return text.toString();
  }

  /** Writes one paragraph, or two when {@code room} allows; returns how many it wrote. */
  private static int paragraph(
      SplittableRandom random,
      List<Speaker> cast,
      TemplateFiller filler,
      StringBuilder text,
      int room) {
    int kind = random.nextInt(100);
    if (kind < 28) {
      narration(random, filler, text);
    } else if (kind < 35) {
      filler.speaker(nextSpeaker(random, cast, filler));
      text.append(filler.sentence(Lexicon.pick(random, Phrasebook.REPORTED_TEMPLATES)));
    } else if (kind < 39 && room >= 2) {
      multiParagraphQuote(random, cast, filler, text);
      return 2;
    } else {
      quotation(random, cast, filler, text);
    }
    return 1;
  }

  private static void narration(
      SplittableRandom random, TemplateFiller filler, StringBuilder text) {
    int sentences = 1 + random.nextInt(2);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        text.append(' ');
      }
      text.append(filler.sentence(Lexicon.pick(random, Phrasebook.NARRATION)));
    }
  }

  private static void quotation(
      SplittableRandom random, List<Speaker> cast, TemplateFiller filler, StringBuilder text) {
    Speaker previous = filler.speaker();
    Speaker next = nextSpeaker(random, cast, filler);
    filler.speaker(next);
    boolean pronoun = next == previous && next.isPerson() && random.nextBoolean();
    List<String> templates = pronoun ? Phrasebook.PRONOUN_TEMPLATES : Phrasebook.QUOTE_TEMPLATES;
    text.append(filler.sentence(Lexicon.pick(random, templates)));
    if (random.nextInt(6) == 0) {
      text.append(' ').append(filler.sentence(Lexicon.pick(random, Phrasebook.NARRATION)));
    }
  }

  /** A quotation over two paragraphs: the first is left open, the second reopens it. */
  private static void multiParagraphQuote(
      SplittableRandom random, List<Speaker> cast, TemplateFiller filler, StringBuilder text) {
    filler.speaker(nextSpeaker(random, cast, filler));
    text.append(filler.sentence("{S} said: “{Q} {Q}")).append('\n');
    text.append(filler.sentence("“{Q} {Q}”"));
  }

  private static Speaker nextSpeaker(
      SplittableRandom random, List<Speaker> cast, TemplateFiller filler) {
    if (filler.speaker() != null && random.nextInt(3) == 0) {
      return filler.speaker();
    }
    int people = cast.size() - 1;
    return random.nextInt(8) == 0 ? cast.get(people) : cast.get(random.nextInt(people));
  }

  private static String title(SplittableRandom random, List<Speaker> cast) {
    String topic = Lexicon.pick(random, Lexicon.TOPICS).replaceFirst("^the ", "");
    String place = Lexicon.pick(random, Lexicon.PLACES);
    return switch (random.nextInt(4)) {
      case 0 -> cast.get(0).last() + " warns over " + topic;
      case 1 -> "Talks on " + topic + " stall in " + place;
      case 2 -> "“" + Lexicon.pick(random, Phrasebook.PARTIAL_QUOTES) + "”: " + topic
          + " divides " + place;
      default -> "What " + topic + " means for " + place;
    };
  }

  private static String toAscii(String text) {
    return text.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
  }

  /** A 64-bit finaliser (MurmurHash3's), so nearby seeds and indexes give unrelated streams. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb93e34ce5b85L;
    return z ^ (z >>> 33);
  }
}
