package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitPlanTest {

  private static List<InputFile> files(long... lengths) {
    List<InputFile> files = new ArrayList<>();
    for (long length : lengths) {
      int i = files.size();
      files.add(new InputFile(i, "file:/in/" + i + ".txt", "file:/in/" + i + ".txt", i + ".txt",
          length, "txt"));
    }
    return files;
  }

  @Test
  void smallInputsMakeAsManyBinsAsTheParallelismAndNoMore() {
    List<List<FileSplit>> bins = SplitPlan.bins(files(10, 20, 30, 40, 50), 1 << 20, 2);

    assertThat(bins).hasSize(2);
    assertThat(bins.stream().mapToInt(List::size).sum()).isEqualTo(5);
  }

  @Test
  void fewerSplitsThanParallelismMakeOneBinEach() {
    assertThat(SplitPlan.bins(files(10), 1 << 20, 8)).hasSize(1);
  }

  @Test
  void largeInputsMakeBinsOfAboutTheMaximumSplitSize() {
    long[] lengths = new long[100];
    Arrays.fill(lengths, 1000);

    List<List<FileSplit>> bins = SplitPlan.bins(files(lengths), 10_000, 2);

    assertThat(bins).hasSizeGreaterThanOrEqualTo(10);
    for (List<FileSplit> bin : bins) {
      assertThat(bin.stream().mapToLong(SplitPlan::cost).sum()).isLessThan(2 * 10_000 + 5000);
    }
  }

  @Test
  void binsAreBalancedByCostAndKeepInputOrderInside() {
    List<List<FileSplit>> bins = SplitPlan.bins(
        files(900_000, 100_000, 100_000, 100_000, 100_000, 500_000, 500_000), 1 << 30, 2);

    long a = bins.get(0).stream().mapToLong(SplitPlan::cost).sum();
    long b = bins.get(1).stream().mapToLong(SplitPlan::cost).sum();
    assertThat(Math.abs(a - b)).isLessThanOrEqualTo(SplitPlan.OPEN_COST + 100_000);
    for (List<FileSplit> bin : bins) {
      assertThat(bin).extracting(s -> s.file().index()).isSorted();
    }
  }
}
