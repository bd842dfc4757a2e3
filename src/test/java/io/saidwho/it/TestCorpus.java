package io.saidwho.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Inputs for the integration tests: the sample articles, a folder holding one record the job
 * must reject (not UTF-8), an invented page and wire articles repeating one statement, and a generated corpus of many distinct articles made from the
 * samples (article {@code i} is sample {@code i mod n} with its lines rotated by {@code i / n}),
 * deterministic so two runs see the same input. Stateless.
 */
public final class TestCorpus {

  /** The checked-in sample articles (run from the project folder, as Maven does). */
  public static final Path SAMPLE_ARTICLES = Path.of("sample-data", "articles").toAbsolutePath();

  private TestCorpus() {}

  /** The sample article texts by file name and by file name without {@code .txt}. */
  public static Map<String, String> sampleTexts() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Path file : sampleFiles()) {
      String name = file.getFileName().toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      texts.put(name, text);
      texts.put(name.substring(0, name.length() - ".txt".length()), text);
    }
    return texts;
  }

  /** Writes a folder with one Latin-1 (not UTF-8) {@code .txt} file, which the job rejects. */
  public static Path writeRejectedInput(Path dir) throws IOException {
    Files.createDirectories(dir);
    writeLatin1(dir.resolve("latin1-article.txt"));
    return dir;
  }

  /** Writes an invented news page, navigation, scripts and all, as {@code dir/page.html}. */
  public static Path writeHtmlPage(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (InputStream page = TestCorpus.class.getResourceAsStream("/pages/harbour-bridge.html")) {
      Files.copy(page, dir.resolve("page.html"));
    }
    return dir;
  }

  /**
   * Writes three invented wire articles as {@code dir/repeated-statement.jsonl}: one statement
   * quoted in each (and in {@link #writeHtmlPage}'s page), attributed to a full name, to its
   * surname alone and to someone else, so the cross-article queries have repeats and a
   * disagreement to answer.
   */
  public static Path writeRepeatedStatement(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (InputStream lines = TestCorpus.class.getResourceAsStream(
        "/articles/repeated-statement.jsonl")) {
      Files.copy(lines, dir.resolve("repeated-statement.jsonl"));
    }
    return dir;
  }

  /** Writes {@code count} generated articles (plus one file to reject) into {@code dir}. */
  public static Path writeGenerated(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    List<List<String>> samples = new ArrayList<>();
    for (Path file : sampleFiles()) {
      samples.add(Files.readAllLines(file, StandardCharsets.UTF_8));
    }
    for (int i = 0; i < count; i++) {
      List<String> lines = new ArrayList<>(samples.get(i % samples.size()));
      Collections.rotate(lines, i / samples.size());
      String name = String.format("gen_%05d.txt", i);
      Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
    writeLatin1(dir.resolve("gen_latin1.txt"));
    return dir;
  }

  private static void writeLatin1(Path file) throws IOException {
    String text = "\"Caf\u00e9 cr\u00e8me,\" said the na\u00efve critic.\n";
    Files.writeString(file, text, StandardCharsets.ISO_8859_1);
  }

  private static List<Path> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLE_ARTICLES)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
