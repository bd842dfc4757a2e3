package io.saidwho.job;

import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.ArticleResult;
import io.saidwho.io.InputRows;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RejectReason;
import io.saidwho.io.ResultRows;
import io.saidwho.io.input.InputRecord;
import io.saidwho.models.NlpModels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP step: read input records ({@code InputRows.SCHEMA}: articles or rejects) in, one
 * processed row per record ({@code Processed.SCHEMA}) out. Builds one {@link ArticleProcessor} per
 * partition over the JVM's shared models, then turns each record into an article (with its
 * sentences and quotes) or a reject, lazily, one record at a time. An exception from the core on
 * one article becomes a {@code process_failed} reject (logged with its stack trace); the reject
 * ratio check stops a run where that happens often.
 */
public final class ProcessArticlesFn implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ProcessArticlesFn.class);

  private final List<String> sieveOrder;

  /** @param sieveOrder attribution sieve names in order, or null for the core's default order */
  public ProcessArticlesFn(List<String> sieveOrder) {
    this.sieveOrder = sieveOrder == null ? null : new ArrayList<>(sieveOrder);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    NlpModels models = NlpModels.shared();
    ArticleProcessor processor =
        sieveOrder == null ? models.newProcessor() : models.newProcessor(sieveOrder);
    return new MappingIterator<>(records, row -> process(InputRows.toRecord(row), processor));
  }

  private static Row process(InputRecord record, ArticleProcessor processor) {
    ParsedRecord parsed = record.parsed();
    if (parsed.isRejected()) {
      return ResultRows.of(parsed.reject(), record.recordKey());
    }
    String inputFile = record.inputFile();
    ArticleResult result;
    try {
      result = processor.process(parsed.article());
    } catch (RuntimeException e) {
      LOG.warn("The core failed on article {} of {}", parsed.article().id(), inputFile, e);
      return ResultRows.of(RejectReason.PROCESS_FAILED.reject(parsed.article().id(),
          inputFile, e.toString(), parsed.article().text()), record.recordKey());
    }
    return ResultRows.of(result, record);
  }
}
