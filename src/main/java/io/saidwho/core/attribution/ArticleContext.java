package io.saidwho.core.attribution;

import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.attribution.cue.CueReader;
import io.saidwho.core.attribution.cue.Frame;
import io.saidwho.core.attribution.cue.Mention;
import io.saidwho.core.attribution.cue.MentionKind;
import io.saidwho.core.name.NameIndex;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.name.NameWords;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import io.saidwho.core.text.FrozenList;
import io.saidwho.core.text.QuoteMarkNormalizer;
import io.saidwho.core.text.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link SieveContext} of one article: the analyzed text, its quotes, the attributions made so
 * far, the article's name index (built on first use) and the cue reader. Names are compared in the
 * normalised copy of the text; every speaker, title and mention handed out is cut from the
 * article's own text at its offsets. Built by {@link SieveAttributor} per article; not
 * thread-safe.
 */
final class ArticleContext implements SieveContext {

  private final AnalyzedText text;
  private final List<Quote> quotes;
  private final Attribution[] results;
  private NameIndex names;
  private CueReader cues;
  private final Set<String> speakers = new HashSet<>();

  ArticleContext(AnalyzedText text, List<Quote> quotes) {
    this.text = text;
    this.quotes = FrozenList.copyOf(quotes);
    this.results = new Attribution[quotes.size()];
  }

  @Override
  public AnalyzedText text() {
    return text;
  }

  @Override
  public List<Quote> quotes() {
    return quotes;
  }

  @Override
  public NameIndex names() {
    if (names == null) {
      names = NameIndex.of(text.normalizedText());
    }
    return names;
  }

  @Override
  public Attribution result(int q) {
    return results[q];
  }

  void record(int q, Attribution attribution) {
    results[q] = attribution;
    if (attribution.hasSpeaker() && attribution.speakerType() == SpeakerType.PERSON) {
      speakers.add(normalized(attribution.speaker()));
    }
  }

  @Override
  public boolean isSpeaker(String name) {
    return speakers.contains(name) || speakers.contains(names().canonical(name));
  }

  @Override
  public Cue cue(int q) {
    return reader().cue(q);
  }

  @Override
  public boolean isReportedWithoutAgent(int q) {
    return reader().isReportedWithoutAgent(q);
  }

  @Override
  public Cue cue(int q, Frame frame) {
    return reader().cue(q, frame);
  }

  private CueReader reader() {
    if (cues == null) {
      cues = new CueReader(text, quotes, names());
    }
    return cues;
  }

  @Override
  public Attribution attribute(
      NameParts parts, Mention mention, Cue cue, String sieve, double confidence) {
    String verb = cue == null ? null : cue.verb();
    String title = title(parts, mention);
    TextSpan span = mention == null ? null : mention.span();
    String said = mention == null ? null : mention.text();
    if (mention != null && mention.kind() == MentionKind.GROUP) {
      return new Attribution(said, title, SpeakerType.GROUP, said, span, verb, sieve, confidence);
    }
    SpeakerType type = parts.organization() ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
    return new Attribution(
        speaker(parts), title, type, said, span, verb, sieve, confidence);
  }

  @Override
  public Attribution unnamed(Cue cue, String sieve, double confidence) {
    Mention m = cue.mention();
    return new Attribution(null, null, null, m.text(), m.span(), cue.verb(), sieve, confidence);
  }

  /** The speaker as the article writes it: organizations as named, people canonicalised. */
  private String speaker(NameParts parts) {
    if (parts.organization()) {
      NameParts fuller = parts.nameWords().size() == 1
          && NameWords.isOrganizationHead(parts.name()) ? names().fullerOrganization(parts.name())
          : null;
      if (fuller != null) {
        return cut(fuller.nameSpan(), fuller.name());
      }
      TextSpan expansion = NameWords.isAcronym(parts.name())
          ? names().expansionOf(parts.name()) : null;
      return expansion != null ? cut(expansion, null) : cut(parts.nameSpan(), parts.name());
    }
    String canonical = names().canonical(parts.name());
    TextSpan span = names().spanOf(canonical);
    if (span == null && canonical.equals(parts.name())) {
      span = parts.nameSpan();
    }
    return cut(span, canonical);
  }

  private String title(NameParts parts, Mention mention) {
    if (mention != null && mention.kind() == MentionKind.NAME && mention.titleSpan() != null) {
      return cut(mention.titleSpan(), null);
    }
    return cut(parts.titleSpan(), parts.title());
  }

  /** The article's text at {@code span}, or {@code fallback} when there is no span. */
  private String cut(TextSpan span, String fallback) {
    return span == null ? fallback : span.cover(text.text());
  }

  /** {@code name} as it reads in the normalised text (same length, ASCII marks). */
  static String normalized(String name) {
    return name == null ? null : QuoteMarkNormalizer.normalize(name);
  }
}
