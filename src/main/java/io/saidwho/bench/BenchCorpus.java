package io.saidwho.bench;

import io.saidwho.core.text.Article;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The corpus of one bench run: where the job reads it, and the sample the one-core baselines and
 * the core run over (the same articles the job sees, parsed the same way).
 */
interface BenchCorpus {

  /** A short name for the report and for file names in the work directory. */
  String name();

  /** Prepares the corpus for the job (generates or links it), once per work directory. */
  void prepare() throws IOException;

  /** The job's {@code input.path}. */
  String inputPath();

  /** The job's {@code input.format}, or null to go by file extension. */
  String inputFormat();

  /** The first {@code size} articles of the corpus (fewer when it is smaller). */
  List<Article> sample(int size) throws IOException;

  /**
   * A corpus of the first {@code size} articles of this one, for the job's warm-up run, so that
   * the job warms up on the kind of text it is then measured on, as the one-core baselines do
   * (they warm up on their sample); empty when this corpus cannot be cut (the caller then warms
   * up on synthetic articles). Not prepared yet.
   */
  Optional<BenchCorpus> head(long size) throws IOException;
}
