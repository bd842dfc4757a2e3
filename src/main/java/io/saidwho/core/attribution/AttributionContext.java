package io.saidwho.core.attribution;

import io.saidwho.core.name.NameIndex;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the sieves share for one article: the analyzed text, its quotes, the attributions made so
 * far, the article's name index, and each quote's cue (found once, on first request). Built by
 * {@link SieveAttributor} per article; not thread-safe.
 */
public final class AttributionContext {

  private final AnalyzedText text;
  private final List<Quote> quotes;
  private final Attribution[] results;
  private final QuoteRegions regions;
  private NameIndex names;
  private final LocatedCue[] cues;
  private final boolean[] cueDone;
  private final Set<String> speakers = new HashSet<>();

  AttributionContext(AnalyzedText text, List<Quote> quotes) {
    this.text = text;
    this.quotes = List.copyOf(quotes);
    this.results = new Attribution[quotes.size()];
    this.regions = new QuoteRegions(text, this.quotes);
    this.cues = new LocatedCue[quotes.size()];
    this.cueDone = new boolean[quotes.size()];
  }

  public AnalyzedText text() {
    return text;
  }

  public List<Quote> quotes() {
    return quotes;
  }

  /** The article's name index, built on first use (articles without quotes never need it). */
  NameIndex names() {
    if (names == null) {
      names = NameIndex.of(text.text());
    }
    return names;
  }

  QuoteRegions regions() {
    return regions;
  }

  /** The attribution made so far for quote {@code q}, or null. */
  Attribution result(int q) {
    return results[q];
  }

  void record(int q, Attribution attribution) {
    results[q] = attribution;
    if (attribution.hasSpeaker() && attribution.speakerType() == SpeakerType.PERSON) {
      speakers.add(attribution.speaker());
    }
  }

  /** True when an earlier quote was attributed to this person. */
  boolean isSpeaker(String name) {
    return speakers.contains(name) || speakers.contains(names().canonical(name));
  }

  /** The quote's cue and subject, from after, before or a colon lead-in; null when none. */
  LocatedCue cue(int q) {
    if (!cueDone[q]) {
      cues[q] = findCue(q);
      cueDone[q] = true;
    }
    return cues[q];
  }

  private LocatedCue findCue(int q) {
    LocatedCue cue = findRawCue(q);
    if (cue == null || !isKnownName(cue.mention())) {
      return cue;
    }
    Mention m = cue.mention();
    String head = m.text().substring(m.text().lastIndexOf(' ') + 1);
    Mention named = Mention.of(m.span(), m.text(), head, m.apposition());
    return new LocatedCue(new CueMatch(cue.cue(), named), cue.region());
  }

  /** A capitalised description the tagger misread that the article uses as a person's name. */
  private boolean isKnownName(Mention m) {
    return m.kind() == MentionKind.DESCRIPTION
        && Character.isUpperCase(m.text().charAt(0))
        && !m.text().contains(" ")
        && names().isKnownPerson(m.text());
  }

  private LocatedCue findRawCue(int q) {
    CueMatch after = CueMatcher.matchAfter(regions.after(q));
    if (after != null) {
      return new LocatedCue(after, Region.AFTER);
    }
    Words before = regions.before(q);
    if (before.size() > 0) {
      CueMatch match = CueMatcher.matchBefore(trimColon(before));
      if (match == null) {
        match = CueMatcher.matchFrontedParticiple(before, regions.after(q));
      }
      if (match == null && endsWithColon(before)) {
        match = CueMatcher.matchClauseSubject(trimColon(before));
      }
      Region region = endsWithColon(before) ? Region.COLON : Region.BEFORE;
      return match == null ? null : new LocatedCue(match, region);
    }
    Words leadIn = regions.previousParagraphLeadIn(q);
    if (leadIn != null && endsWithColon(leadIn)) {
      CueMatch match = CueMatcher.matchBefore(trimColon(leadIn));
      if (match == null) {
        match = CueMatcher.matchClauseSubject(trimColon(leadIn));
      }
      return match == null ? null : new LocatedCue(match, Region.COLON);
    }
    return null;
  }

  /** A lead-in ends in a colon or a dash: {@code X told members:}, {@code X didn't hesitate —}. */
  private static boolean endsWithColon(Words w) {
    if (w.size() == 0) {
      return false;
    }
    String last = w.word(w.size() - 1);
    return ":".equals(last) || "\u2014".equals(last) || "\u2013".equals(last) || "--".equals(last);
  }

  private static Words trimColon(Words w) {
    return endsWithColon(w) ? w.head(w.size() - 1) : w;
  }

  /** An attribution to the name in {@code parts} (canonicalised when a person). */
  Attribution named(
      NameParts parts, String title, Mention mention, String cue, String sieve, double confidence) {
    if (parts.organization()) {
      return new Attribution(
          parts.name(),
          title,
          SpeakerType.ORGANIZATION,
          mentionText(mention),
          mention == null ? null : mention.span(),
          cue,
          sieve,
          confidence);
    }
    return new Attribution(
        names().canonical(parts.name()),
        title,
        SpeakerType.PERSON,
        mentionText(mention),
        mention == null ? null : mention.span(),
        cue,
        sieve,
        confidence);
  }

  /** An attribution to the name a cue's mention gives. */
  Attribution named(LocatedCue cue, String sieve, double confidence) {
    Mention m = cue.mention();
    return named(m.parts(), m.title(), m, cue.cue(), sieve, confidence);
  }

  private static String mentionText(Mention mention) {
    return mention == null ? null : mention.text();
  }
}
