package io.saidwho.eval;

import io.saidwho.config.JobConfig;
import io.saidwho.core.text.Article;
import io.saidwho.io.RecordParser;
import io.saidwho.io.Reject;
import io.saidwho.io.input.FileSplit;
import io.saidwho.io.input.InputFile;
import io.saidwho.io.input.InputFormat;
import io.saidwho.io.input.InputFormats;
import io.saidwho.io.input.InputRecord;
import io.saidwho.io.input.LocalFileOpener;
import io.saidwho.io.input.SplitReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the articles to evaluate with the job's own input formats, so that ids, texts and
 * offsets are exactly the job's: a folder contributes its files of any input format, in name
 * order ({@code .txt}: id = file name, the whole file is the text; JSON Lines; saved HTML pages;
 * WARC files); a file is read in the format of its extension (JSON Lines when it has none). Any
 * record the job would reject, and any unreadable input, fails with {@link
 * EvaluationInputException}.
 */
final class EvalArticles {

  private EvalArticles() {}

  static List<Article> load(Path path) {
    List<InputFile> files = list(path);
    RecordParser parser = new RecordParser(JobConfig.DEFAULT_MAX_ARTICLE_CHARS);
    List<FileSplit> splits = new ArrayList<>();
    files.forEach(file -> splits.add(FileSplit.whole(file)));
    List<Article> articles = new ArrayList<>();
    SplitReader records = new SplitReader(splits.iterator(), new LocalFileOpener(), parser);
    while (records.hasNext()) {
      InputRecord record = records.next();
      if (record.parsed().isRejected()) {
        Reject reject = record.parsed().reject();
        throw new EvaluationInputException(reject.inputFile() + ": " + reject.reason() + ": "
            + reject.message());
      }
      articles.add(record.parsed().article());
    }
    if (articles.isEmpty()) {
      throw new EvaluationInputException("No articles (" + InputFormats.extensions() + ") in "
          + path);
    }
    return articles;
  }

  private static List<InputFile> list(Path path) {
    if (Files.isRegularFile(path)) {
      InputFormat format = InputFormats.byFileName(path.getFileName().toString());
      return List.of(file(0, path, format == null ? InputFormats.JSONL : format));
    }
    if (!Files.isDirectory(path)) {
      throw new EvaluationInputException("Articles path does not exist: " + path);
    }
    List<InputFile> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(path)) {
      for (Path entry : entries.filter(Files::isRegularFile).sorted().toList()) {
        InputFormat format = InputFormats.byFileName(entry.getFileName().toString());
        if (format != null) {
          files.add(file(files.size(), entry, format));
        }
      }
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot list " + path + ": " + e.getMessage());
    }
    return files;
  }

  private static InputFile file(int index, Path path, InputFormat format) {
    try {
      return new InputFile(index, path.toUri().toString(), path.toString(),
          path.getFileName().toString(), Files.size(path), format.label());
    } catch (IOException e) {
      throw new EvaluationInputException("Cannot read " + path + ": " + e.getMessage());
    }
  }
}
