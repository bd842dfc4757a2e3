package io.saidwho.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.saidwho.config.ConfigException;
import io.saidwho.config.JobConfig;
import io.saidwho.config.JobConfigLoader;
import io.saidwho.io.InputFiles;
import io.saidwho.io.UnusablePathException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

  private static final List<String> ODD_NAMES =
      List.of("x#y.txt", "q?x.txt", "%41.txt", "a:b.txt", "sp ace.txt", "[b].txt", "c{d}*.txt");

  @TempDir Path dir;

  private static InputFiles list(String paths, String... keyValues) throws Exception {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("input.path", paths);
    overrides.put("output.path", "unused");
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      overrides.put(keyValues[i], keyValues[i + 1]);
    }
    JobConfig config;
    try {
      config = JobConfigLoader.parse("{}", overrides, "test");
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e);
    }
    return InputListing.list(config, new Configuration());
  }

  @Test
  void fileNamesWithUriAndGlobCharactersAreKeptExactly() throws Exception {
    for (String name : ODD_NAMES) {
      Files.writeString(dir.resolve(name), "x");
    }

    InputFiles files = list(dir.toString());

    assertThat(files.files()).extracting(InputFile::name)
        .containsExactlyInAnyOrderElementsOf(ODD_NAMES);
    for (InputFile file : files.files()) {
      assertThat(file.path()).endsWith("/" + file.name());
      assertThat(Files.readString(Path.of(java.net.URI.create(file.uri())))).isEqualTo("x");
    }
  }

  @Test
  void filesNotReadAreListedWithTheirReason() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("notes.md"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "x");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.createDirectory(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

    InputFiles files = list(dir + "," + dir.resolve("a.txt"));

    assertThat(files.files()).extracting(InputFile::name).containsExactly("a.txt");
    assertThat(files.skipped()).extracting(s -> Path.of(s.path()).getFileName() + " " + s.reason())
        .containsExactlyInAnyOrder("notes.md unknown_extension", ".hidden.txt hidden",
            "_SUCCESS hidden", "sub directory", "gone.txt dangling_link", "a.txt listed_twice");
  }

  @Test
  void aSetFormatReadsOnlyItsExtensionsFromFolders() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("b.jsonl.gz"), "x");

    InputFiles files = list(dir.toString(), "input.format", "jsonl");

    assertThat(files.files()).extracting(InputFile::name).containsExactly("b.jsonl.gz");
    assertThat(files.skipped()).extracting(SkippedFile::reason).containsExactly("not_input_format");
    assertThat(files.countsByFormat()).containsExactly(Map.entry("jsonl", 1));
  }

  @Test
  void filesAreNumberedInInputOrder() throws Exception {
    Path second = Files.createDirectory(dir.resolve("second"));
    Files.writeString(second.resolve("a.txt"), "x");
    Files.writeString(dir.resolve("z.txt"), "x");
    Files.writeString(dir.resolve("b.txt"), "x");

    InputFiles files = list(dir.resolve("z.txt") + "," + second + "," + dir.resolve("b.txt"));

    assertThat(files.files()).extracting(f -> f.index() + ":" + f.name())
        .containsExactly("0:z.txt", "1:a.txt", "2:b.txt");
  }

  @Test
  void aFolderWithNothingToReadIsUnusable() throws Exception {
    Files.writeString(dir.resolve("notes.md"), "x");

    assertThatThrownBy(() -> list(dir.toString())).isInstanceOf(UnusablePathException.class)
        .hasMessageContaining("no input files");
  }
}
