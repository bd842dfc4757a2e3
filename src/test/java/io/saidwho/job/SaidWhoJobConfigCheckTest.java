package io.saidwho.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the job makes on the driver before any Spark work: no session is started here. */
class SaidWhoJobConfigCheckTest {

  @Test
  void unknownSieveNameExitsWithCode2ListingTheValidSieves(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("job.json");
    Files.writeString(conf, "{\"input\": {\"path\": \"sample-data/articles\"},"
        + " \"output\": {\"path\": \"" + dir.resolve("out") + "\"},"
        + " \"attribution\": {\"sieves\": [\"pronoun\", \"telepathy\"]}}");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = SaidWhoJob.execute(new String[] {"--conf", conf.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(SaidWhoJob.EXIT_USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("attribution.sieves", "'telepathy'", "cue-adjacency", "continuation");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
