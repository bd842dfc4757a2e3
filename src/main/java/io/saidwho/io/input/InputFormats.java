package io.saidwho.io.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The input formats, by {@code input.format} label and by file extension. Their labels are the
 * values {@code JobConfig.INPUT_FORMATS} accepts (checked by a test). Stateless.
 */
public final class InputFormats {

  public static final InputFormat TXT = new TxtFormat();
  public static final InputFormat JSONL = new JsonlFormat();
  public static final InputFormat HTML = new HtmlFormat();
  public static final InputFormat WARC = new WarcFormat();

  private static final List<InputFormat> ALL = List.of(TXT, JSONL, HTML, WARC);

  private InputFormats() {}

  public static List<InputFormat> all() {
    return ALL;
  }

  /** The format of a label, or null when the label names none. */
  public static InputFormat byLabel(String label) {
    for (InputFormat format : ALL) {
      if (format.label().equals(label)) {
        return format;
      }
    }
    return null;
  }

  /** The format a file name's extension names, or null when it names none. */
  public static InputFormat byFileName(String fileName) {
    for (InputFormat format : ALL) {
      if (format.matches(fileName)) {
        return format;
      }
    }
    return null;
  }

  /** Every extension of every format, for messages: {@code .txt, .txt.gz, ...}. */
  public static String extensions() {
    List<String> all = new ArrayList<>();
    ALL.forEach(format -> all.addAll(format.extensions()));
    return String.join(", ", all);
  }
}
