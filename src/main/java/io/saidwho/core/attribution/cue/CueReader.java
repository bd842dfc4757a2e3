package io.saidwho.core.attribution.cue;

import io.saidwho.core.name.NameIndex;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cues of an article's quotes from the words around each quote ({@link QuoteRegions}),
 * in the frames of news writing ({@link Frame}). A quote's own cue ({@link #cue}) is the first
 * frame that reads: after the quote, before it (a colon lead-in there is a {@link Frame#COLON}),
 * then a colon lead-in closing the previous paragraph. {@link Frame#ACCORDING_TO} and {@link
 * Frame#DASH} are read apart ({@link #cue(int, Frame)}). Each reading is done once per quote, on
 * first request; only the sentences read are tagged. One per article; not thread-safe.
 */
public final class CueReader {

  private final QuoteRegions regions;
  private final AnalyzedText text;
  private final List<Quote> quotes;
  private final NameIndex names;
  private final Map<Frame, Cue>[] read;
  private final Cue[] own;
  private final boolean[] ownRead;

  @SuppressWarnings("unchecked")
  public CueReader(AnalyzedText text, List<Quote> quotes, NameIndex names) {
    this.text = text;
    this.quotes = quotes;
    this.names = names;
    this.regions = new QuoteRegions(text, quotes, names::isKnownPerson);
    this.read = new Map[quotes.size()];
    this.own = new Cue[quotes.size()];
    this.ownRead = new boolean[quotes.size()];
  }

  /** True when the quote is reported by a passive speech verb with no agent ("is described as"). */
  public boolean isReportedWithoutAgent(int q) {
    return BeforeCue.endsWithAgentlessPassive(regions.before(q));
  }

  /**
   * The quote's own cue and subject, or null when it has none. "According to" in the quote's
   * sentence ({@code “…,” according to the news outlet}) outranks a writer's clause or a lead-in
   * sentence, never a speech verb of the quote's own.
   */
  public Cue cue(int q) {
    if (!ownRead[q]) {
      Cue cue = readOwn(q);
      if (cue == null || cue.frame() == Frame.CLAUSE || cue.frame() == Frame.LEAD_IN) {
        Cue accordingTo = cue(q, Frame.ACCORDING_TO);
        cue = accordingTo != null ? accordingTo : cue;
      }
      Cue named = knownName(cue);
      own[q] = PollSource.hasShareSubject(named, regions.before(q))
          ? PollSource.read(named, regions.sentenceBefore(q)) : named;
      ownRead[q] = true;
    }
    return own[q];
  }

  /** The quote's cue in {@code frame} ({@link Frame#ACCORDING_TO} or {@link Frame#DASH} read on
   * their own; any other frame only when it is the quote's own cue), or null. */
  public Cue cue(int q, Frame frame) {
    if (frame != Frame.ACCORDING_TO && frame != Frame.DASH) {
      Cue cue = cue(q);
      return cue != null && cue.frame() == frame ? cue : null;
    }
    if (read[q] == null) {
      read[q] = new EnumMap<>(Frame.class);
    }
    if (!read[q].containsKey(frame)) {
      read[q].put(frame, frame == Frame.DASH
          ? DashCue.read(text, quotes.get(q))
          : AccordingTo.read(regions.after(q), regions.before(q)));
    }
    return read[q].get(frame);
  }

  /**
   * The quote's own cue: a passive agent, a cue woven around it, the reporting clause after it,
   * the words before it in its sentence, a colon lead-in closing the paragraph before, else a
   * lead-in sentence.
   */
  private Cue readOwn(int q) {
    Cue agent = BeforeCue.passiveAgent(regions.before(q), regions.after(q));
    if (agent != null) {
      return agent;
    }
    if (isWovenMidSentence(q)) {
      Cue woven = readBefore(q);
      if (woven != null && woven.frame() == Frame.BEFORE) {
        return orReportingClause(q, woven);
      }
    }
    if (regions.endsOnComma(q) && (opensWithRelativeAdverbial(regions.before(q))
        || isInsideOpeningSubordinateClause(q))) {
      Cue fronted = readBefore(q);
      if (fronted != null && fronted.frame() == Frame.BEFORE) {
        return fronted;
      }
    }
    Cue after = AfterCue.read(regions.after(q), regions.endsOnAttribution(q));
    if (after != null && !regions.endsOnComma(q)
        && AfterCue.opensOwnReport(regions.after(q), after)) {
      after = null;
    }
    if (after != null) {
      Cue lead = regions.endsOnComma(q) || !opensNewSentence(regions.after(q))
          ? null : speechVerbColonLeadIn(q);
      return lead != null ? lead : after;
    }
    if (regions.before(q).size() > 0) {
      Cue before = readBefore(q);
      return before != null && before.frame() != Frame.CLAUSE ? before : orTrailing(q, before);
    }
    Words leadIn = regions.previousParagraphLeadIn(q);
    if (leadIn != null && BeforeCue.endsWithColon(leadIn)) {
      return BeforeCue.readColon(leadIn);
    }
    return LeadInCue.read(regions, q);
  }

  /**
   * "Roe responded: “Why now?” Her critics cited it as proof.": a colon lead-in with a speech verb
   * introduces the quote; a clause after a quote that does not end on a comma is the next
   * sentence, not its attribution. Null when the lead-in has no speech verb.
   */
  private Cue speechVerbColonLeadIn(int q) {
    Words before = regions.before(q);
    if (before.size() == 0 || !before.is(before.size() - 1, ":")) {
      return null;
    }
    Cue lead = readBefore(q);
    return lead != null && lead.frame() == Frame.COLON && lead.verb() != null ? lead : null;
  }

  private static boolean opensNewSentence(Words after) {
    return after.size() > 0 && after.isCapitalised(0);
  }

  /**
   * "Sales were “flat” as buyers waited for a “calmer market”, he said.": a reporting clause ending
   * the sentence beyond later quotes reports this quote too, before the writer's clause it is woven
   * into ({@code fallback}).
   */
  private Cue orTrailing(int q, Cue fallback) {
    Cue trailing = AfterCue.trailingClause(regions.restOfSentence(q));
    return trailing != null ? trailing : fallback;
  }

  private Cue readBefore(int q) {
    Words before = regions.before(q);
    if (before.size() == 0) {
      return null;
    }
    boolean followsQuote = regions.beforeFollowsQuote(q);
    return BeforeCue.read(before, regions.after(q),
        followsQuote ? regions.sentenceBefore(q) : before, followsQuote);
  }

  /**
   * "It has used “…” in its dealings, said Jane Roe, an expert.": a verb that is no speech verb
   * takes the woven quote as its object, and a thing does not speak ("the treaty signals “…” for
   * the union, said Jane Roe"); a reporting clause ending the sentence (naming someone, after a
   * thing) reports the quote.
   */
  private Cue orReportingClause(int q, Cue woven) {
    boolean speech = woven.verb() != null && CueVerbs.isCue(text.verbLemmaCandidates(woven.verb()));
    if (speech && !isThingDescription(woven.mention())) {
      return woven;
    }
    Cue reporting = AfterCue.trailingClause(regions.after(q));
    boolean named = reporting != null && reporting.mention().kind() == MentionKind.NAME;
    return reporting != null && (!speech || named) ? reporting : woven;
  }

  /** "the treaty", "the rejection": a description whose head names no person. */
  private static boolean isThingDescription(Mention mention) {
    return mention.kind() == MentionKind.DESCRIPTION && !NounPhrases.isPersonNoun(mention.head());
  }

  /**
   * "In a clip that the judge called “…,” Roe …", "In what he called a “…,” Roe …": words before
   * the quote that open the sentence with a preposition and a relative clause are a fronted
   * adverbial; a cue in them reports the quote, and the clause after the quote is the sentence's
   * own.
   */
  private static boolean opensWithRelativeAdverbial(Words before) {
    if (before.size() < 3 || !before.hasPos(0, "ADP") || !before.isCapitalised(0)) {
      return false;
    }
    for (int i = 1; i < before.size(); i++) {
      if (before.is(i, ",")) {
        return false;
      }
      if (before.is(i, "that") || before.is(i, "what") || before.is(i, "which")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Although Roe admitted that they had “been friends,” she claimed …": a quote ending on a comma
   * inside a subordinate clause that opens its sentence (no comma of the sentence before it) is
   * reported in that clause; the main clause after the comma is no reporting clause of it.
   */
  private boolean isInsideOpeningSubordinateClause(int q) {
    Words before = regions.before(q);
    Words opening = regions.beforeFollowsQuote(q) ? regions.sentenceOpening(q) : before;
    int first = BeforeCue.openingSubordinator(opening);
    if (first < 0 || opening.size() < first + 2 || !opening.isCapitalised(first)) {
      return false;
    }
    for (int i = 0; i < before.size(); i++) {
      if (before.is(i, ",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "X said instead of the “…” New Labour had promised": a quote closed with no punctuation inside
   * or right after it, with words before it, is part of the sentence that reports it; the words
   * after it go on with that sentence (a relative clause, an object), so a speech verb before it
   * is its cue first.
   */
  private boolean isWovenMidSentence(int q) {
    return regions.before(q).size() > 0 && !regions.endsOnAttribution(q)
        && !regions.endsSentence(quotes.get(q)) && !regions.closesOnPunctuation(q);
  }

  /**
   * A capitalised one-word description the tagger misread ("Critics" is a noun, "Roe" may be too)
   * that the article uses as a person's name reads as that name.
   */
  private Cue knownName(Cue cue) {
    if (cue == null || cue.mention().kind() != MentionKind.DESCRIPTION) {
      return cue;
    }
    Mention m = cue.mention();
    String word = m.span().cover(text.normalizedText());
    if (!Character.isUpperCase(word.charAt(0)) || word.contains(" ")
        || !names.isKnownPerson(word)) {
      return cue;
    }
    NameParts parts = NameParts.parse(word, m.span().begin());
    return parts.hasName()
        ? new Cue(cue.frame(), cue.verb(), cue.verbSpan(), m.asName(word, parts))
        : cue;
  }
}
