package io.saidwho.core.attribution;

import io.saidwho.core.attribution.cue.Cue;
import io.saidwho.core.attribution.cue.Frame;
import io.saidwho.core.attribution.cue.Mention;
import io.saidwho.core.name.NameIndex;
import io.saidwho.core.name.NameParts;
import io.saidwho.core.nlp.AnalyzedText;
import io.saidwho.core.quote.Quote;
import java.util.List;

/**
 * What a sieve may read of one article while the attribution runs: the text, the quotes, each
 * quote's cues, the article's names and the attributions made so far. Read-only: a sieve decides
 * by returning an {@link Attribution}, which the attributor records. The helpers build
 * attributions whose texts are cut from the article at their offsets. Not thread-safe.
 */
public interface SieveContext {

  AnalyzedText text();

  /** The article's quotes, in text order, with their kinds. */
  List<Quote> quotes();

  /** Quote {@code q}'s own cue, or null (see {@link io.saidwho.core.attribution.cue.CueReader}). */
  Cue cue(int q);

  /** Quote {@code q}'s cue in {@code frame}, or null. */
  Cue cue(int q, Frame frame);

  /** True when quote {@code q} is reported by a passive speech verb with no agent. */
  boolean isReportedWithoutAgent(int q);

  /** The attribution made so far for quote {@code q}, or null. */
  Attribution result(int q);

  /** The article's name index (names normalised; offsets cut them from the article). */
  NameIndex names();

  /** True when an earlier quote was attributed to this person (canonical or not). */
  boolean isSpeaker(String name);

  /**
   * An attribution to the person or organization {@code parts} names, canonicalised within the
   * article, as the mention and cue give it.
   */
  Attribution attribute(NameParts parts, Mention mention, Cue cue, String sieve, double confidence);

  /** An attribution of a mention the article never names (speaker null, mention recorded). */
  Attribution unnamed(Cue cue, String sieve, double confidence);
}
