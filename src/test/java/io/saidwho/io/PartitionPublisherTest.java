package io.saidwho.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish by renames resumes from any crash point: rolled forward it ends with every table
 * new, rolled back with every table as before; and {@link RunRecovery} picks the direction from
 * the commit marker. Partitions here are folders holding one file that says which run wrote them.
 */
class PartitionPublisherTest {

  private static final List<String> TABLES = List.of("articles", "quotes", "speakers");
  private static final String RUN = "run-new";

  @TempDir Path out;
  private FileSystem fs;
  private OutputLayout layout;

  @BeforeEach
  void previousAndStagedPartitions() throws Exception {
    fs = FileSystem.getLocal(new Configuration());
    layout = OutputLayout.of(out.toString(), LocalDate.of(2026, 1, 15));
    for (String table : TABLES) {
      write(out.resolve(table).resolve("batch_date=2026-01-15"), "previous");
      write(out.resolve(table).resolve("batch_date=2026-01-14"), "other-date");
      write(local(layout.staged(RUN, table)), "new");
    }
  }

  private Path local(org.apache.hadoop.fs.Path path) {
    return HadoopFiles.localFile(fs, path);
  }

  private static void write(Path partition, String who) throws Exception {
    Files.createDirectories(partition);
    Files.writeString(partition.resolve("part-0.parquet"), who, StandardCharsets.UTF_8);
  }

  private String published(String table, String date) throws Exception {
    Path file = out.resolve(table).resolve("batch_date=" + date).resolve("part-0.parquet");
    return Files.exists(file) ? Files.readString(file) : "absent";
  }

  private void assertEveryTable(String who) throws Exception {
    for (String table : TABLES) {
      assertThat(published(table, "2026-01-15")).as(table).isEqualTo(who);
      assertThat(published(table, "2026-01-14")).as(table).isEqualTo("other-date");
    }
  }

  private PartitionPublisher publisher() {
    return new PartitionPublisher(fs, layout, RUN, TABLES);
  }

  @Test
  void rollForwardPublishesEveryTableAndKeepsThePreviousAside() throws Exception {
    publisher().rollForward(table -> { });

    assertEveryTable("new");
    for (String table : TABLES) {
      assertThat(Files.readString(local(layout.aside(RUN, table)).resolve("part-0.parquet")))
          .isEqualTo("previous");
    }
  }

  @Test
  void aPublishStoppedAfterAnyTableResumesForwardOrBack() throws Exception {
    for (int stopAfter = 1; stopAfter < TABLES.size(); stopAfter++) {
      previousAndStagedPartitionsAgain();
      stopAfter(stopAfter);
      assertNoTableMixesRuns();
      publisher().rollForward(table -> { });
      assertEveryTable("new");

      previousAndStagedPartitionsAgain();
      stopAfter(stopAfter);
      publisher().rollBack();
      assertEveryTable("previous");
    }
  }

  @Test
  void aPublishStoppedWhileSettingThePreviousAsideResumes() throws Exception {
    HadoopFiles.move(fs, layout.partition("articles"), layout.aside(RUN, "articles"));

    publisher().rollForward(table -> { });

    assertEveryTable("new");
  }

  @Test
  void recoveryRollsARunWithACommitMarkerForwardAndWritesItsManifest() throws Exception {
    Map<String, Object> manifest = new LinkedHashMap<>(Map.of("run_id", RUN, "status",
        "succeeded"));
    HadoopFiles.writeJson(fs, layout.commitMarker(RUN), Map.of("tables", TABLES,
        "manifest", manifest));
    stopAfter(1);

    Map<String, String> repaired = new RunRecovery(fs, layout, "run-next").repair(TABLES);

    assertThat(repaired).containsExactly(Map.entry(RUN, RunRecovery.ROLLED_FORWARD));
    assertEveryTable("new");
    assertThat(local(layout.runStaging(RUN))).doesNotExist();
    assertThat(Files.readString(out.resolve("_manifests").resolve(RUN + ".json")))
        .contains("\"status\" : \"succeeded\"", "\"recovered_by\" : \"run-next\"");
  }

  @Test
  void recoveryRollsARunWithoutCommitMarkerBackAndMarksItFailed() throws Exception {
    HadoopFiles.writeJson(fs, new org.apache.hadoop.fs.Path(layout.root(),
        "_manifests/" + RUN + ".json"), Map.of("run_id", RUN, "status", "running"));
    Files.createDirectories(out.resolve("quotes").resolve(".spark-staging-1234"));

    Map<String, String> repaired = new RunRecovery(fs, layout, "run-next").repair(TABLES);

    assertThat(repaired).containsExactly(Map.entry(RUN, RunRecovery.ROLLED_BACK));
    assertEveryTable("previous");
    assertThat(local(layout.runStaging(RUN))).doesNotExist();
    assertThat(out.resolve("quotes").resolve(".spark-staging-1234")).doesNotExist();
    assertThat(Files.readString(out.resolve("_manifests").resolve(RUN + ".json")))
        .contains("\"status\" : \"failed\"", "abandoned", "\"recovered_by\" : \"run-next\"");
  }

  @Test
  void recoveryLeavesTheRunningRunAlone() throws Exception {
    assertThat(new RunRecovery(fs, layout, RUN).repair(TABLES)).isEmpty();
    assertThat(local(layout.staged(RUN, "quotes"))).exists();
  }

  @Test
  void moveNeverMergesIntoAnExistingFolder() {
    assertThatThrownBy(() -> HadoopFiles.move(fs, layout.staged(RUN, "quotes"),
        layout.partition("quotes"))).hasMessageContaining("the target exists");
  }

  private void stopAfter(int tables) throws Exception {
    int[] moved = {0};
    assertThatThrownBy(() -> publisher().rollForward(table -> {
      if (++moved[0] == tables) {
        throw new IllegalStateException("stop");
      }
    })).hasMessage("stop");
  }

  /** Each table is previous, absent or new, and never previous beside new across tables. */
  private void assertNoTableMixesRuns() throws Exception {
    List<String> states = new java.util.ArrayList<>();
    for (String table : TABLES) {
      states.add(published(table, "2026-01-15"));
    }
    assertThat(states).doesNotContain("previous").contains("new");
  }

  private void previousAndStagedPartitionsAgain() throws Exception {
    for (Path child : List.of(out.resolve("articles"), out.resolve("quotes"),
        out.resolve("speakers"), out.resolve("_staging"))) {
      fs.delete(new org.apache.hadoop.fs.Path(child.toUri()), true);
    }
    previousAndStagedPartitions();
  }
}
