package io.saidwho.io;

import io.saidwho.config.InputFormat;
import java.util.List;

/**
 * The input files of a run, resolved on the driver and grouped by format.
 *
 * @param txt non-empty files read as one article per file
 * @param emptyTxt zero-byte {@code .txt} files: Spark's {@code binaryFile} source skips them, so
 *     {@code ArticleSource} adds them itself and each becomes an {@code empty_text} reject
 * @param jsonl files read as one article per line
 */
public record InputFiles(List<String> txt, List<String> emptyTxt, List<String> jsonl) {

  public InputFiles {
    txt = List.copyOf(txt);
    emptyTxt = List.copyOf(emptyTxt);
    jsonl = List.copyOf(jsonl);
  }

  public List<String> of(InputFormat format) {
    return format == InputFormat.TXT ? txt : jsonl;
  }

  public int fileCount() {
    return txt.size() + emptyTxt.size() + jsonl.size();
  }
}
