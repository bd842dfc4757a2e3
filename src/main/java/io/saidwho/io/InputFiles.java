package io.saidwho.io;

import io.saidwho.config.InputFormat;
import java.util.List;

/**
 * The input files of a run, resolved on the driver and grouped by format.
 *
 * @param txt files read as one article per file
 * @param jsonl files read as one article per line
 */
public record InputFiles(List<String> txt, List<String> jsonl) {

  public InputFiles {
    txt = List.copyOf(txt);
    jsonl = List.copyOf(jsonl);
  }

  public List<String> of(InputFormat format) {
    return format == InputFormat.TXT ? txt : jsonl;
  }

  public int fileCount() {
    return txt.size() + jsonl.size();
  }
}
