package io.saidwho.core.attribution.cue;

import io.saidwho.core.lexicon.Lexicons;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.QuoteMarks;
import io.saidwho.core.text.FrozenList;
import io.saidwho.core.text.TextSpan;
import io.saidwho.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A run of POS-tagged tokens (usually the words between a quote and the edge of its sentence) as
 * the cue readers see it. Words are compared in the normalised copy of the article (typographic
 * marks as ASCII); every phrase handed out ({@link #text}) is cut from the article's own text at its
 * offsets. Also the word-class predicates the phrase readers share. Immutable.
 */
public final class Words {

  private final List<Token> tokens;
  private final AnalyzedText analyzed;
  private final String normalized;
  private final String[] tags;

  /**
   * Tags the tokens, corrected where the tagger misreads news; {@code knownPerson} says whether the
   * article names a person by a word ("Sanders"), so a sentence that opens with it has a name there.
   */
  Words(List<Token> tokens, AnalyzedText analyzed, Predicate<String> knownPerson) {
    this.tokens = FrozenList.copyOf(tokens);
    this.analyzed = analyzed;
    this.normalized = analyzed.normalizedText();
    this.tags = new String[this.tokens.size()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = corrected(this.tokens.get(i));
    }
    for (int i = 0; i + 1 < tags.length; i++) {
      if (isMisreadOpeningName(i) || isKnownOpeningName(i, knownPerson)) {
        tags[i] = "PROPN";
      } else if (isMisreadVerbBeforeObject(i)) {
        tags[i] = "VERB";
      } else if (isMisreadHeadBeforeVerb(i)) {
        tags[i] = "NOUN";
      } else if (isMisreadAdverb(i)) {
        tags[i] = "ADV";
      } else if (isMisreadAttributive(i) || isMisreadVerbModifier(i)) {
        tags[i] = "ADJ";
      } else if (isGerundAfterPossessive(i)) {
        tags[i] = "NOUN";
      } else if (isMisreadNounAfterDeterminer(i)) {
        tags[i] = "NOUN";
      } else if (isMisreadHyphenatedNoun(i) || isAgeAsNoun(i) || isMisreadRoleModifier(i)
          || isMisreadModifierOpeningRole(i)) {
        tags[i] = "NOUN";
      } else if (isMisreadVerbEndingClause(i) || isMisreadVerbAfterApposition(i)
          || isMisreadPhrasalCue(i) || isMisreadVerbAfterOpeningSubject(i)
          || isMisreadVerbAfterOpeningName(i)) {
        tags[i] = "VERB";
      }
    }
    if (tags.length > 1 && isMisreadVerbBeforeMark(tags.length - 1)) {
      tags[tags.length - 1] = "VERB";
    }
    for (int i = 0; i + 1 < tags.length; i++) {
      if (isMisreadHeadBeforeVerb(i)) {
        tags[i] = "NOUN";
      }
    }
  }

  /**
   * "a State Department official/ADJ said": a lower-case word the tagger calls an adjective that
   * ends a phrase opened by a determiner, right before a finite verb, is the phrase's head noun.
   */
  private boolean isMisreadHeadBeforeVerb(int i) {
    if (!tags[i].equals("ADJ") || Character.isUpperCase(word(i).charAt(0))
        || !(tags[i + 1].startsWith("VERB") || tags[i + 1].startsWith("AUX"))
        || word(i + 1).toLowerCase(Locale.ROOT).endsWith("ing")) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      if (tags[k].startsWith("DET")) {
        return true;
      }
      if (!tags[k].startsWith("ADJ") && !tags[k].startsWith("PROPN")
          && !tags[k].startsWith("NOUN") && !tags[k].startsWith("NUM")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "“…,” the editorial board writes/NOUN.": a lower-case "-s" or "-ed" word the tagger calls a
   * noun, that the lemmatizer reads as a speech verb, right after a noun that is no possessive (or
   * a personal pronoun: "he mocks/NOUN.") and
   * right before the end of the clause, a colon or a preposition, is the verb of that noun; so is any form
   * after a determiner phrase opening the words ("the Saudis state in", "the editorial read.", "the
   * two wrote.").
   */
  private boolean isMisreadVerbEndingClause(int i) {
    String word = word(i);
    String lower = word.toLowerCase(Locale.ROOT);
    boolean endsClause = word(i + 1).equals(".") || word(i + 1).equals(",")
        || word(i + 1).equals(":") || tags[i + 1].startsWith("ADP");
    return i > 0 && tags[i].equals("NOUN") && Character.isLowerCase(word.charAt(0))
        && endsClause && (lower.endsWith("s") || lower.endsWith("ed") || opensWithNounPhrase(i))
        && (tags[i - 1].startsWith("NOUN") || tags[i - 1].startsWith("PROPN")
            || isPersonalPronoun(i - 1) && (lower.endsWith("s") || lower.endsWith("ed"))
            || isNumberedName(i - 1)
            || tags[i - 1].startsWith("NUM") && opensWithNounPhrase(i)
            || tags[i - 1].startsWith("ADJ") && opensWithNounPhrase(i)
                && !tags[i + 1].startsWith("ADP"))
        && !NameWords.isPossessive(word(i - 1)) && !word(i - 1).endsWith("'")
        && CueVerbs.isCue(analyzed.verbLemmaCandidates(word));
  }

  /**
   * "The memo claims/NOUN “…”": the last of these words, right before a quote mark, a lower-case
   * "-s" or "-ed" word the tagger calls a noun after a noun phrase's head (no possessive), that the
   * lemmatizer reads as a speech verb (or, after a name opening the words, any "-s" form: "Roe
   * supports “…”"), is that phrase's verb: a noun does not run into a quote.
   */
  private boolean isMisreadVerbBeforeMark(int i) {
    String word = word(i);
    String lower = word.toLowerCase(Locale.ROOT);
    return tags[i].equals("NOUN") && Character.isLowerCase(word.charAt(0))
        && (lower.endsWith("s") || lower.endsWith("ed"))
        && (tags[i - 1].startsWith("NOUN") || tags[i - 1].startsWith("PROPN"))
        && !NameWords.isPossessive(word(i - 1)) && !word(i - 1).endsWith("'")
        && QuoteMarks.isQuoteMark(nextChar(tokens.get(i).end()))
        && (CueVerbs.isCue(analyzed.verbLemmaCandidates(word)) || isAfterOpeningName(i));
  }

  /**
   * "Roe supports/NOUN “…”": token {@code i} ends in "-s" right after a name that opens the words,
   * so it is that name's verb whatever it means.
   */
  private boolean isAfterOpeningName(int i) {
    String lower = word(i).toLowerCase(Locale.ROOT);
    if (!isThirdPersonForm(lower)) {
      return false;
    }
    return tags[i - 1].startsWith("PROPN") && !NameWords.isPossessive(word(i - 1))
        && nameRunOpens(i - 1);
  }

  /**
   * True when the run of proper nouns ending at token {@code last} opens these words or follows a
   * comma ("Jane Roe" in "Jane Roe supports", "…, Roe lobbies").
   */
  private boolean nameRunOpens(int last) {
    int k = last;
    while (k > 0 && tags[k - 1].startsWith("PROPN")) {
      k--;
    }
    return k == 0 || word(k - 1).equals(",");
  }

  /** The first character at or after {@code offset} that is no white space, or a space at the end. */
  private char nextChar(int offset) {
    int k = offset;
    while (k < normalized.length() && Character.isWhitespace(normalized.charAt(k))) {
      k++;
    }
    return k < normalized.length() ? normalized.charAt(k) : ' ';
  }

  /**
   * "Roe, the mayor's attorney, argues/NOUN that": a lower-case "-s" word the tagger calls a noun,
   * between an apposition's closing comma and "that", that the lemmatizer reads as a speech verb.
   */
  private boolean isMisreadVerbAfterApposition(int i) {
    String word = word(i);
    return i > 0 && tags[i].equals("NOUN") && Character.isLowerCase(word.charAt(0))
        && word.endsWith("s") && word(i - 1).equals(",") && word(i + 1).equals("that")
        && CueVerbs.isCue(analyzed.verbLemmaCandidates(word));
  }

  /**
   * "Roe, the manager, shot/NOUN back/NOUN:": a lower-case word the tagger calls a noun, after a
   * name or a comma, that forms a speech verb with the particle after it, is that verb.
   */
  private boolean isMisreadPhrasalCue(int i) {
    if (i == 0 || !tags[i].equals("NOUN") || !Character.isLowerCase(word(i).charAt(0))
        || !(tags[i - 1].startsWith("PROPN") || word(i - 1).equals(","))) {
      return false;
    }
    return CueVerbs.takesParticle(analyzed.verbLemmaCandidates(word(i)), word(i + 1));
  }

  /** "Article 12", "Section 5(b)": a number right after a capitalised noun names a part of a text. */
  private boolean isNumberedName(int i) {
    return i > 0 && tags[i].startsWith("NUM") && isCapitalised(i - 1)
        && (tags[i - 1].startsWith("PROPN") || tags[i - 1].startsWith("NOUN"));
  }

  /**
   * "Her economic plan promises/NOUN to", "The new ad hits/NOUN Roe for": a lower-case "-s" word
   * the tagger calls a noun, right after the head noun of a phrase that opens the words with an
   * article or a possessive, and before "to" and a verb (or the quote), an article or a name, is
   * that phrase's verb (a noun compound does not go on so).
   */
  private boolean isMisreadVerbAfterOpeningSubject(int i) {
    String word = word(i);
    if (i < 2 || !tags[i].equals("NOUN") || !Character.isLowerCase(word.charAt(0))
        || !word.endsWith("s") || word.endsWith("ss") || !tags[i - 1].startsWith("NOUN")
        || !(opensWithNounPhrase(i) || opensWithPossessivePhrase(i))) {
      return false;
    }
    boolean infinitive = word(i + 1).equals("to")
        && (i + 2 == tags.length || tags[i + 2].startsWith("VERB"));
    return infinitive || tags[i + 1].startsWith("DET") || tags[i + 1].startsWith("PROPN");
  }

  /**
   * "Roe supports/NOUN higher pay", "Lee forwards/ADP an article", "Roe lobbies/NOUN for": a
   * lower-case "-s" word the tagger calls a noun or preposition, right after a name that opens
   * the words (or follows a comma), and before an article, a name, a pronoun, an adjective or a
   * preposition other than "of", is that name's verb.
   */
  private boolean isMisreadVerbAfterOpeningName(int i) {
    String word = word(i);
    if (i < 1 || !(tags[i].equals("NOUN") || tags[i].equals("ADP"))
        || !Character.isLowerCase(word.charAt(0)) || !word.endsWith("s") || word.endsWith("ss")
        || !tags[i - 1].startsWith("PROPN") || NameWords.isPossessive(word(i - 1))) {
      return false;
    }
    boolean opens = nameRunOpens(i - 1);
    String next = tags[i + 1];
    return opens && (next.startsWith("DET") || next.startsWith("PROPN") || next.startsWith("ADJ")
        || next.startsWith("PRON") && !word(i + 1).equals("who")
        || next.startsWith("ADP") && !word(i + 1).equals("of"));
  }

  /** True when the words before token {@code i} are "his", "her" or "their" and a noun phrase. */
  private boolean opensWithPossessivePhrase(int i) {
    if (i < 2 || !isPossessiveDeterminer(0)) {
      return false;
    }
    for (int k = 1; k < i; k++) {
      if (!tags[k].startsWith("ADJ") && !tags[k].startsWith("NOUN")) {
        return false;
      }
    }
    return true;
  }

  /** True when the words before token {@code i} are one noun phrase opening these words. */
  private boolean opensWithNounPhrase(int i) {
    if (i < 2 || !tags[0].startsWith("DET")) {
      return false;
    }
    for (int k = 1; k < i; k++) {
      if (!tags[k].startsWith("ADJ") && !tags[k].startsWith("NOUN") && !tags[k].startsWith("PROPN")
          && !tags[k].startsWith("NUM")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Double try/VERB scorer Jane Roe": a verb's base form after a capitalised word and before a
   * noun that a name follows is part of the role before the name.
   */
  private boolean isMisreadRoleModifier(int i) {
    String lower = word(i).toLowerCase(Locale.ROOT);
    return i > 0 && i + 2 < tags.length && tags[i].equals("VERB")
        && Character.isLowerCase(word(i).charAt(0)) && isCapitalised(i - 1)
        && tags[i + 1].startsWith("NOUN") && tags[i + 2].startsWith("PROPN")
        && analyzed.verbLemmaCandidates(word(i)).contains(lower)
        && !CueVerbs.isCue(analyzed.verbLemmaCandidates(word(i)));
  }

  /**
   * "Jane Roe, refugee/VERB rights program director at …": a verb's base form right after a comma,
   * before a run of nouns that ends in a role, opens that role.
   */
  private boolean isMisreadModifierOpeningRole(int i) {
    String lower = word(i).toLowerCase(Locale.ROOT);
    if (i == 0 || !tags[i].equals("VERB") || !Character.isLowerCase(lower.charAt(0))
        || !word(i - 1).equals(",") || !analyzed.verbLemmaCandidates(lower).contains(lower)) {
      return false;
    }
    int k = i + 1;
    while (k < tags.length && tags[k].startsWith("NOUN")) {
      k++;
    }
    return k > i + 1 && NameWords.isRole(word(k - 1));
  }

  /**
   * "its acting/VERB chairman", "the leading/VERB candidate": an "-ing" form between a determiner
   * and a noun modifies that noun.
   */
  private boolean isMisreadAttributive(int i) {
    return i > 0 && tags[i].equals("VERB") && word(i).endsWith("ing")
        && Character.isLowerCase(word(i).charAt(0))
        && (tags[i - 1].startsWith("DET") || isPossessiveDeterminer(i - 1))
        && tags[i + 1].startsWith("NOUN");
  }

  /**
   * "one well-connected/VERB Democrat", "the printed/VERB slate card": a lower-case word the tagger
   * calls a verb, before a noun or a name, modifies it when it is hyphenated and follows an
   * article or a number, or ends in "-ed" and follows an article other than "that" (which may open
   * a clause).
   */
  private boolean isMisreadVerbModifier(int i) {
    String word = word(i);
    if (i == 0 || !tags[i].equals("VERB") || !Character.isLowerCase(word.charAt(0))
        || !(tags[i + 1].startsWith("NOUN") || tags[i + 1].startsWith("PROPN"))) {
      return false;
    }
    boolean hyphenated = word.indexOf('-') > 0
        && (tags[i - 1].startsWith("DET") || tags[i - 1].startsWith("NUM"));
    boolean participle = word.endsWith("ed") && tags[i - 1].startsWith("DET")
        && !word(i - 1).equalsIgnoreCase("that");
    return hyphenated || participle;
  }

  /** "familiar with Roe's thinking/VERB": an "-ing" form right after a possessive is a noun. */
  private boolean isGerundAfterPossessive(int i) {
    return i > 0 && tags[i].equals("VERB") && word(i).endsWith("ing")
        && Character.isLowerCase(word(i).charAt(0)) && NameWords.isPossessive(word(i - 1));
  }

  private static final java.util.regex.Pattern AGE =
      java.util.regex.Pattern.compile("\\b\\d+-year-old\\b");

  /** True when {@code text} holds an age ("the 27-year-old Pole", "a 46-year-old"). */
  public static boolean mentionsAge(String text) {
    return AGE.matcher(text).find();
  }

  /** "said the 46-year-old.": an age with no noun after it stands for the person. */
  private boolean isAgeAsNoun(int i) {
    return i > 0 && !tags[i].startsWith("NOUN") && AGE.matcher(word(i)).matches()
        && tags[i - 1].startsWith("DET") && !tags[i + 1].startsWith("NOUN")
        && !tags[i + 1].startsWith("PROPN") && !tags[i + 1].startsWith("ADJ");
  }

  /** "his", "their": a pronoun tagged alone that opens a noun phrase as an article does. */
  boolean isPossessiveDeterminer(int i) {
    return tags[i].startsWith("PRON") && !tags[i].startsWith("PRON+")
        && Lexicons.POSSESSIVE_DETERMINERS.contains(word(i));
  }

  /**
   * "a welcome message/VERB on the website": a plain verb form right after a determiner (maybe
   * with one adjective between) is a noun, unless the determiner stands alone as a pronoun
   * ("Another said").
   */
  private boolean isMisreadNounAfterDeterminer(int i) {
    String word = word(i);
    if (!tags[i].equals("VERB") || !Character.isLowerCase(word.charAt(0))
        || word.endsWith("ing") || word.endsWith("ed")) {
      return false;
    }
    int k = i - 1;
    if (k > 0 && tags[k].startsWith("ADJ")) {
      k--;
    }
    return k >= 0 && tags[k].startsWith("DET") && !word(k).equalsIgnoreCase("that")
        && !(k == i - 1 && Lexicons.INDEFINITE_PRONOUNS.contains(word(k).toLowerCase(Locale.ROOT)));
  }

  /** "a voice-over/ADV in the ad": a hyphenated word right after a determiner is a noun or its modifier. */
  private boolean isMisreadHyphenatedNoun(int i) {
    String word = word(i);
    return i > 0 && tags[i].equals("ADV") && word.indexOf('-') > 0
        && Character.isLowerCase(word.charAt(0)) && tags[i - 1].startsWith("DET");
  }

  /**
   * "has also broadly/ADJ called": a lower-case "-ly" word the tagger calls an adjective right
   * before a verb is an adverb of that verb.
   */
  private boolean isMisreadAdverb(int i) {
    String word = word(i);
    return tags[i].equals("ADJ") && Character.isLowerCase(word.charAt(0)) && word.endsWith("ly")
        && tags[i + 1].startsWith("VERB");
  }

  /**
   * "as mayor calls/NOUN it": a lower-case word the tagger calls a noun that the lemmatizer reads
   * as a speech verb, right before an object pronoun, is that verb (nouns do not take "it" or
   * "them" as objects).
   */
  private boolean isMisreadVerbBeforeObject(int i) {
    String word = word(i);
    return tags[i].equals("NOUN")
        && Character.isLowerCase(word.charAt(0))
        && Lexicons.OBJECT_PRONOUNS.contains(word(i + 1).toLowerCase(Locale.ROOT))
        && CueVerbs.isCue(analyzed.verbLemmaCandidates(word));
  }

  /**
   * "Sanders/NOUN delivered a retort", "Small/ADJ, who attended": a capitalised word opening its
   * sentence that the article names a person by is that name, whatever the tagger said.
   */
  private static final java.util.Set<String> OPEN_CLASS_MISREADINGS =
      java.util.Set.of("NOUN", "ADJ", "VERB", "ADV", "X", "INTJ");

  private boolean isKnownOpeningName(int i, Predicate<String> knownPerson) {
    String word = word(i);
    return OPEN_CLASS_MISREADINGS.contains(tags[i]) && isCapitalisedOpening(i)
        && !Lexicons.FUNCTION_WORDS.contains(word) && knownPerson.test(word);
  }

  /** Token {@code i} is capitalised and opens a sentence of prose (not a Title-Case headline). */
  private boolean isCapitalisedOpening(int i) {
    Token token = tokens.get(i);
    return Character.isUpperCase(token.text(normalized).charAt(0))
        && analyzed.opensSentence(token.begin())
        && !analyzed.isTitleCase(analyzed.sentenceAt(token.begin()));
  }

  /**
   * "Husted/VERB continued", "Weaver/PRON didn't": a capitalised word opening its sentence that
   * the tagger calls a verb, an adjective or a pronoun no pronoun list holds, right before a verb,
   * is that verb's subject, a name; so is a verb form in "-s" before a comma.
   */
  private boolean isMisreadOpeningName(int i) {
    String word = word(i);
    if (!isCapitalisedOpening(i)) {
      return false;
    }
    boolean verbNext = (tags[i + 1].startsWith("VERB") || tags[i + 1].startsWith("AUX"))
        && Character.isLowerCase(word(i + 1).charAt(0));
    boolean commaNext = word(i + 1).equals(",");
    String lower = word.toLowerCase(Locale.ROOT);
    if (tags[i].equals("VERB") || tags[i].equals("ADJ")) {
      return verbNext || commaNext && tags[i].equals("VERB") && isThirdPersonForm(lower);
    }
    return tags[i].equals("PRON") && verbNext && !Lexicons.FUNCTION_WORDS.contains(lower)
        && !Lexicons.INDEFINITE_PRONOUNS.contains(lower);
  }

  /**
   * "Hicks/VERB, his spokeswoman, added": a verb form in "-s" cannot open a sentence before a
   * comma, so the word is a name.
   */
  private static boolean isThirdPersonForm(String lower) {
    return lower.endsWith("s") && !lower.endsWith("ss");
  }

  /** Tags a role or body noun gets when the tagger misreads it ("union/ADP chief/ADJ", "governor/CCONJ"). */
  private static boolean isMisreadNoun(String pos) {
    return pos.equals("ADP") || pos.equals("ADJ") || pos.equals("SCONJ") || pos.equals("X")
        || pos.equals("PART") || pos.equals("CCONJ");
  }

  /**
   * "the 27-year-old Pole", "the Opposition": a capitalised word the tagger calls a noun right after
   * a determiner or its adjectives is a common noun written with a capital.
   */
  private boolean isCommonNounAfterDeterminer(Token token, String pos) {
    if (!pos.startsWith("NOUN")) {
      return false;
    }
    int i = tokens.indexOf(token);
    for (int k = i - 1; k >= 0; k--) {
      String before = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
      if (before.startsWith("DET")) {
        return true;
      }
      if (!before.startsWith("ADJ") && !before.startsWith("NUM")) {
        return false;
      }
    }
    return false;
  }

  private Words(List<Token> tokens, AnalyzedText analyzed, String[] tags) {
    this.tokens = FrozenList.copyOf(tokens);
    this.analyzed = analyzed;
    this.normalized = analyzed.normalizedText();
    this.tags = tags;
  }

  /**
   * The token's tag, corrected where the UD model is known to fail on news next to quote marks: a
   * capitalised word inside a sentence (not its first word, not in a Title-Case headline, not a
   * function word or "I") is a proper noun, whatever the tagger said ("“…,” Trump/ADJ said"); a
   * lower-case word tagged as punctuation, a symbol or a pronoun no pronoun list holds, that the
   * lemmatizer reads as a speech verb, is a verb ("Trump tweeted/PUNCT", "Another tweeted/PRON"),
   * and any other lower-case word tagged as punctuation is a noun ("Acme co-founder/PUNCT Jane
   * Roe", "the senator's/PUNCT answer").
   */
  private String corrected(Token token) {
    String pos = token.pos() == null ? "" : token.pos();
    String word = token.text(normalized);
    char first = word.charAt(0);
    if (Character.isUpperCase(first) && Character.isLetter(first) && !pos.startsWith("PROPN")
        && !"I".equals(word) && !Lexicons.FUNCTION_WORDS.contains(word)
        && !isCommonNounAfterDeterminer(token, pos)
        && !analyzed.opensSentence(token.begin())
        && !analyzed.isTitleCase(analyzed.sentenceAt(token.begin()))) {
      return pos.contains("+") ? "PROPN" + pos.substring(pos.indexOf('+')) : "PROPN";
    }
    boolean noWordClass = pos.equals("PUNCT") || pos.equals("SYM") || pos.equals("X")
        || pos.equals("PRON") && !Lexicons.PERSONAL_PRONOUNS.contains(word)
            && !Lexicons.OBJECT_PRONOUNS.contains(word) && !Lexicons.FUNCTION_WORDS.contains(word)
            && !Lexicons.INDEFINITE_PRONOUNS.contains(word);
    if (Character.isLowerCase(first) && noWordClass
        && CueVerbs.isCue(analyzed.verbLemmaCandidates(word))) {
      return "VERB";
    }
    if (Character.isLowerCase(first) && isMisreadNoun(pos)
        && (Lexicons.ROLES.contains(word) || Lexicons.ORGANIZATION_HEADS.contains(word))) {
      return "NOUN";
    }
    if (Character.isLowerCase(first) && (pos.equals("PUNCT") || pos.equals("SYM"))
        && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
      return "NOUN";
    }
    if (Character.isLowerCase(first) && pos.equals("VERB") && Lexicons.ROLES.contains(word)
        && isBeforeName(token)) {
      return "NOUN";
    }
    return pos;
  }

  /** "said pollster/VERB Frank Luntz": the token right before a capitalised word. */
  private boolean isBeforeName(Token token) {
    int i = tokens.indexOf(token);
    if (i < 0 || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).text(normalized);
    return Character.isUpperCase(next.charAt(0)) && !Lexicons.FUNCTION_WORDS.contains(next);
  }

  List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  /** Token {@code i} as it reads in the normalised text ("O'Brien" for "O’Brien"). */
  public String word(int i) {
    return tokens.get(i).text(normalized);
  }

  String pos(int i) {
    return tags[i];
  }

  /** True when token {@code i}'s tag starts with {@code tag} ("PRON" matches "PRON+AUX"). */
  public boolean hasPos(int i, String tag) {
    return pos(i).startsWith(tag);
  }

  /** True when token {@code i} exists and is {@code word}, case-insensitively. */
  public boolean is(int i, String word) {
    return i >= 0 && i < size() && word.equalsIgnoreCase(word(i));
  }

  public int begin(int i) {
    return tokens.get(i).begin();
  }

  public int end(int i) {
    return tokens.get(i).end();
  }

  /** The article's own text from token {@code from} to token {@code to}, both included. */
  public String text(int from, int to) {
    return analyzed.text().substring(begin(from), end(to));
  }

  /** The normalised text at {@code span}. */
  String normalized(TextSpan span) {
    return span.cover(normalized);
  }

  public TextSpan span(int from, int to) {
    return new TextSpan(begin(from), end(to));
  }

  /** The article's own text at {@code span}. */
  String cut(TextSpan span) {
    return span.cover(analyzed.text());
  }

  /** True when tokens {@code i} and {@code i + 1} touch (no space between them). */
  boolean touches(int i) {
    return i + 1 < size() && end(i) == begin(i + 1);
  }

  public boolean isCapitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** The lemmatizer's best guess at token {@code i}'s lemma (read with its corrected tag). */
  String lemma(int i) {
    return lemmaCandidates(i).get(0);
  }

  /** The lemmatizer's guesses at token {@code i}'s lemma read as a verb, whatever its tag. */
  List<String> verbLemmas(int i) {
    return analyzed.verbLemmaCandidates(word(i));
  }

  private List<String> lemmaCandidates(int i) {
    Token t = tokens.get(i);
    return analyzed.lemmaCandidates(new Token(t.begin(), t.end(), tags[i]));
  }

  /**
   * True when token {@code i} is a speech verb used as a verb. An inflected form of "say" or "tell"
   * ("said", "told", "says") is one whatever its tag: the tagger calls "said" a noun next to quote
   * marks, and no noun is spelt so.
   */
  public boolean isCue(int i) {
    if (isInflectedSay(i)) {
      return !isPassive(i);
    }
    if (!CueVerbs.isCue(lemmaCandidates(i)) && !isPhrasalCue(i)
        || isBareAfterModal(i)
        || isPassive(i)) {
      return false;
    }
    return hasPos(i, "VERB") || CueVerbs.isSay(lemma(i)) && !hasPos(i, "NOUN");
  }

  /**
   * "shot back,", "chimed in:": a verb whose particle after it makes it a speech verb, the
   * particle ending the words or followed by a comma, a colon or "that" ("goes on recess" is no
   * cue).
   */
  private boolean isPhrasalCue(int i) {
    if (i + 1 >= size() || !hasPos(i, "VERB")) {
      return false;
    }
    if (i + 2 < size() && !is(i + 2, ",") && !is(i + 2, ":") && !is(i + 2, "that")) {
      return false;
    }
    return CueVerbs.takesParticle(lemmaCandidates(i), word(i + 1));
  }

  private boolean isInflectedSay(int i) {
    String lower = word(i).toLowerCase(Locale.ROOT);
    if (!Character.isLowerCase(word(i).charAt(0))) {
      return false;
    }
    for (String lemma : verbLemmas(i)) {
      if (CueVerbs.isSay(lemma) && !lemma.equals(lower)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code i} is a verb of any kind used as a finite or participle verb. */
  boolean isVerb(int i) {
    return hasPos(i, "VERB") && !isBareAfterModal(i) && !isPassive(i);
  }

  /** The index of the first token starting at or after {@code offset} ({@link #size} if none). */
  int indexFrom(int offset) {
    int i = 0;
    while (i < size() && begin(i) < offset) {
      i++;
    }
    return i;
  }

  /** The first {@code n} tokens. */
  Words head(int n) {
    return new Words(tokens.subList(0, n), analyzed, java.util.Arrays.copyOf(tags, n));
  }

  /** The tokens from {@code from} on. */
  Words tail(int from) {
    return new Words(tokens.subList(from, size()), analyzed,
        java.util.Arrays.copyOfRange(tags, from, size()));
  }

  /** "would add", "to note": a bare verb after a modal or "to" reports no speech act. */
  private boolean isBareAfterModal(int i) {
    String lower = word(i).toLowerCase(Locale.ROOT);
    if (i == 0 || CueVerbs.isSay(lemma(i)) || !lemma(i).equals(lower)) {
      return false;
    }
    return Lexicons.MODALS.contains(word(i - 1));
  }

  /** "had been reported", "was told": a passive participle is no speech act of the subject. */
  private boolean isPassive(int i) {
    return i > 0
        && Lexicons.PASSIVE_AUXILIARIES.contains(word(i - 1))
        && !word(i).toLowerCase(Locale.ROOT).endsWith("ing");
  }

  /** A word ending a clause for the cue readers: sentence punctuation, a quote mark, a colon. */
  static boolean isClauseEnd(String word) {
    return ".".equals(word)
        || ";".equals(word)
        || "?".equals(word)
        || "!".equals(word)
        || "\"".equals(word)
        || ":".equals(word);
  }

  /** "who", "which", "whose", "that", "where": opens a relative clause. */
  static boolean isRelative(String word) {
    return Lexicons.RELATIVE_PRONOUNS.contains(word);
  }

  /** A present participle ("saying", "adding"). */
  boolean isParticiple(int i) {
    return word(i).toLowerCase(Locale.ROOT).endsWith("ing");
  }

  /** A capitalised head is proper unless the tagger calls it a common word ("Critics said"). */
  boolean isProperHead(int i) {
    if (hasPos(i, "PROPN") || NameWords.isAcronym(word(i))) {
      return true;
    }
    if (!isCapitalised(i)) {
      return false;
    }
    boolean common = hasPos(i, "NOUN") || hasPos(i, "ADJ") || hasPos(i, "VERB");
    return !common || i > 0 && isCapitalised(i - 1) && !hasPos(i - 1, "DET");
  }

  /** A personal pronoun ("he", "she", "they"). */
  boolean isPersonalPronoun(int i) {
    return hasPos(i, "PRON") && Lexicons.PERSONAL_PRONOUNS.contains(word(i));
  }
}
