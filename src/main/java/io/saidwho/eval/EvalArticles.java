package io.saidwho.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.saidwho.core.text.Article;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the articles to evaluate: a directory of {@code .txt} files (id = file name, the whole
 * file is the text) or a JSON Lines file ({@code id}, {@code text}). Any unreadable input fails
 * with {@link EvaluationInputException}.
 */
final class EvalArticles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalArticles() {}

  static List<Article> load(Path path) {
    if (Files.isDirectory(path)) {
      return fromDirectory(path);
    }
    if (Files.isRegularFile(path)) {
      return fromJsonLines(path);
    }
    throw new EvaluationInputException("Articles path does not exist: " + path);
  }

  private static List<Article> fromDirectory(Path dir) {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(Article.of(file.getFileName().toString(), decode(file)));
      }
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot list " + dir + ": " + e.getMessage());
    }
    if (articles.isEmpty()) {
      throw new EvaluationInputException("No .txt articles in " + dir);
    }
    return articles;
  }

  private static List<Article> fromJsonLines(Path file) {
    List<Article> articles = new ArrayList<>();
    String[] lines = decode(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(lines[i]);
        JsonNode id = node.get("id");
        JsonNode text = node.get("text");
        if (id == null || text == null || !text.isTextual()) {
          throw new EvaluationInputException(file + ":" + (i + 1) + ": needs \"id\" and \"text\"");
        }
        articles.add(Article.of(id.asText(), text.asText()));
      } catch (IOException e) {
        throw new EvaluationInputException(file + ":" + (i + 1) + ": not valid JSON");
      }
    }
    return articles;
  }

  private static String decode(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EvaluationInputException(file + " is not valid UTF-8");
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot read " + file + ": " + e.getMessage());
    }
  }
}
