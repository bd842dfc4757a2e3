package io.saidwho.io;

import io.saidwho.io.input.FileOpener;
import io.saidwho.io.input.FileSplit;
import io.saidwho.io.input.HadoopFileOpener;
import io.saidwho.io.input.SplitPlan;
import io.saidwho.io.input.SplitReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads the input records of a run, one row per record ({@link InputRows#SCHEMA}): an article or
 * a reject. The driver's file list is cut into splits and the splits into bins ({@link
 * SplitPlan}); each bin is one partition, whose task opens its files one at a time through
 * Hadoop and streams their records with each file's {@code InputFormat}. No Spark file source is
 * used, so no path is globbed or re-parsed, no file listing job runs, and a file that vanished
 * becomes a reject. No shuffle: the NLP step runs on these partitions.
 */
public final class ArticleSource {

  /**
   * The most input bytes in one bin, whatever {@code spark.sql.files.maxPartitionBytes} says
   * when it is larger: the task that reads a bin also runs the NLP over it (about 5,000 news
   * articles, tens of CPU seconds), so bins sized for a scan (128 MiB) made 3 tasks of 100,000
   * articles for 2 cores, one of them running alone at the end, and cache blocks of 400 MB.
   */
  public static final long MAX_BIN_BYTES = 16L * 1024 * 1024;

  private ArticleSource() {}

  /** Every record of {@code files}, each an article or a reject. */
  public static Dataset<Row> read(SparkSession spark, InputFiles files, int maxArticleChars) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<List<FileSplit>> bins = SplitPlan.bins(files.files(),
        Math.min(spark.sessionState().conf().filesMaxPartitionBytes(), MAX_BIN_BYTES),
        jsc.defaultParallelism());
    List<ArrayList<FileSplit>> serializable = new ArrayList<>();
    bins.forEach(bin -> serializable.add(new ArrayList<>(bin)));
    FileOpener opener = new HadoopFileOpener(
        SerializableConfiguration.broadcast(spark.sparkContext()));
    JavaRDD<Row> records = jsc.parallelize(serializable, serializable.size())
        .mapPartitions(new ReadBins(opener, new RecordParser(maxArticleChars)));
    return spark.createDataFrame(records, InputRows.SCHEMA);
  }

  /** The records of a partition's bins, as rows. */
  private static final class ReadBins
      implements FlatMapFunction<Iterator<ArrayList<FileSplit>>, Row> {

    private static final long serialVersionUID = 1L;

    private final FileOpener opener;
    private final RecordParser parser;

    ReadBins(FileOpener opener, RecordParser parser) {
      this.opener = opener;
      this.parser = parser;
    }

    @Override
    public Iterator<Row> call(Iterator<ArrayList<FileSplit>> bins) {
      List<FileSplit> splits = new ArrayList<>();
      bins.forEachRemaining(splits::addAll);
      SplitReader records = new SplitReader(splits.iterator(), opener, parser);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public Row next() {
          return InputRows.of(records.next());
        }
      };
    }
  }
}
