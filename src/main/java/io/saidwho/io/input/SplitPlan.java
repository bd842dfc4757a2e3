package io.saidwho.io.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Groups the splits of a run into the bins that become the reading tasks: as many bins as the
 * input needs at {@code maxSplitBytes} each, but at least the cluster's parallelism (when there
 * are enough splits), balanced by estimated cost (largest first into the lightest bin). A split's
 * cost is its length (four times that when gzipped) plus a fixed cost per file, so many small
 * files do not make one bin heavy. Within a bin, splits are in input order. Stateless.
 */
public final class SplitPlan {

  /** The cost of opening one file, in bytes. */
  static final long OPEN_COST = 4096;
  /** How much larger gzipped input is once decompressed, roughly. */
  static final long GZIP_FACTOR = 4;

  private SplitPlan() {}

  /** The bins of {@code files}' splits; every split is in exactly one. */
  public static List<List<FileSplit>> bins(List<InputFile> files, long maxSplitBytes,
      int parallelism) {
    List<FileSplit> splits = new ArrayList<>();
    long total = 0;
    for (InputFile file : files) {
      for (FileSplit split : InputFormats.byLabel(file.format()).splits(file, maxSplitBytes)) {
        splits.add(split);
        total += cost(split);
      }
    }
    int count = (int) Math.min(splits.size(),
        Math.max(Math.min(parallelism, splits.size()), (total + maxSplitBytes - 1) / maxSplitBytes));
    return pack(splits, Math.max(count, 1));
  }

  private static List<List<FileSplit>> pack(List<FileSplit> splits, int count) {
    record Bin(List<FileSplit> splits, long[] cost) {}
    PriorityQueue<Bin> lightest = new PriorityQueue<>(Comparator.comparingLong(b -> b.cost()[0]));
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Bin bin = new Bin(new ArrayList<>(), new long[1]);
      bins.add(bin);
      lightest.add(bin);
    }
    List<FileSplit> byCost = new ArrayList<>(splits);
    byCost.sort(Comparator.comparingLong(SplitPlan::cost).reversed());
    for (FileSplit split : byCost) {
      Bin bin = lightest.poll();
      bin.splits().add(split);
      bin.cost()[0] += cost(split);
      lightest.add(bin);
    }
    List<List<FileSplit>> out = new ArrayList<>();
    Comparator<FileSplit> inputOrder = Comparator.comparingInt((FileSplit s) -> s.file().index())
        .thenComparingLong(FileSplit::start);
    for (Bin bin : bins) {
      bin.splits().sort(inputOrder);
      out.add(bin.splits());
    }
    return out;
  }

  static long cost(FileSplit split) {
    return split.length() * (split.file().isGzip() ? GZIP_FACTOR : 1) + OPEN_COST;
  }
}
