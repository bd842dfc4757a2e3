package io.saidwho.core.lexicon;

import java.util.List;

/**
 * The shipped general English word lists, each read once per JVM from {@code
 * /io/saidwho/lexicon/<file>.txt} (see {@link LexiconFile} for the format). A list may declare
 * lists it excludes: no word may stand in both (the lexicon test checks it). These are general
 * lexicons (roles, countries, months, speech verbs), never the names of any article. Thread-safe.
 */
public enum Lexicons {
  /** Role and title words of people ("minister", "sen", "spokeswoman"). */
  ROLES("roles"),
  /** Prefixes that keep a hyphenated role a role ("co-author", "ex-minister"). */
  ROLE_PREFIXES("role-prefixes"),
  /** Generational suffixes that end a name ("jr", "iii"). */
  NAME_SUFFIXES("name-suffixes"),
  /** Head words of organization names ("ministry", "council", "airlines"). */
  ORGANIZATION_HEADS("organization-heads"),
  /** Countries, territories, capitals, major cities, US states and place-name words. */
  PLACES("places"),
  /** Words that end a place's or a geographic feature's name ("sea", "city", "county"). */
  PLACE_HEADS("place-heads"),
  /** Nationality and affiliation adjectives ("chinese", "palestinian"). */
  DEMONYMS("demonyms"),
  /** Weekdays, months and relative days. */
  TIMES("times"),
  /** Closed-class and common words that are capitalised only at a sentence start. */
  FUNCTION_WORDS("function-words"),
  /** Lower-case particles inside names ("al", "bin", "van", "de"). */
  NAME_PARTICLES("name-particles"),
  /** Common given names usually borne by women. */
  GIVEN_NAMES_FEMALE("given-names-female", "given-names-male", "given-names-either"),
  /** Common given names usually borne by men. */
  GIVEN_NAMES_MALE("given-names-male", "given-names-female", "given-names-either"),
  /** Common given names borne by both, many of them also places ("jordan"). */
  GIVEN_NAMES_EITHER("given-names-either", "given-names-female", "given-names-male"),
  /** Honorifics and titles that mark a woman ("mrs", "dame"). */
  HONORIFICS_FEMALE("honorifics-female", "honorifics-male"),
  /** Honorifics and titles that mark a man ("mr", "sir"). */
  HONORIFICS_MALE("honorifics-male", "honorifics-female"),
  /** Words after which a name is an object, not a subject ("with", "told", "thanked"). */
  OBJECT_MARKERS("object-markers"),
  /** Lemmas of verbs of saying and communicating ("say", "warn", "tweet"). */
  SPEECH_VERBS("speech-verbs"),
  /** Nouns naming an act of saying ("claim", "pledge"): "Roe's claim that “…”" is Roe's. */
  SPEECH_NOUNS("speech-nouns"),
  /** Speech verbs that always report speech, whatever their subject ("say", "tell"). */
  SAY_VERBS("say-verbs"),
  /** A speech verb lemma and its particle that together form the cue ("call on"). */
  SPEECH_VERB_PARTICLES("speech-verb-particles"),
  /** Words that introduce a name or title rather than speech ("dubbed", "titled"). */
  NAMING_WORDS("naming-words"),
  /** Words right before a quote that make it a term ("so-called", "famed", "proverbial"). */
  TERM_MARKERS("term-markers"),
  /** Lemmas of verbs that put something in a category ("class ... as", "rate ... as"). */
  CATEGORY_VERBS("category-verbs"),
  /** Nouns naming a work, a medium or a sign, whose quoted name is a title ("memoir"). */
  WORK_NOUNS("work-nouns"),
  /** Nouns that mention words rather than report them ("phrase", "slogan"). */
  MENTION_NOUNS("mention-nouns"),
  /** Function words a Title-Cased title keeps in lower case ("of", "the"). */
  TITLE_FUNCTION_WORDS("title-function-words"),
  /** Elided words written with a leading apostrophe ("em", "til"). */
  ELISIONS("elisions"),
  /** Words that open a relative clause ("who", "which"). */
  RELATIVE_PRONOUNS("relative-pronouns"),
  /** Modals and "to", after which a bare verb reports no speech act. */
  MODALS("modals"),
  /** Forms of "be" that make a following participle passive. */
  PASSIVE_AUXILIARIES("passive-auxiliaries"),
  /** Auxiliaries and adverbs that may stand between a subject and its verb. */
  VERB_GROUP_FILLERS("verb-group-fillers"),
  /** Personal pronouns that can be the subject of a speech verb. */
  PERSONAL_PRONOUNS("personal-pronouns"),
  /** Object forms of the personal pronouns ("it", "them"): the word before them is a verb. */
  OBJECT_PRONOUNS("object-pronouns"),
  /** Possessive determiners ("his", "their"): they open a noun phrase as an article does. */
  POSSESSIVE_DETERMINERS("possessive-determiners"),
  /** Indefinite and reflexive pronouns ("nobody", "everyone", "themselves"). */
  INDEFINITE_PRONOUNS("indefinite-pronouns"),
  /** Subordinating conjunctions that open an adverbial clause ("when", "while", "after"). */
  SUBORDINATORS("subordinators"),
  /** Nouns that describe an organization or its document ("ministry", "statement"). */
  ORGANIZATION_DESCRIPTIONS("organization-descriptions"),
  /** Kinds of document that news lets speak with no author named ("memo", "filing"). */
  DOCUMENT_NOUNS("document-nouns"),
  /** Nouns for someone who speaks for a body ("spokeswoman", "representative"). */
  SPOKESPERSON_NOUNS("spokesperson-nouns"),
  /** Descriptions of bodies news never names ("the government"): no nearest-body guess. */
  UNNAMED_BODY_NOUNS("unnamed-body-nouns"),
  /** Role nouns a definite description of a person is headed by ("the minister"). */
  PERSON_ROLE_NOUNS("person-role-nouns"),
  /** Words that make a phrase a share of a surveyed group ("percent", "majority"). */
  SHARE_WORDS("share-words"),
  /** Nouns for a survey of opinion ("poll", "survey"): the source of what its shares said. */
  POLL_NOUNS("poll-nouns"),
  /** Nouns for a stretch of time ("week", "month") that make "this week" a time adverbial. */
  PERIOD_NOUNS("period-nouns");

  private static final String FOLDER = "/io/saidwho/lexicon/";

  private final String file;
  private final List<String> excludes;
  private final Lexicon lexicon;

  Lexicons(String file, String... excludes) {
    this.file = file;
    this.excludes = List.of(excludes);
    this.lexicon = new Lexicon(file, LexiconFile.read(resource(file)));
  }

  /** True when {@code word} (any case) is an entry of this list. */
  public boolean contains(String word) {
    return lexicon.contains(word);
  }

  /** True when {@code word} is an entry as written (lower case): "al" is, "Al" is not. */
  public boolean containsAsWritten(String word) {
    return lexicon.entries().contains(word);
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** The resource this list is read from. */
  public String resource() {
    return resource(file);
  }

  public String fileName() {
    return file;
  }

  /** The file names of the lists that may share no word with this one. */
  public List<String> excludes() {
    return excludes;
  }

  private static String resource(String file) {
    return FOLDER + file + ".txt";
  }
}
